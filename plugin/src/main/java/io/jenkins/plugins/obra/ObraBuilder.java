package io.jenkins.plugins.obra;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.obra.orchestrator.OrchestratorConfiguration;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import java.io.IOException;
import java.util.List;

/**
 * The freestyle build step "Obra: orchestrate Claude Code", with the same parameters as the Pipeline step
 * {@code obraOrchestrate} and the same run ({@link ObraRun}). Its symbol, {@code obra}, also makes it callable
 * from Pipeline as a build step, so it must differ from the step's function name.
 */
public class ObraBuilder extends Builder implements SimpleBuildStep {

    /** The parameters whose help pages the step's descriptor holds. */
    static final List<String> FIELDS = List.of("task", "orchestrator", "claudeCredentialsId", "claudeTool",
            "minQuality", "minConfidence", "onFail", "maxIterations", "verifyCommand", "budgetUsd", "privacyMode",
            "maxTurns", "model", "baseRef", "configFile", "reportDir");

    private RunParameters parameters = new RunParameters();

    /** Every parameter is optional. */
    @DataBoundConstructor
    public ObraBuilder() {
        super();
    }

    /** Builders saved before a field existed. */
    protected Object readResolve() {
        if (parameters == null) {
            parameters = new RunParameters();
        }
        return this;
    }

    @Override
    public void perform(@NonNull final Run<?, ?> run, @NonNull final FilePath workspace, @NonNull final EnvVars env,
                        @NonNull final Launcher launcher, @NonNull final TaskListener listener)
            throws InterruptedException, IOException {
        new ObraRun(new JenkinsFacade()).execute(run, workspace, env, launcher, listener, parameters,
                message -> run.setResult(Result.UNSTABLE), null);
    }

    public @CheckForNull String getTask() {
        return parameters.getTask();
    }

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

    /** "Obra: orchestrate Claude Code" in freestyle projects; {@code obra} in JCasC and job DSL. */
    @Extension
    @Symbol("obra")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {

        private final transient ParameterForms forms = new ParameterForms();

        /** The step and the builder share their help pages (they live with the step). */
        public DescriptorImpl() {
            super(ObraBuilder.class);
            for (String field : FIELDS) {
                addHelpFileRedirect(field, ObraStep.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ObraBuilder_DisplayName();
        }

        @Override
        public boolean isApplicable(final Class<? extends AbstractProject> jobType) {
            return true;
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
