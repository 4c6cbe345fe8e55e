package io.jenkins.plugins.obra.usage;

import io.jenkins.plugins.obra.config.ObraGlobalConfiguration;
import io.obra.cost.FileUsageLedger;
import io.obra.cost.UsageEntry;
import io.obra.port.BuildLog;
import jenkins.model.Jenkins;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Manage Jenkins » Obra usage: the month's spending by job, for administrators only. */
@WithJenkins
class ObraUsageLinkTest {

    private JenkinsRule r;

    @BeforeEach
    void setUp(final JenkinsRule rule) throws Exception {
        r = rule;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("alice")
                .grant(Jenkins.READ).everywhere().to("bob"));
    }

    @Test
    void anAdministratorSeesThisMonthsSpendingAgainstTheBudgetByJob() throws Exception {
        ObraGlobalConfiguration.get().setMonthlyBudgetUsd(100.0);
        FileUsageLedger ledger = ledger();
        ledger.record(entry("team/app", "team/app#1", 10.0));
        ledger.record(entry("team/app", "team/app#2", 2.5));
        ledger.record(entry("team/lib", "team/lib#7", 0.75));

        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).login("alice").goTo("manage/obra-usage/");

        String text = page.asNormalizedText();
        assertThat(text).contains("Obra usage", "Within budget.", "$13.25", "$100.00", "13 %", "$86.75");
        assertThat(rows(page)).containsExactly(List.of("team/app", "$12.50", "94 %", "2", "2", ""),
                List.of("team/lib", "$0.75", "6 %", "1", "1", ""));
    }

    @Test
    void theLinkIsOnManageJenkinsForAnAdministrator() throws Exception {
        HtmlPage manage = r.createWebClient().withJavaScriptEnabled(false).login("alice").goTo("manage/");

        assertThat(manage.querySelectorAll("a[href$='obra-usage']")).isNotEmpty();
    }

    @Test
    void anyoneElseIsRefusedWith403() throws Exception {
        JenkinsRule.WebClient bob = r.createWebClient().withJavaScriptEnabled(false).login("bob");

        bob.assertFails("obra-usage/", 403);
        bob.assertFails("manage/obra-usage/", 403);
    }

    @Test
    void ledgerLinesThatCannotBeReadAreListedAndTheRestCounts() throws Exception {
        ledger().record(entry("team/app", "team/app#1", 4.0));
        Files.writeString(ObraGlobalConfiguration.get().getLedgerPath(), "not json\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).login("alice").goTo("manage/obra-usage/");

        assertThat(page.asNormalizedText()).contains("No monthly budget is set", "$4.00", "Ledger problems");
    }

    @Test
    void anEmptyMonthSaysSo() throws Exception {
        HtmlPage page = r.createWebClient().withJavaScriptEnabled(false).login("alice").goTo("manage/obra-usage/");

        assertThat(page.asNormalizedText()).contains("No Obra run has spent anything this month.", "$0.00");
    }

    private static FileUsageLedger ledger() {
        Path file = ObraGlobalConfiguration.get().getLedgerPath();
        return new FileUsageLedger(file, BuildLog.silent());
    }

    private static UsageEntry entry(final String job, final String run, final double usd) {
        return new UsageEntry(Instant.now(), job, run, "orchestrator", "gpt-4o-2024-11-20", usd, true);
    }

    private static List<List<String>> rows(final HtmlPage page) {
        return page.querySelectorAll("table.obra-jobs tbody tr").stream()
                .map(row -> ((DomNode) row).querySelectorAll("td").stream().map(DomNode::asNormalizedText).toList())
                .toList();
    }
}
