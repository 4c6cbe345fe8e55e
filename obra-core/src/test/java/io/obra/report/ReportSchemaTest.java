package io.obra.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import io.obra.testing.ReportSchema;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report the writers produce matches {@code obra-report.schema.json}, and the schema can say no. */
class ReportSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> catalogue() {
        return Reports.catalogue().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyReportMatchesTheSchema(final String name, final Report report) throws Exception {
        assertThat(validate(MAPPER.readTree(ReportJson.write(report)))).isEmpty();
    }

    @Test
    void schemaIsDraft2020WithAVersionedId() throws Exception {
        JsonNode schema = MAPPER.readTree(ReportSchemaTest.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE));

        assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").textValue()).contains("obra-report-v" + Report.SCHEMA_VERSION);
        assertThat(schema.get("properties").get("schemaVersion").get("const").intValue())
                .isEqualTo(Report.SCHEMA_VERSION);
    }

    @Test
    void rejectsAFieldTheSchemaDoesNotName() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.passed().build()));
        ((ObjectNode) json.get("iterations").get(0).get("verdict")).put("apiKey", "sk-123");

        assertThat(validate(json)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("apiKey"));
    }

    @Test
    void rejectsAMissingFieldAnOutOfRangeScoreAndAnUnknownSeverity() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.failedAfterThreeIterations().build()));
        json.remove("totals");
        ObjectNode verdict = (ObjectNode) json.get("iterations").get(0).get("verdict");
        verdict.put("quality", 101);
        ((ObjectNode) verdict.get("findings").get(0)).put("severity", "catastrophic");

        assertThat(validate(json)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("totals"))
                .anyMatch(m -> m.contains("quality") && m.contains("100"))
                .anyMatch(m -> m.contains("severity"));
    }

    @Test
    void rejectsAnotherSchemaVersionAndABadTimestamp() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(ReportJson.write(Reports.passed().build()));
        json.put("schemaVersion", 2);
        json.put("startedAt", "yesterday");

        assertThat(validate(json)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("schemaVersion"))
                .anyMatch(m -> m.contains("startedAt"));
    }

    private static Set<ValidationMessage> validate(final JsonNode json) {
        return ReportSchema.problems(json);
    }
}
