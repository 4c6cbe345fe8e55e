package io.jenkins.plugins.obra.report;

import io.jenkins.plugins.checks.api.ChecksAnnotation;
import io.jenkins.plugins.checks.api.ChecksAnnotation.ChecksAnnotationLevel;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksOutput;
import io.jenkins.plugins.checks.api.ChecksStatus;
import io.jenkins.plugins.checks.steps.ChecksInfo;
import io.obra.report.CheckView;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's CheckView, copied field by field into checks-api's builders (no Jenkins needed). */
class ObraChecksPublisherTest {

    @Test
    void everyPartOfTheCheckReachesTheChecksApiWithTheConclusionAlwaysStated() {
        CheckView view = CheckView.of(Reports.failedAfterThreeIterations().build());

        ChecksDetails details = ObraChecksPublisher.details(view, null);

        assertThat(details.getName()).contains(CheckView.DEFAULT_NAME);
        assertThat(details.getStatus()).isEqualTo(ChecksStatus.COMPLETED);
        assertThat(details.getConclusion()).isEqualTo(ChecksConclusion.FAILURE);
        assertThat(details.getDetailsURL()).isEmpty();
        ChecksOutput output = details.getOutput().orElseThrow();
        assertThat(output.getTitle()).contains(view.title());
        assertThat(output.getSummary()).contains(view.summary());
        assertThat(output.getText()).contains(view.text());
        List<ChecksAnnotation> annotations = output.getChecksAnnotations();
        assertThat(annotations).hasSize(view.annotations().size());
        assertThat(annotations.get(0).getPath()).contains("src/main/java/app/EmailRule.java");
        assertThat(annotations.get(0).getStartLine()).contains(12);
        assertThat(annotations.get(0).getEndLine()).contains(12);
        assertThat(annotations.get(0).getAnnotationLevel()).isEqualTo(ChecksAnnotationLevel.FAILURE);
        assertThat(annotations.get(0).getTitle()).contains("Obra: blocker");
        assertThat(annotations.get(0).getMessage()).contains("Regex rejects plus addressing.");
        assertThat(annotations.get(2).getAnnotationLevel()).isEqualTo(ChecksAnnotationLevel.WARNING);
    }

    @Test
    void passedAndUnjudgedRunsMapToSuccessAndNeutral() {
        assertThat(ObraChecksPublisher.details(CheckView.of(Reports.passed().build()), null).getConclusion())
                .isEqualTo(ChecksConclusion.SUCCESS);
        assertThat(ObraChecksPublisher.details(CheckView.of(Reports.errorBeforeAnyIteration().build()), null)
                .getConclusion()).isEqualTo(ChecksConclusion.NEUTRAL);
    }

    @Test
    void withChecksGivesTheNameAndTheDetailsLink() {
        ChecksDetails details = ObraChecksPublisher.details(CheckView.of(Reports.passed().build()),
                new ChecksInfo("PR quality", "https://ci.example.com/job/app/7/obra/"));

        assertThat(details.getName()).contains("PR quality");
        assertThat(details.getDetailsURL()).contains("https://ci.example.com/job/app/7/obra/");
    }

    @Test
    void aBlankWithChecksNameKeepsTheDefault() {
        ChecksDetails details = ObraChecksPublisher.details(CheckView.of(Reports.passed().build()),
                new ChecksInfo(" "));

        assertThat(details.getName()).contains(CheckView.DEFAULT_NAME);
    }
}
