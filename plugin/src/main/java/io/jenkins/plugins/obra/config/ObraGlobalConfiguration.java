package io.jenkins.plugins.obra.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.obra.credentials.SecretTextCredentials;
import io.jenkins.plugins.obra.orchestrator.OrchestratorConfiguration;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.config.BudgetSettings;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Obra's defaults for the whole controller (Manage Jenkins » System » Obra; JCasC {@code unclassified: obra:}):
 * the default orchestrator and Claude credential, price overrides, the monthly budget and its alert
 * threshold, and the privacy default. They form the lowest configuration layer of every run, below the
 * repository's {@code .obra.yml} and the step's parameters. Only strings, numbers and plugin describables
 * are stored, so {@code obra.xml} needs no engine classes.
 */
@Extension
@Symbol("obra")
public class ObraGlobalConfiguration extends GlobalConfiguration {

    /** The usage ledger, relative to {@code $JENKINS_HOME}. */
    static final String LEDGER = "obra/usage.jsonl";

    private OrchestratorConfiguration orchestrator;
    private String claudeCredentialsId;
    private List<ModelPrice> prices = new ArrayList<>();
    private Double gpuUsdPerHour;
    private Double monthlyBudgetUsd;
    private Double budgetAlertAt;
    private PrivacyMode privacyMode = PrivacyMode.AUTOMATIC;

    private final transient JenkinsFacade jenkins;

    /** Loads the saved configuration. */
    public ObraGlobalConfiguration() {
        this(new JenkinsFacade());
    }

    ObraGlobalConfiguration(final JenkinsFacade jenkins) {
        super();
        this.jenkins = jenkins;
        load();
    }

    /** The singleton. */
    public static ObraGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(ObraGlobalConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.ObraGlobalConfiguration_DisplayName();
    }

    public @CheckForNull OrchestratorConfiguration getOrchestrator() {
        return orchestrator;
    }

    /** The orchestrator used when neither the step nor {@code .obra.yml} names one. */
    @DataBoundSetter
    public void setOrchestrator(@CheckForNull final OrchestratorConfiguration orchestrator) {
        this.orchestrator = orchestrator;
        save();
    }

    public @CheckForNull String getClaudeCredentialsId() {
        return claudeCredentialsId;
    }

    /** The Secret text credential (Anthropic API key or Claude OAuth token) used when the step names none. */
    @DataBoundSetter
    public void setClaudeCredentialsId(final String claudeCredentialsId) {
        this.claudeCredentialsId = Util.fixEmptyAndTrim(claudeCredentialsId);
        save();
    }

    public List<ModelPrice> getPrices() {
        return prices == null ? List.of() : List.copyOf(prices);
    }

    @DataBoundSetter
    public void setPrices(@CheckForNull final List<ModelPrice> prices) {
        this.prices = prices == null ? new ArrayList<>() : new ArrayList<>(prices);
        save();
    }

    public @CheckForNull Double getGpuUsdPerHour() {
        return gpuUsdPerHour;
    }

    /** The amortised cost of a local GPU (Ollama), charged per hour of orchestrator time. */
    @DataBoundSetter
    public void setGpuUsdPerHour(@CheckForNull final Double gpuUsdPerHour) {
        this.gpuUsdPerHour = gpuUsdPerHour;
        save();
    }

    public @CheckForNull Double getMonthlyBudgetUsd() {
        return monthlyBudgetUsd;
    }

    /** The hard limit of all Obra runs of this controller in a calendar month (UTC), in USD. */
    @DataBoundSetter
    public void setMonthlyBudgetUsd(@CheckForNull final Double monthlyBudgetUsd) {
        this.monthlyBudgetUsd = monthlyBudgetUsd;
        save();
    }

    public @CheckForNull Double getBudgetAlertAt() {
        return budgetAlertAt;
    }

    /** The fraction of a budget at which runs warn (default 0.8). */
    @DataBoundSetter
    public void setBudgetAlertAt(@CheckForNull final Double budgetAlertAt) {
        this.budgetAlertAt = budgetAlertAt;
        save();
    }

    public PrivacyMode getPrivacyMode() {
        return privacyMode == null ? PrivacyMode.AUTOMATIC : privacyMode;
    }

    @DataBoundSetter
    public void setPrivacyMode(@CheckForNull final PrivacyMode privacyMode) {
        this.privacyMode = privacyMode == null ? PrivacyMode.AUTOMATIC : privacyMode;
        save();
    }

    /** Where the usage ledger (the monthly budget's record) lives: {@code $JENKINS_HOME/obra/usage.jsonl}. */
    public Path getLedgerPath() {
        return new File(jenkins.getRootDir(), LEDGER).toPath();
    }

    /**
     * These defaults as the lowest configuration layer, in the {@code .obra.yml} spelling; unset values are
     * absent so that the engine's own defaults apply.
     */
    public Map<String, Object> toConfigLayer() {
        Map<String, Object> layer = new LinkedHashMap<>();
        if (orchestrator != null) {
            layer.putAll(orchestrator.toConfigLayer());
        }
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("monthly_usd", monthlyBudgetUsd);
        budget.put("alert_at", budgetAlertAt);
        layer.put("budget", budget);
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelPrice price : getPrices()) {
            if (price.getModel() != null) {
                models.put(price.getModel(), price.toConfigEntry());
            }
        }
        Map<String, Object> pricing = new LinkedHashMap<>();
        pricing.put("models", models.isEmpty() ? null : models);
        pricing.put("gpu_usd_per_hour", gpuUsdPerHour);
        layer.put("pricing", pricing);
        Map<String, Object> privacy = new LinkedHashMap<>();
        privacy.put("enabled", getPrivacyMode().enabled());
        layer.put("privacy", privacy);
        return layer;
    }

    /**
     * Rows removed from the price table and a cleared field are absent from the submitted form, so they are
     * reset before the form is bound.
     */
    @Override
    public boolean configure(final StaplerRequest2 req, final JSONObject json) throws Descriptor.FormException {
        prices = new ArrayList<>();
        gpuUsdPerHour = null;
        monthlyBudgetUsd = null;
        budgetAlertAt = null;
        boolean result = super.configure(req, json);
        save();
        return result;
    }

    @POST
    public ListBoxModel doFillClaudeCredentialsIdItems(@QueryParameter final String claudeCredentialsId) {
        if (!jenkins.hasPermissionToChooseCredentials(null)) {
            return SecretTextCredentials.currentOnly(claudeCredentialsId);
        }
        return SecretTextCredentials.choices(null, claudeCredentialsId);
    }

    @POST
    public FormValidation doCheckClaudeCredentialsId(@QueryParameter final String value) {
        if (!jenkins.hasPermissionToChooseCredentials(null)) {
            return FormValidation.ok();
        }
        return SecretTextCredentials.check(null, value);
    }

    @POST
    public FormValidation doCheckBudgetAlertAt(@QueryParameter final String value) {
        if (!jenkins.hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        Optional<Double> alertAt = parse(value);
        if (Util.fixEmptyAndTrim(value) != null && alertAt.isEmpty()) {
            return FormValidation.error(Messages.ObraGlobalConfiguration_NotANumber());
        }
        try {
            alertAt.ifPresent(fraction -> new BudgetSettings(Optional.empty(), Optional.empty(), fraction));
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(Messages.ObraGlobalConfiguration_AlertAtRange());
        }
    }

    @POST
    public FormValidation doCheckMonthlyBudgetUsd(@QueryParameter final String value) {
        if (!jenkins.hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        Optional<Double> budget = parse(value);
        if (Util.fixEmptyAndTrim(value) != null && (budget.isEmpty() || budget.get() < 0)) {
            return FormValidation.error(Messages.ObraGlobalConfiguration_BudgetNotPositive());
        }
        return FormValidation.ok();
    }

    private static Optional<Double> parse(final String value) {
        try {
            return Optional.ofNullable(Util.fixEmptyAndTrim(value)).map(Double::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
