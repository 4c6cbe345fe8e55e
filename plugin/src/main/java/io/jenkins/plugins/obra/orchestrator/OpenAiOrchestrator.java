package io.jenkins.plugins.obra.orchestrator;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import java.util.List;
import java.util.Map;

/**
 * OpenAI (or an OpenAI-compatible endpoint, or Azure OpenAI with an API version) as the orchestrator:
 * {@code openai(credentialsId: 'openai-key', model: 'gpt-4o-2024-11-20', fallbackModels: [...])}.
 */
public class OpenAiOrchestrator extends OrchestratorConfiguration {

    private String apiVersion;

    /**
     * @param credentialsId the Secret text credential holding the API key
     * @param model         a pinned model version, e.g. {@code gpt-4o-2024-11-20}
     */
    @DataBoundConstructor
    public OpenAiOrchestrator(final String credentialsId, final String model) {
        super(model);
        setCredentialsId(credentialsId);
    }

    @Override
    public String getProvider() {
        return "openai";
    }

    public @CheckForNull String getApiVersion() {
        return apiVersion;
    }

    /** Azure OpenAI {@code api-version}; when set, the key is sent as the {@code api-key} header. */
    @DataBoundSetter
    public void setApiVersion(final String apiVersion) {
        this.apiVersion = Util.fixEmptyAndTrim(apiVersion);
    }

    @Override
    protected void addTo(final Map<String, Object> llm) {
        llm.put("api_version", apiVersion);
    }

    /** {@code openai(...)} in Pipeline and JCasC. */
    @Extension
    @Symbol("openai")
    public static class DescriptorImpl extends OrchestratorDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.OpenAiOrchestrator_DisplayName();
        }

        /** "Test connection": lists the models with the key and checks the model is among them. */
        @POST
        public FormValidation doTestConnection(@AncestorInPath final Item item,
                                               @QueryParameter final String credentialsId,
                                               @QueryParameter final String model,
                                               @QueryParameter final String baseUrl,
                                               @QueryParameter final String apiVersion,
                                               @QueryParameter final String fallbackModels) {
            jenkins().checkPermissionToConfigure(item);
            OpenAiOrchestrator candidate = new OpenAiOrchestrator(credentialsId, model);
            candidate.setBaseUrl(baseUrl);
            candidate.setApiVersion(apiVersion);
            candidate.setFallbackModels(List.of(Util.fixNull(fallbackModels)));
            return testConnection(item, candidate);
        }
    }
}
