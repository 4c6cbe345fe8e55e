package io.obra.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.VerdictInfo;
import io.obra.testing.Reports;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> catalogue() {
        return Reports.catalogue().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void readingWhatWasWrittenGivesTheSameReport(final String name, final Report report) throws Exception {
        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    }

    @Test
    void usesTheDocumentedFieldNamesInAFixedOrder() throws Exception {
        JsonNode json = MAPPER.readTree(ReportJson.write(Reports.failedAfterThreeIterations().build()));

        assertThat(names(json)).containsExactly("schemaVersion", "runId", "startedAt", "mode", "outcome", "passed",
                "quality", "confidence", "error", "task", "prompt", "gate", "iterations", "totals", "redactions",
                "context", "warnings");
        assertThat(names(json.get("gate"))).containsExactly("minQuality", "minConfidence", "onFail", "verifyCommand",
                "result");
        JsonNode iteration = json.get("iterations").get(2);
        assertThat(names(iteration)).containsExactly("number", "gateResult", "implementer", "verify", "verdict",
                "orchestrator", "shadow");
        assertThat(names(iteration.get("implementer"))).startsWith("sessionId", "model", "turns", "costUsd",
                "exitCode", "durationMs");
        assertThat(names(iteration.get("verify"))).startsWith("command", "exitCode");
        assertThat(names(iteration.get("verdict"))).startsWith("quality", "confidence", "summary", "criteria",
                "findings");
        assertThat(names(iteration.get("orchestrator"))).containsExactly("provider", "model", "attempts",
                "attemptLog", "promptTokens", "completionTokens", "costUsd", "durationMs");
        assertThat(names(json.get("totals"))).startsWith("costUsd").contains("durationMs");
        assertThat(names(json.get("redactions"))).contains("count");
    }

    @Test
    void holdsTheValuesOfTheRun() throws Exception {
        JsonNode json = MAPPER.readTree(ReportJson.write(Reports.failedAfterThreeIterations().build()));

        assertThat(json.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(json.get("passed").booleanValue()).isFalse();
        assertThat(json.get("quality").intValue()).isEqualTo(70);
        assertThat(json.get("confidence").doubleValue()).isEqualTo(0.75);
        assertThat(json.get("gate").get("minConfidence").doubleValue()).isEqualTo(0.6);
        assertThat(json.get("gate").get("verifyCommand").textValue()).isEqualTo("mvn -q test");
        JsonNode last = json.get("iterations").get(2);
        assertThat(last.get("verify").get("exitCode").intValue()).isEqualTo(1);
        assertThat(last.get("verdict").get("findings").get(1).get("file").textValue())
                .isEqualTo("src/main/java/app/EmailRule.java");
        assertThat(last.get("verdict").get("findings").get(1).get("line").intValue()).isEqualTo(12);
        assertThat(last.get("orchestrator").get("attemptLog").get(0).get("httpStatus").intValue()).isEqualTo(429);
        assertThat(json.get("totals").get("costUsd").doubleValue()).isEqualTo(3 * 0.42 + 3 * 0.0125);
    }

    @Test
    void writesAbsentValuesAsNullSoEveryFieldIsAlwaysThere() throws Exception {
        JsonNode unknown = MAPPER.readTree(ReportJson.write(Reports.withUnknownCosts().build()));
        JsonNode review = MAPPER.readTree(ReportJson.write(Reports.review().build()));

        assertThat(unknown.get("totals").get("costUsd").isNull()).isTrue();
        assertThat(unknown.get("totals").get("orchestratorCostUsd").isNull()).isTrue();
        assertThat(unknown.get("iterations").get(0).get("implementer").get("costUsd").isNull()).isTrue();
        assertThat(review.get("task").isNull()).isTrue();
        assertThat(review.get("iterations").get(0).get("implementer").isNull()).isTrue();
        assertThat(review.get("error").isNull()).isTrue();
        assertThat(review.get("context").isNull()).isTrue();
    }

    @Test
    void isPrettyPrintedWithUnixLineEndsAndSortedRedactionKinds() {
        String json = ReportJson.write(Reports.passed().redactions(3, Map.of("zeta", 1, "alpha", 2)).build());

        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"runId\": \"my-job#42\",\n")
                .endsWith("}\n").doesNotContain("\r");
        assertThat(json.indexOf("\"alpha\": 2")).isPositive().isLessThan(json.indexOf("\"zeta\": 1"));
    }

    @Test
    void sameReportGivesTheSameBytes() {
        assertThat(ReportJson.write(Reports.failedAfterThreeIterations().build()))
                .isEqualTo(ReportJson.write(Reports.failedAfterThreeIterations().build()));
    }

    @Test
    void refusesToWriteANumberJsonCannotHold() {
        Report report = Reports.passed().iterations(List.of(Reports.iteration(1,
                new VerdictInfo(90, Double.NaN, "s", List.of(), List.of(), 1), "PASSED"))).build();

        assertThatThrownBy(() -> ReportJson.write(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence").hasMessageContaining("NaN");
    }

    @Test
    void namesTheFieldThatIsMissing() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.failedAfterThreeIterations().build()));
        ((ObjectNode) json.get("iterations").get(1).get("verdict")).remove("quality");

        assertThatThrownBy(() -> ReportJson.read(json.toString()))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("obra-report.json: field iterations[1].verdict.quality is missing");
    }

    @Test
    void namesTheFieldOfTheWrongType() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.passed().build()));
        ((ObjectNode) json.get("gate")).put("minQuality", "eighty");
        ObjectNode criterion = (ObjectNode) json.get("iterations").get(0).get("verdict").get("criteria").get(0);
        ObjectNode second = json.deepCopy();
        criterion.put("score", 80.5);

        assertThatThrownBy(() -> ReportJson.read(second.toString()))
                .hasMessage("obra-report.json: field gate.minQuality must be an integer, found string");
        ((ObjectNode) json.get("gate")).put("minQuality", 80);
        assertThatThrownBy(() -> ReportJson.read(json.toString()))
                .hasMessage("obra-report.json: field iterations[0].verdict.criteria[0].score must be an integer, "
                        + "found number 80.5");
    }

    @Test
    void refusesANewerSchemaVersionWithTheFix() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.passed().build()));
        json.put("schemaVersion", 2);

        assertThatThrownBy(() -> ReportJson.read(json.toString()))
                .hasMessageContaining("schemaVersion 2").hasMessageContaining("upgrade Obra");
    }

    @Test
    void refusesWhatIsNotAReport() {
        assertThatThrownBy(() -> ReportJson.read("{\"schemaVersion\": 1,")).isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("obra-report.json is not valid JSON");
        assertThatThrownBy(() -> ReportJson.read("[1, 2]")).hasMessageContaining("must hold a JSON object");
        assertThatThrownBy(() -> ReportJson.read("{\"schemaVersion\": 1, \"schemaVersion\": 1}"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("schemaVersion");
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        Report report = Reports.passed().build();
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(report));
        json.put("addedInAPatchRelease", true);
        ((ObjectNode) json.get("totals")).put("cacheTokens", 12);

        assertThat(ReportJson.read(json.toString())).isEqualTo(report);
    }

    @Test
    void readsMissingOptionalFieldsAsAbsent() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.passed().task("t").build()));
        json.remove("task");
        ((ObjectNode) json.get("iterations").get(0)).remove("shadow");

        Report read = ReportJson.read(json.toString());

        assertThat(read.task()).isEmpty();
        assertThat(read.iterations().get(0).shadow()).isEmpty();
    }

    @Property(tries = 200)
    void anyTextSurvivesTheRoundTrip(@ForAll final String text) throws Exception {
        Report report = Reports.hostile(text).build();

        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    }

    @Test
    void keepsACriterionsOwnMinimum() throws Exception {
        Report report = Reports.passed().iterations(List.of(Reports.iteration(1, Reports.verdict(90, 0.9, "s",
                List.of(new CriterionInfo("tests", 70, 2.5, "r", Optional.of(65))), List.of()), "PASSED"))).build();

        Report read = ReportJson.read(ReportJson.write(report));

        assertThat(read.finalVerdict().orElseThrow().criteria().get(0).minScore()).contains(65);
        assertThat(read.finalVerdict().orElseThrow().criteria().get(0).weight()).isEqualTo(2.5);
    }

    private static List<String> names(final JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
