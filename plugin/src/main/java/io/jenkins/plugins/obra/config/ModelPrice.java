package io.jenkins.plugins.obra.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A price override for one model, in US dollars per million tokens, on top of the engine's price table
 * (e.g. for a negotiated rate or a model the table does not know yet).
 */
public class ModelPrice implements Describable<ModelPrice> {

    private final String model;
    private final double input;
    private final double output;
    private Double cachedInput;

    /**
     * @param model  the model id exactly as configured, e.g. {@code gpt-4o-2024-11-20}
     * @param input  USD per 1M input tokens
     * @param output USD per 1M output tokens
     */
    @DataBoundConstructor
    public ModelPrice(final String model, final double input, final double output) {
        this.model = Util.fixEmptyAndTrim(model);
        this.input = input;
        this.output = output;
    }

    public String getModel() {
        return model;
    }

    public double getInput() {
        return input;
    }

    public double getOutput() {
        return output;
    }

    public @CheckForNull Double getCachedInput() {
        return cachedInput;
    }

    /** USD per 1M cached input tokens; none means the engine's default for the model. */
    @DataBoundSetter
    public void setCachedInput(@CheckForNull final Double cachedInput) {
        this.cachedInput = cachedInput;
    }

    /** The {@code pricing.models.<model>} entry of {@code .obra.yml}. */
    Map<String, Object> toConfigEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("input", input);
        entry.put("cached_input", cachedInput);
        entry.put("output", output);
        return entry;
    }

    /** Describes a price row in the global configuration. */
    @Extension
    @Symbol("price")
    public static class DescriptorImpl extends Descriptor<ModelPrice> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ModelPrice_DisplayName();
        }
    }
}
