package io.obra.config;

import io.obra.config.Interpolator.Text;
import io.obra.privacy.Secret;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Binds one orchestrator LLM block ({@code orchestrator.llm}, {@code .fallback}, {@code .shadow}). */
final class LlmBinder {

    static final List<String> REASONING_EFFORTS = List.of("none", "minimal", "low", "medium", "high", "xhigh");

    /** Go's {@code time.ParseDuration}, which Ollama applies to a string {@code keep_alive}. */
    private static final Pattern GO_DURATION = Pattern.compile("-?(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private LlmBinder() {
    }

    /**
     * @param required whether provider and model must be given here
     */
    static LlmSettings bind(final Section llm, final boolean required) {
        llm.allowKeys(ConfigKeys.LLM);
        // the model is reported first: "orchestrator.llm.model: required" is the message users look for
        String example = exampleModel(llm.value("provider").rawText().orElse(""));
        Value modelValue = llm.value("model");
        String model = (required ? modelValue.requiredString("required (e.g. " + example + ")")
                : modelValue.string().map(String::trim)).orElse("");
        String provider = provider(llm.value("provider"), llm.context().providerIds(), required);
        return new LlmSettings(provider, model,
                llm.value("fallback_models").strings().orElse(List.of()),
                apiKey(llm.secretValue("api_key"), provider),
                baseUrl(llm.value("base_url")),
                llm.value("api_version").string(),
                llm.value("temperature").number("a number 0–2", t -> t >= 0 && t <= 2),
                reasoningEffort(llm.value("reasoning_effort")),
                llm.value("max_output_tokens").integer(1, Integer.MAX_VALUE),
                llm.value("num_ctx").integer(1, Integer.MAX_VALUE),
                keepAlive(llm.value("keep_alive")),
                optionsOf(llm.value("options")),
                RetryBinder.bind(llm.section("retry")));
    }

    /** The provider id, lower-case; the placeholder default when absent or wrong (then reported). */
    private static String provider(final Value value, final List<String> known, final boolean required) {
        Optional<String> id = (required ? value.requiredString("required (" + String.join(" or ", known) + ")")
                : value.string()).map(p -> p.trim().toLowerCase(Locale.ROOT));
        if (id.isPresent() && !known.contains(id.get())) {
            value.error("unknown provider " + value.describe() + "; known providers: " + String.join(", ", known));
            return ConfigDefaults.DEFAULT_PROVIDER;
        }
        return id.orElse(ConfigDefaults.DEFAULT_PROVIDER);
    }

    private static Optional<String> reasoningEffort(final Value value) {
        Optional<String> effort = value.string().map(e -> e.trim().toLowerCase(Locale.ROOT));
        if (effort.isPresent() && !REASONING_EFFORTS.contains(effort.get())) {
            value.error("expected one of " + String.join(", ", REASONING_EFFORTS) + ", got " + value.describe());
            return Optional.empty();
        }
        return effort;
    }

    private static String exampleModel(final String provider) {
        return "ollama".equalsIgnoreCase(provider.trim()) ? "qwen2.5-coder:32b" : "gpt-4o-2024-11-20";
    }

    private static Optional<Secret> apiKey(final Value value, final String provider) {
        Optional<Secret> handedIn = value.secretObject();
        if (handedIn.isPresent()) {
            return handedIn;
        }
        Optional<Text> text = value.text().filter(t -> !t.value().isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> variable = text.get().soleVariable();
        if (variable.isPresent()) {
            return Optional.of(new Secret("environment variable " + variable.get(), text.get().value()));
        }
        String suggested = "${" + provider.toUpperCase(Locale.ROOT) + "_API_KEY}";
        if (!text.get().fromEnvironment()) {
            value.warn("the key is written literally here; write " + suggested
                    + " and set the variable (or use a Jenkins credential) so that it stays out of version control");
        }
        String source = value.context().sourceOf(value.path()) + " " + value.path();
        return Optional.of(new Secret(source, text.get().value()));
    }

    private static Optional<String> baseUrl(final Value value) {
        Optional<String> url = value.string().map(String::trim);
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // reported below
        }
        value.error("expected an http(s) URL such as http://gpu-host:11434 or https://api.openai.com/v1, got "
                + value.describe());
        return Optional.empty();
    }

    /** Ollama reads a number as seconds and a string as a Go duration; both become a Go duration string. */
    private static Optional<String> keepAlive(final Value value) {
        Optional<String> text = value.scalarText().map(String::trim).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return text;
        }
        if (INTEGER.matcher(text.get()).matches()) {
            return Optional.of(text.get() + "s");
        }
        if (GO_DURATION.matcher(text.get()).matches()) {
            return text;
        }
        value.error("expected a duration such as 5m, 1h or -1 (keep loaded), got " + value.describe());
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> optionsOf(final Value value) {
        if (value.isPresent() && value.section().isEmpty()) {
            return Map.of(); // reported by section()
        }
        return value.plain().map(options -> (Map<String, Object>) options).orElse(Map.of());
    }
}
