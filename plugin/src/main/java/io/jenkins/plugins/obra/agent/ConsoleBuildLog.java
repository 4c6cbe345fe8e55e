package io.jenkins.plugins.obra.agent;

import hudson.model.TaskListener;
import io.obra.port.BuildLog;
import io.obra.privacy.Secret;
import org.jenkinsci.plugins.credentialsbinding.masking.SecretPatterns;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The build console as the engine's log. Every line (including everything claude prints, which the engine
 * echoes through here) passes credentials-binding's masking stream, whose pattern is computed on the
 * controller from all of the run's secret values and their encoded forms (Base64, shell quoting…).
 */
public final class ConsoleBuildLog implements BuildLog {

    private final PrintStream out;

    private ConsoleBuildLog(final PrintStream out) {
        this.out = out;
    }

    /** A log that writes to {@code listener} with every value of {@code secrets} masked as {@code ****}. */
    public static ConsoleBuildLog masking(final TaskListener listener, final Collection<Secret> secrets) {
        List<String> values = secrets.stream().map(Secret::reveal).filter(value -> !value.isEmpty()).toList();
        Pattern pattern = values.isEmpty() ? null : SecretPatterns.getAggregateSecretPattern(values);
        SecretPatterns.MaskingOutputStream masked = new SecretPatterns.MaskingOutputStream(listener.getLogger(),
                () -> pattern, StandardCharsets.UTF_8.name());
        return new ConsoleBuildLog(new PrintStream(masked, true, StandardCharsets.UTF_8));
    }

    /** The masked console, for lines the plugin itself prints. */
    public PrintStream stream() {
        return out;
    }

    @Override
    public void info(final String line) {
        out.println(line);
    }

    @Override
    public void warn(final String line) {
        out.println("WARNING: " + line);
    }

    @Override
    public void error(final String line) {
        out.println("ERROR: " + line);
    }
}
