package io.jenkins.plugins.obra.usage;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.obra.config.ObraGlobalConfiguration;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.cost.FileUsageLedger;
import io.obra.cost.UsageSummary;
import io.obra.cost.UsageView;
import io.obra.port.BuildLog;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.StaplerProxy;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Manage Jenkins » Obra usage ({@code /manage/obra-usage/}): this month's Obra spending against the monthly
 * budget, by job, read from the usage ledger in {@code $JENKINS_HOME/obra/usage.jsonl} (the record the
 * budget is enforced from). Administrators only: the page is refused with 403 to anyone else, whatever
 * URL reaches it ({@link #getTarget()}).
 */
@Extension
@Symbol("obraUsage")
public class ObraUsageLink extends ManagementLink implements StaplerProxy {

    private static final double DEFAULT_ALERT_AT = 0.8;

    private final JenkinsFacade jenkins;
    private final Clock clock;

    /** The extension Jenkins creates. */
    public ObraUsageLink() {
        this(new JenkinsFacade(), Clock.systemUTC());
    }

    ObraUsageLink(final JenkinsFacade jenkins, final Clock clock) {
        super();
        this.jenkins = jenkins;
        this.clock = clock;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getUrlName() {
        return "obra-usage";
    }

    @Override
    public String getDisplayName() {
        return Messages.ObraUsageLink_DisplayName();
    }

    @Override
    public String getDescription() {
        return Messages.ObraUsageLink_Description();
    }

    @NonNull
    @Override
    public Permission getRequiredPermission() {
        return Jenkins.ADMINISTER;
    }

    @NonNull
    @Override
    public Category getCategory() {
        return Category.STATUS;
    }

    /** Every request to the page passes here first: spending by job is for administrators. */
    @Override
    public Object getTarget() {
        jenkins.checkPermission(Jenkins.ADMINISTER);
        return this;
    }

    /** Where the ledger is, for the page. */
    public String getLedgerLocation() {
        return configuration().getLedgerPath().toString();
    }

    /** This month's spending (UTC, as the budget counts it). */
    public UsageView getUsage() {
        ObraGlobalConfiguration configuration = configuration();
        YearMonth month = YearMonth.now(clock);
        List<String> notes = new ArrayList<>();
        FileUsageLedger ledger = new FileUsageLedger(configuration.getLedgerPath(), collecting(notes));
        try {
            UsageSummary summary = UsageSummary.of(month, ledger.entries(month),
                    Optional.ofNullable(configuration.getMonthlyBudgetUsd()));
            double alertAt = Optional.ofNullable(configuration.getBudgetAlertAt()).orElse(DEFAULT_ALERT_AT);
            return UsageView.of(summary, alertAt).withNotes(notes);
        } catch (IOException e) {
            return UsageView.unavailable(month, Messages.ObraUsageLink_LedgerUnreadable(ledger.location(),
                    e.getMessage()));
        }
    }

    private ObraGlobalConfiguration configuration() {
        return jenkins.lookupSingleton(ObraGlobalConfiguration.class);
    }

    /** The ledger reports lines it had to skip; the page lists them. */
    private static BuildLog collecting(final List<String> notes) {
        return new BuildLog() {
            @Override
            public void info(final String line) {
                // Nothing the page needs.
            }

            @Override
            public void warn(final String line) {
                notes.add(line);
            }

            @Override
            public void error(final String line) {
                notes.add(line);
            }
        };
    }
}
