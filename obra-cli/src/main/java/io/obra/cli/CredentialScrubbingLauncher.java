package io.obra.cli;

import io.obra.port.LaunchedProcess;
import io.obra.port.ProcessLauncher;
import io.obra.port.ProcessSpec;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps Obra's own credentials out of the processes it starts. The CLI reads its keys from its environment,
 * and a local process inherits that environment: without this, the verify command (which a pull request's
 * {@code .obra.yml} may set) or any git hook could read {@code OPENAI_API_KEY}. Each credential variable is
 * set to the empty string (which the tools read as unset) unless the launch sets it itself, as the Claude
 * Code implementer does for its own credential.
 */
final class CredentialScrubbingLauncher implements ProcessLauncher {

    private final ProcessLauncher delegate;
    private final List<String> variables;

    /**
     * @param variables the names to blank, e.g. {@code OPENAI_API_KEY}
     */
    CredentialScrubbingLauncher(final ProcessLauncher delegate, final List<String> variables) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.variables = List.copyOf(variables);
    }

    @Override
    public LaunchedProcess launch(final ProcessSpec spec) throws IOException {
        Map<String, String> environment = new HashMap<>();
        variables.forEach(name -> environment.put(name, ""));
        environment.putAll(spec.environment());
        return delegate.launch(new ProcessSpec(spec.command(), environment, spec.workingDirectory(), spec.stdin(),
                spec.secretValues()));
    }
}
