package io.obra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.obra.report.ReportJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The shipped {@code obra-report.schema.json}, for tests that check every report they produce against it. */
public final class ReportSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    /** The schema's complaints about a report; empty when it is valid. */
    public static Set<ValidationMessage> problems(final JsonNode report) {
        return SCHEMA.validate(report);
    }

    public static Set<ValidationMessage> problems(final String reportJson) {
        try {
            return problems(MAPPER.readTree(reportJson));
        } catch (IOException e) {
            throw new UncheckedIOException("the report is not JSON", e);
        }
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = ReportSchema.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ReportJson.SCHEMA_RESOURCE, e);
        }
    }
}
