package io.jenkins.plugins.obra.orchestrator;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.obra.credentials.SecretTextCredentials;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import io.obra.config.LlmSettings;
import io.obra.loop.ConnectionCheck;
import io.obra.orchestrator.HealthCheck;
import io.obra.privacy.Secret;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An orchestrator LLM as Jenkins configures it: the provider kind is the describable's type (an extension
 * point, one {@code @Symbol} per provider), its fields are the {@code orchestrator.llm} keys of
 * {@code .obra.yml}, and the key is a Jenkins credential. Holds only strings, so it serialises safely.
 */
public abstract class OrchestratorConfiguration implements Describable<OrchestratorConfiguration>, ExtensionPoint {

    private static final Logger LOGGER = Logger.getLogger(OrchestratorConfiguration.class.getName());

    private String model;
    private String credentialsId;
    private String baseUrl;
    private List<String> fallbackModels = List.of();

    protected OrchestratorConfiguration(final String model) {
        this.model = Util.fixEmptyAndTrim(model);
    }

    /** The provider id of {@code .obra.yml}, e.g. {@code openai}. */
    public abstract String getProvider();

    public String getModel() {
        return model;
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    /** The id of the Secret text credential holding the API key; none for an endpoint without a key. */
    @DataBoundSetter
    public void setCredentialsId(final String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public @CheckForNull String getBaseUrl() {
        return baseUrl;
    }

    /** The endpoint root; none for the provider's default. */
    @DataBoundSetter
    public void setBaseUrl(final String baseUrl) {
        this.baseUrl = Util.fixEmptyAndTrim(baseUrl);
    }

    public List<String> getFallbackModels() {
        return fallbackModels == null ? List.of() : fallbackModels;
    }

    /** The fallback models as the form shows them: comma separated. */
    public String getFallbackModelsText() {
        return String.join(", ", getFallbackModels());
    }

    /**
     * Accepts a Pipeline list ({@code ['a', 'b']}) as well as the form's single text ({@code "a, b"}), which
     * Stapler binds as a one-element list.
     */
    @DataBoundSetter
    public void setFallbackModels(@CheckForNull final List<String> models) {
        List<String> list = new ArrayList<>();
        if (models != null) {
            for (String entry : models) {
                for (String part : Util.fixNull(entry).split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        list.add(part.trim());
                    }
                }
            }
        }
        this.fallbackModels = List.copyOf(list);
    }

    /**
     * This orchestrator as a configuration layer in the {@code .obra.yml} spelling:
     * {@code {orchestrator: {llm: {provider, model, ...}}}}. Unset values are absent (null), so lower layers
     * still apply; a layer naming another provider replaces a lower one whole.
     */
    public Map<String, Object> toConfigLayer() {
        Map<String, Object> llm = new LinkedHashMap<>();
        llm.put("provider", getProvider());
        llm.put("model", model);
        llm.put("base_url", baseUrl);
        llm.put("fallback_models", getFallbackModels().isEmpty() ? null : getFallbackModels());
        addTo(llm);
        Map<String, Object> orchestrator = new LinkedHashMap<>();
        orchestrator.put("llm", llm);
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("orchestrator", orchestrator);
        return layer;
    }

    /** Adds provider-specific keys to the {@code orchestrator.llm} map. */
    protected void addTo(final Map<String, Object> llm) {
    }

    /** The engine's settings for this orchestrator alone, with its key (for "Test connection" and model lists). */
    public LlmSettings toSettings(final Optional<Secret> key) throws ConfigException {
        LlmSettings settings = new ConfigLoader(Map.of())
                .load(List.of(ConfigSource.of(getDescriptor().getDisplayName(), toConfigLayer())))
                .orchestrator().llm();
        return key.map(settings::withApiKey).orElse(settings);
    }

    @Override
    public OrchestratorDescriptor getDescriptor() {
        return (OrchestratorDescriptor) Describable.super.getDescriptor();
    }

    /** Shared form handling of the orchestrator kinds: credentials, model, connection test. */
    public abstract static class OrchestratorDescriptor extends Descriptor<OrchestratorConfiguration> {

        private final transient JenkinsFacade jenkins;

        protected OrchestratorDescriptor() {
            this(new JenkinsFacade());
        }

        OrchestratorDescriptor(final JenkinsFacade jenkins) {
            this.jenkins = jenkins;
        }

        protected JenkinsFacade jenkins() {
            return jenkins;
        }

        /** Secret text credentials holding the API key. */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath final Item item,
                                                     @QueryParameter final String credentialsId) {
            if (!jenkins.hasPermissionToChooseCredentials(item)) {
                return SecretTextCredentials.currentOnly(credentialsId);
            }
            return SecretTextCredentials.choices(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath final Item item,
                                                   @QueryParameter final String value) {
            if (!jenkins.hasPermissionToChooseCredentials(item)) {
                return FormValidation.ok();
            }
            return SecretTextCredentials.check(item, value);
        }

        @POST
        public FormValidation doCheckModel(@AncestorInPath final Item item, @QueryParameter final String value) {
            if (!jenkins.hasPermission(Item.CONFIGURE, item)) {
                return FormValidation.ok();
            }
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.error(Messages.OrchestratorConfiguration_ModelRequired());
            }
            return FormValidation.ok();
        }

        /**
         * Sends one minimal request with the candidate's key to its endpoint; the caller has checked that the
         * user may configure the item (the endpoint comes from the form).
         */
        protected FormValidation testConnection(@CheckForNull final Item item,
                                                final OrchestratorConfiguration candidate) {
            Optional<Secret> key = SecretTextCredentials.lookupForForm(candidate.getCredentialsId(), item);
            if (candidate.getCredentialsId() != null && key.isEmpty()) {
                return FormValidation.error(Messages.OrchestratorConfiguration_CredentialNotVisible(
                        candidate.getCredentialsId()));
            }
            try {
                HealthCheck health = new ConnectionCheck(jenkins.getHttpClient()).check(candidate.toSettings(key));
                return health.ok() ? FormValidation.ok(health.message()) : FormValidation.error(health.message());
            } catch (ConfigException e) {
                return FormValidation.error(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FormValidation.error(Messages.OrchestratorConfiguration_Interrupted());
            }
        }

        /** The models the candidate's endpoint offers, or empty when it cannot be asked. */
        protected List<String> models(@CheckForNull final Item item, final OrchestratorConfiguration candidate) {
            try {
                Optional<Secret> key = SecretTextCredentials.lookupForForm(candidate.getCredentialsId(), item);
                return new ConnectionCheck(jenkins.getHttpClient()).models(candidate.toSettings(key));
            } catch (ConfigException | RuntimeException e) {
                LOGGER.log(Level.FINE, "Cannot list the models of " + candidate.getBaseUrl(), e);
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }
}
