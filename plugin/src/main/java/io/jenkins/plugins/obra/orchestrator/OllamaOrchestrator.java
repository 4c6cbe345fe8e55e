package io.jenkins.plugins.obra.orchestrator;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Ollama (typically on a GPU agent, reached by its network address from the controller) as the
 * orchestrator: {@code ollama(baseUrl: 'http://gpu-agent:11434', model: 'qwen2.5-coder:32b')}. A key
 * (credentialsId) is only needed behind an authenticating proxy.
 */
public class OllamaOrchestrator extends OrchestratorConfiguration {

    /**
     * @param baseUrl the Ollama server, e.g. {@code http://gpu-agent:11434}
     * @param model   a pulled model, e.g. {@code qwen2.5-coder:32b}
     */
    @DataBoundConstructor
    public OllamaOrchestrator(final String baseUrl, final String model) {
        super(model);
        setBaseUrl(baseUrl);
    }

    @Override
    public String getProvider() {
        return "ollama";
    }

    /** {@code ollama(...)} in Pipeline and JCasC. */
    @Extension
    @Symbol("ollama")
    public static class DescriptorImpl extends OrchestratorDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.OllamaOrchestrator_DisplayName();
        }

        /** The models pulled on the server ({@code /api/tags}), as suggestions; any name may be typed. */
        @POST
        public ComboBoxModel doFillModelItems(@AncestorInPath final Item item,
                                              @QueryParameter final String baseUrl,
                                              @QueryParameter final String credentialsId) {
            ComboBoxModel models = new ComboBoxModel();
            if (!jenkins().hasPermission(Item.CONFIGURE, item) || Util.fixEmptyAndTrim(baseUrl) == null) {
                return models;
            }
            OllamaOrchestrator candidate = new OllamaOrchestrator(baseUrl, "list-models");
            candidate.setCredentialsId(credentialsId);
            models.addAll(models(item, candidate));
            return models;
        }

        @POST
        public FormValidation doCheckBaseUrl(@AncestorInPath final Item item, @QueryParameter final String value) {
            if (!jenkins().hasPermission(Item.CONFIGURE, item)) {
                return FormValidation.ok();
            }
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.error(Messages.OllamaOrchestrator_BaseUrlRequired());
            }
            return FormValidation.ok();
        }

        /** "Test connection": checks the server answers and has the model pulled. */
        @POST
        public FormValidation doTestConnection(@AncestorInPath final Item item,
                                               @QueryParameter final String baseUrl,
                                               @QueryParameter final String model,
                                               @QueryParameter final String credentialsId) {
            jenkins().checkPermissionToConfigure(item);
            OllamaOrchestrator candidate = new OllamaOrchestrator(baseUrl, model);
            candidate.setCredentialsId(credentialsId);
            return testConnection(item, candidate);
        }
    }
}
