package io.jenkins.plugins.obra;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.obra.orchestrator.OrchestratorConfiguration;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import java.util.Set;

/**
 * The Pipeline step {@code obraOrchestrate}: runs Claude Code on the agent, has the orchestrator score the
 * change, iterates on its findings and gates the build; returns a map ({@code passed, quality, confidence,
 * iterations, costUsd, summary, reportPath, outcome, error}). Without a task it reviews the existing change
 * (on a pull request: against its target branch).
 */
public class ObraStep extends Step {

    private final RunParameters parameters = new RunParameters();

    /** Every parameter is optional. */
    @DataBoundConstructor
    public ObraStep() {
        super();
    }

    RunParameters parameters() {
        return parameters;
    }

    @Override
    public StepExecution start(final StepContext context) throws Exception {
        return new ObraStepExecution(context, parameters);
    }

    public @CheckForNull String getTask() {
        return parameters.getTask();
    }

    /** What Claude Code should do; none for review mode. */
    @DataBoundSetter
    public void setTask(final String task) {
        parameters.setTask(task);
    }

    public @CheckForNull OrchestratorConfiguration getOrchestrator() {
        return parameters.getOrchestrator();
    }

    @DataBoundSetter
    public void setOrchestrator(final OrchestratorConfiguration orchestrator) {
        parameters.setOrchestrator(orchestrator);
    }

    public @CheckForNull String getClaudeCredentialsId() {
        return parameters.getClaudeCredentialsId();
    }

    @DataBoundSetter
    public void setClaudeCredentialsId(final String claudeCredentialsId) {
        parameters.setClaudeCredentialsId(claudeCredentialsId);
    }

    public @CheckForNull String getClaudeTool() {
        return parameters.getClaudeTool();
    }

    @DataBoundSetter
    public void setClaudeTool(final String claudeTool) {
        parameters.setClaudeTool(claudeTool);
    }

    public @CheckForNull Integer getMinQuality() {
        return parameters.getMinQuality();
    }

    @DataBoundSetter
    public void setMinQuality(final Integer minQuality) {
        parameters.setMinQuality(minQuality);
    }

    public @CheckForNull Double getMinConfidence() {
        return parameters.getMinConfidence();
    }

    @DataBoundSetter
    public void setMinConfidence(final Double minConfidence) {
        parameters.setMinConfidence(minConfidence);
    }

    public @CheckForNull String getOnFail() {
        return parameters.getOnFail();
    }

    @DataBoundSetter
    public void setOnFail(final String onFail) {
        parameters.setOnFail(onFail);
    }

    public @CheckForNull Integer getMaxIterations() {
        return parameters.getMaxIterations();
    }

    @DataBoundSetter
    public void setMaxIterations(final Integer maxIterations) {
        parameters.setMaxIterations(maxIterations);
    }

    public @CheckForNull String getVerifyCommand() {
        return parameters.getVerifyCommand();
    }

    @DataBoundSetter
    public void setVerifyCommand(final String verifyCommand) {
        parameters.setVerifyCommand(verifyCommand);
    }

    public @CheckForNull Double getBudgetUsd() {
        return parameters.getBudgetUsd();
    }

    @DataBoundSetter
    public void setBudgetUsd(final Double budgetUsd) {
        parameters.setBudgetUsd(budgetUsd);
    }

    public @CheckForNull Boolean getPrivacyMode() {
        return parameters.getPrivacyMode();
    }

    @DataBoundSetter
    public void setPrivacyMode(final Boolean privacyMode) {
        parameters.setPrivacyMode(privacyMode);
    }

    public @CheckForNull Integer getMaxTurns() {
        return parameters.getMaxTurns();
    }

    @DataBoundSetter
    public void setMaxTurns(final Integer maxTurns) {
        parameters.setMaxTurns(maxTurns);
    }

    public @CheckForNull String getModel() {
        return parameters.getModel();
    }

    @DataBoundSetter
    public void setModel(final String model) {
        parameters.setModel(model);
    }

    public @CheckForNull String getBaseRef() {
        return parameters.getBaseRef();
    }

    @DataBoundSetter
    public void setBaseRef(final String baseRef) {
        parameters.setBaseRef(baseRef);
    }

    public String getConfigFile() {
        return parameters.getConfigFile();
    }

    @DataBoundSetter
    public void setConfigFile(final String configFile) {
        parameters.setConfigFile(configFile);
    }

    public String getReportDir() {
        return parameters.getReportDir();
    }

    @DataBoundSetter
    public void setReportDir(final String reportDir) {
        parameters.setReportDir(reportDir);
    }

    /** {@code obraOrchestrate} in Pipeline. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        private final transient ParameterForms forms = new ParameterForms();

        @Override
        public String getFunctionName() {
            return "obraOrchestrate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ObraStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class);
        }

        @POST
        public ListBoxModel doFillClaudeCredentialsIdItems(@AncestorInPath final Item item,
                                                           @QueryParameter final String claudeCredentialsId) {
            if (!forms.jenkins().hasPermissionToChooseCredentials(item)) {
                return forms.currentCredentialOnly(claudeCredentialsId);
            }
            return forms.credentialChoices(item, claudeCredentialsId);
        }

        @POST
        public FormValidation doCheckClaudeCredentialsId(@AncestorInPath final Item item,
                                                         @QueryParameter final String value) {
            if (!forms.jenkins().hasPermissionToChooseCredentials(item)) {
                return FormValidation.ok();
            }
            return forms.checkCredential(item, value);
        }

        @POST
        public ListBoxModel doFillClaudeToolItems(@AncestorInPath final Item item) {
            if (!forms.jenkins().hasPermission(Item.CONFIGURE, item)) {
                return new ListBoxModel();
            }
            return forms.claudeTools();
        }

        @POST
        public ListBoxModel doFillOnFailItems(@AncestorInPath final Item item) {
            if (!forms.jenkins().hasPermission(Item.CONFIGURE, item)) {
                return new ListBoxModel();
            }
            return forms.onFailChoices();
        }

        @POST
        public FormValidation doCheckMinQuality(@AncestorInPath final Item item, @QueryParameter final String value) {
            if (!forms.jenkins().hasPermission(Item.CONFIGURE, item)) {
                return FormValidation.ok();
            }
            return forms.checkMinQuality(value);
        }

        @POST
        public FormValidation doCheckMinConfidence(@AncestorInPath final Item item,
                                                   @QueryParameter final String value) {
            if (!forms.jenkins().hasPermission(Item.CONFIGURE, item)) {
                return FormValidation.ok();
            }
            return forms.checkMinConfidence(value);
        }
    }
}
