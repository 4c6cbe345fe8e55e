package io.jenkins.plugins.obra;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import io.jenkins.plugins.obra.orchestrator.OrchestratorConfiguration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters the Pipeline step and the freestyle build step share. Every one is optional: an unset
 * parameter leaves the value to {@code .obra.yml} and then to the global configuration. Plain Java values
 * and the plugin's own describables only, so the builder's {@code config.xml} needs no engine class.
 */
public final class RunParameters {

    /** The repository configuration file read when none is given. */
    public static final String DEFAULT_CONFIG_FILE = ".obra.yml";
    /** Where reports go when no directory is given. */
    public static final String DEFAULT_REPORT_DIR = "obra-reports";

    private String task;
    private OrchestratorConfiguration orchestrator;
    private String claudeCredentialsId;
    private String claudeTool;
    private Integer minQuality;
    private Double minConfidence;
    private String onFail;
    private Integer maxIterations;
    private String verifyCommand;
    private Double budgetUsd;
    private Boolean privacyMode;
    private Integer maxTurns;
    private String model;
    private String baseRef;
    private String configFile;
    private String reportDir;

    public @CheckForNull String getTask() {
        return task;
    }

    public void setTask(final String task) {
        this.task = Util.fixEmptyAndTrim(task);
    }

    public @CheckForNull OrchestratorConfiguration getOrchestrator() {
        return orchestrator;
    }

    public void setOrchestrator(@CheckForNull final OrchestratorConfiguration orchestrator) {
        this.orchestrator = orchestrator;
    }

    public @CheckForNull String getClaudeCredentialsId() {
        return claudeCredentialsId;
    }

    public void setClaudeCredentialsId(final String claudeCredentialsId) {
        this.claudeCredentialsId = Util.fixEmptyAndTrim(claudeCredentialsId);
    }

    public @CheckForNull String getClaudeTool() {
        return claudeTool;
    }

    public void setClaudeTool(final String claudeTool) {
        this.claudeTool = Util.fixEmptyAndTrim(claudeTool);
    }

    public @CheckForNull Integer getMinQuality() {
        return minQuality;
    }

    public void setMinQuality(@CheckForNull final Integer minQuality) {
        this.minQuality = minQuality;
    }

    public @CheckForNull Double getMinConfidence() {
        return minConfidence;
    }

    public void setMinConfidence(@CheckForNull final Double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public @CheckForNull String getOnFail() {
        return onFail;
    }

    public void setOnFail(final String onFail) {
        this.onFail = Util.fixEmptyAndTrim(onFail);
    }

    public @CheckForNull Integer getMaxIterations() {
        return maxIterations;
    }

    public void setMaxIterations(@CheckForNull final Integer maxIterations) {
        this.maxIterations = maxIterations;
    }

    public @CheckForNull String getVerifyCommand() {
        return verifyCommand;
    }

    public void setVerifyCommand(final String verifyCommand) {
        this.verifyCommand = Util.fixEmptyAndTrim(verifyCommand);
    }

    public @CheckForNull Double getBudgetUsd() {
        return budgetUsd;
    }

    public void setBudgetUsd(@CheckForNull final Double budgetUsd) {
        this.budgetUsd = budgetUsd;
    }

    public @CheckForNull Boolean getPrivacyMode() {
        return privacyMode;
    }

    public void setPrivacyMode(@CheckForNull final Boolean privacyMode) {
        this.privacyMode = privacyMode;
    }

    public @CheckForNull Integer getMaxTurns() {
        return maxTurns;
    }

    public void setMaxTurns(@CheckForNull final Integer maxTurns) {
        this.maxTurns = maxTurns;
    }

    public @CheckForNull String getModel() {
        return model;
    }

    public void setModel(final String model) {
        this.model = Util.fixEmptyAndTrim(model);
    }

    public @CheckForNull String getBaseRef() {
        return baseRef;
    }

    public void setBaseRef(final String baseRef) {
        this.baseRef = Util.fixEmptyAndTrim(baseRef);
    }

    public String getConfigFile() {
        return configFile == null ? DEFAULT_CONFIG_FILE : configFile;
    }

    /** Whether the user named a configuration file (then it must exist). */
    public boolean isConfigFileGiven() {
        return configFile != null;
    }

    public void setConfigFile(final String configFile) {
        String file = Util.fixEmptyAndTrim(configFile);
        this.configFile = DEFAULT_CONFIG_FILE.equals(file) ? null : file;
    }

    public String getReportDir() {
        return reportDir == null ? DEFAULT_REPORT_DIR : reportDir;
    }

    public void setReportDir(final String reportDir) {
        String dir = Util.fixEmptyAndTrim(reportDir);
        this.reportDir = DEFAULT_REPORT_DIR.equals(dir) ? null : dir;
    }

    /**
     * The parameters as the highest configuration layer, in the {@code .obra.yml} spelling; unset ones are
     * absent. Task, tool, credentials, base ref and file locations are not configuration: the run uses them
     * directly.
     */
    public Map<String, Object> toConfigLayer() {
        Map<String, Object> layer = new LinkedHashMap<>();
        if (orchestrator != null) {
            layer.putAll(orchestrator.toConfigLayer());
        }
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("min_quality", minQuality);
        gate.put("min_confidence", minConfidence);
        gate.put("on_fail", onFail == null ? null : onFail.toLowerCase(Locale.ROOT));
        gate.put("max_iterations", maxIterations);
        gate.put("verify_command", verifyCommand);
        layer.put("gate", gate);
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("model", model);
        agent.put("max_turns", maxTurns);
        layer.put("agent", agent);
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("per_run_usd", budgetUsd);
        layer.put("budget", budget);
        Map<String, Object> privacy = new LinkedHashMap<>();
        privacy.put("enabled", privacyMode);
        layer.put("privacy", privacy);
        return layer;
    }

    Optional<String> task() {
        return Optional.ofNullable(task);
    }

    Optional<String> baseRef() {
        return Optional.ofNullable(baseRef);
    }
}
