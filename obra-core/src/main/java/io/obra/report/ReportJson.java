package io.obra.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.obra.report.Report.AttemptInfo;
import io.obra.report.Report.ContextInfo;
import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.GateInfo;
import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.report.Report.OrchestratorInfo;
import io.obra.report.Report.Redactions;
import io.obra.report.Report.ShadowInfo;
import io.obra.report.Report.Totals;
import io.obra.report.Report.VerdictInfo;
import io.obra.report.Report.VerifyInfo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code obra-report.json}: a {@link Report} to pretty-printed JSON and back. The mapping is written out
 * field by field so the file's shape is the documented schema ({@code obra-report.schema.json}), not
 * whatever a record happens to look like: every field is always present, in a fixed order, and an
 * absent value (unknown cost, no verdict, review mode's implementer) is {@code null}.
 */
public final class ReportJson {

    /** The report file's name. */
    public static final String FILE_NAME = "obra-report.json";

    /** Classpath resource of the JSON Schema (draft 2020-12) of {@link Report#SCHEMA_VERSION}. */
    public static final String SCHEMA_RESOURCE = "/io/obra/report/obra-report.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .reader();

    private ReportJson() {
    }

    /**
     * The report as JSON, two-space indented, {@code \n} line ends, ending in a newline.
     *
     * @throws IllegalArgumentException when a number is NaN or infinite (JSON cannot hold it); names the field
     */
    public static String write(final Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            new Writer(g).report(report);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out + "\n";
    }

    /**
     * Reads a stored report. Unknown fields are ignored, so a report from a newer patch release still reads.
     *
     * @throws ReportFormatException when it is not JSON, a field is missing or of the wrong type, or the
     *                               schemaVersion is newer than {@link Report#SCHEMA_VERSION}
     */
    public static Report read(final String json) throws ReportFormatException {
        JsonNode tree;
        try {
            tree = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportFormatException("obra-report.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return report(JsonFields.root(tree));
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Writes one value of a field. */
    @FunctionalInterface
    private interface Emit<T> {
        void write(T value) throws IOException;
    }

    /** Writes one report; the field order here is the file's field order. */
    private static final class Writer {
        private final JsonGenerator g;

        Writer(final JsonGenerator g) {
            this.g = g;
        }

        void report(final Report r) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", r.schemaVersion());
            g.writeStringField("runId", r.runId());
            g.writeStringField("startedAt", r.startedAt());
            g.writeStringField("mode", r.mode());
            g.writeStringField("outcome", r.outcome());
            g.writeBooleanField("passed", r.passed());
            g.writeNumberField("quality", r.quality());
            number("confidence", r.confidence());
            string("error", r.error());
            string("task", r.task());
            string("prompt", r.prompt());
            gate(r.gate());
            g.writeArrayFieldStart("iterations");
            for (IterationReport iteration : r.iterations()) {
                iteration(iteration);
            }
            g.writeEndArray();
            totals(r.totals());
            redactions(r.redactions());
            nullable("context", r.context(), this::context);
            strings("warnings", r.warnings());
            g.writeEndObject();
        }

        private void gate(final GateInfo gate) throws IOException {
            g.writeObjectFieldStart("gate");
            g.writeNumberField("minQuality", gate.minQuality());
            number("minConfidence", gate.minConfidence());
            g.writeStringField("onFail", gate.onFail());
            string("verifyCommand", gate.verifyCommand());
            g.writeStringField("result", gate.result());
            g.writeEndObject();
        }

        private void iteration(final IterationReport it) throws IOException {
            g.writeStartObject();
            g.writeNumberField("number", it.number());
            g.writeStringField("gateResult", it.gateResult());
            nullable("implementer", it.implementer(), this::implementer);
            nullable("verify", it.verify(), this::verify);
            nullable("verdict", it.verdict(), this::verdict);
            nullable("orchestrator", it.orchestrator(), this::orchestrator);
            nullable("shadow", it.shadow(), this::shadow);
            g.writeEndObject();
        }

        private void implementer(final ImplementerInfo im) throws IOException {
            g.writeStartObject();
            g.writeStringField("sessionId", im.sessionId());
            g.writeStringField("model", im.model());
            g.writeNumberField("turns", im.turns());
            optionalNumber("costUsd", im.costUsd());
            g.writeNumberField("exitCode", im.exitCode());
            g.writeNumberField("durationMs", im.durationMs());
            g.writeStringField("subtype", im.subtype());
            strings("tools", im.tools());
            strings("filesTouched", im.filesTouched());
            strings("permissionDenials", im.permissionDenials());
            g.writeStringField("rawStream", im.rawStream());
            g.writeEndObject();
        }

        private void verify(final VerifyInfo v) throws IOException {
            g.writeStartObject();
            g.writeStringField("command", v.command());
            g.writeNumberField("exitCode", v.exitCode());
            g.writeNumberField("durationMs", v.durationMs());
            g.writeBooleanField("timedOut", v.timedOut());
            g.writeStringField("outputTail", v.outputTail());
            g.writeEndObject();
        }

        private void verdict(final VerdictInfo v) throws IOException {
            g.writeStartObject();
            g.writeNumberField("quality", v.quality());
            number("confidence", v.confidence());
            g.writeStringField("summary", v.summary());
            g.writeArrayFieldStart("criteria");
            for (CriterionInfo c : v.criteria()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeNumberField("score", c.score());
                nullable("minScore", c.minScore(), g::writeNumber);
                number("weight", c.weight());
                g.writeStringField("rationale", c.rationale());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (FindingInfo f : v.findings()) {
                g.writeStartObject();
                g.writeStringField("severity", f.severity());
                string("file", f.file());
                nullable("line", f.line(), g::writeNumber);
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("samples", v.samples());
            g.writeEndObject();
        }

        private void orchestrator(final OrchestratorInfo o) throws IOException {
            g.writeStartObject();
            g.writeStringField("provider", o.provider());
            g.writeStringField("model", o.model());
            g.writeNumberField("attempts", o.attempts());
            g.writeArrayFieldStart("attemptLog");
            for (AttemptInfo a : o.attemptLog()) {
                g.writeStartObject();
                g.writeStringField("provider", a.provider());
                g.writeStringField("model", a.model());
                g.writeNumberField("httpStatus", a.httpStatus());
                g.writeStringField("outcome", a.outcome());
                g.writeNumberField("latencyMs", a.latencyMs());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("promptTokens", o.promptTokens());
            g.writeNumberField("completionTokens", o.completionTokens());
            optionalNumber("costUsd", o.costUsd());
            g.writeNumberField("durationMs", o.durationMs());
            g.writeEndObject();
        }

        private void shadow(final ShadowInfo s) throws IOException {
            g.writeStartObject();
            g.writeStringField("provider", s.provider());
            g.writeStringField("model", s.model());
            g.writeNumberField("quality", s.quality());
            number("confidence", s.confidence());
            g.writeBooleanField("sameGateResult", s.sameGateResult());
            g.writeNumberField("qualityDelta", s.qualityDelta());
            string("error", s.error());
            g.writeEndObject();
        }

        private void totals(final Totals t) throws IOException {
            g.writeObjectFieldStart("totals");
            optionalNumber("costUsd", t.costUsd());
            number("implementerCostUsd", t.implementerCostUsd());
            optionalNumber("orchestratorCostUsd", t.orchestratorCostUsd());
            g.writeNumberField("durationMs", t.durationMs());
            g.writeNumberField("promptTokens", t.promptTokens());
            g.writeNumberField("completionTokens", t.completionTokens());
            g.writeEndObject();
        }

        private void redactions(final Redactions r) throws IOException {
            g.writeObjectFieldStart("redactions");
            g.writeBooleanField("enabled", r.enabled());
            g.writeNumberField("count", r.count());
            g.writeObjectFieldStart("byKind");
            for (Map.Entry<String, Integer> kind : new TreeMap<>(r.byKind()).entrySet()) {
                g.writeNumberField(kind.getKey(), kind.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        private void context(final ContextInfo c) throws IOException {
            g.writeStartObject();
            g.writeNumberField("changeTokens", c.changeTokens());
            g.writeNumberField("sentTokens", c.sentTokens());
            g.writeNumberField("budgetTokens", c.budgetTokens());
            strings("droppedFiles", c.droppedFiles());
            strings("excludedFiles", c.excludedFiles());
            g.writeStringField("note", c.note());
            g.writeEndObject();
        }

        private <T> void nullable(final String name, final Optional<T> value, final Emit<T> emit)
                throws IOException {
            g.writeFieldName(name);
            if (value.isPresent()) {
                emit.write(value.get());
            } else {
                g.writeNull();
            }
        }

        private void string(final String name, final Optional<String> value) throws IOException {
            if (value.isPresent()) {
                g.writeStringField(name, value.get());
            } else {
                g.writeNullField(name);
            }
        }

        private void strings(final String name, final List<String> values) throws IOException {
            g.writeArrayFieldStart(name);
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }

        private void number(final String name, final double value) throws IOException {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("report field " + g.getOutputContext().pathAsPointer()
                        + "/" + name + " is " + value + "; JSON can only hold finite numbers");
            }
            g.writeNumberField(name, value);
        }

        private void optionalNumber(final String name, final Optional<Double> value) throws IOException {
            if (value.isPresent()) {
                number(name, value.get());
            } else {
                g.writeNullField(name);
            }
        }
    }

    private static Report report(final JsonFields f) throws ReportFormatException {
        int schemaVersion = f.integer("schemaVersion");
        if (schemaVersion < 1) {
            throw new ReportFormatException("obra-report.json: field schemaVersion must be 1 or more, found "
                    + schemaVersion);
        }
        if (schemaVersion > Report.SCHEMA_VERSION) {
            throw new ReportFormatException("obra-report.json has schemaVersion " + schemaVersion
                    + ", this Obra reads version " + Report.SCHEMA_VERSION + ": upgrade Obra to read it");
        }
        return new Report(schemaVersion, f.string("runId"), f.string("startedAt"), f.string("mode"),
                f.optionalString("task"), f.optionalString("prompt"), f.bool("passed"), f.string("outcome"),
                f.integer("quality"), f.number("confidence"), gate(f.object("gate")),
                f.objects("iterations", ReportJson::iteration), totals(f.object("totals")),
                redactions(f.object("redactions")), f.optionalObject("context", ReportJson::context),
                f.optionalString("error"), f.strings("warnings"));
    }

    private static GateInfo gate(final JsonFields f) throws ReportFormatException {
        return new GateInfo(f.integer("minQuality"), f.number("minConfidence"), f.string("onFail"),
                f.optionalString("verifyCommand"), f.string("result"));
    }

    private static IterationReport iteration(final JsonFields f) throws ReportFormatException {
        return new IterationReport(f.integer("number"), f.optionalObject("implementer", ReportJson::implementer),
                f.optionalObject("verify", ReportJson::verify), f.optionalObject("verdict", ReportJson::verdict),
                f.optionalObject("orchestrator", ReportJson::orchestrator),
                f.optionalObject("shadow", ReportJson::shadow), f.string("gateResult"));
    }

    private static ImplementerInfo implementer(final JsonFields f) throws ReportFormatException {
        return new ImplementerInfo(f.string("sessionId"), f.string("model"), f.integer("turns"),
                f.optionalNumber("costUsd"), f.integer("exitCode"), f.longInteger("durationMs"), f.string("subtype"),
                f.strings("tools"), f.strings("filesTouched"), f.strings("permissionDenials"), f.string("rawStream"));
    }

    private static VerifyInfo verify(final JsonFields f) throws ReportFormatException {
        return new VerifyInfo(f.string("command"), f.integer("exitCode"), f.longInteger("durationMs"),
                f.bool("timedOut"), f.string("outputTail"));
    }

    private static VerdictInfo verdict(final JsonFields f) throws ReportFormatException {
        return new VerdictInfo(f.integer("quality"), f.number("confidence"), f.string("summary"),
                f.objects("criteria", ReportJson::criterion), f.objects("findings", ReportJson::finding),
                f.integer("samples"));
    }

    private static CriterionInfo criterion(final JsonFields f) throws ReportFormatException {
        return new CriterionInfo(f.string("name"), f.integer("score"), f.number("weight"), f.string("rationale"),
                f.optionalInteger("minScore"));
    }

    private static FindingInfo finding(final JsonFields f) throws ReportFormatException {
        return new FindingInfo(f.string("severity"), f.optionalString("file"), f.optionalInteger("line"),
                f.string("message"));
    }

    private static OrchestratorInfo orchestrator(final JsonFields f) throws ReportFormatException {
        return new OrchestratorInfo(f.string("provider"), f.string("model"), f.integer("attempts"),
                f.objects("attemptLog", ReportJson::attempt), f.longInteger("promptTokens"),
                f.longInteger("completionTokens"), f.optionalNumber("costUsd"), f.longInteger("durationMs"));
    }

    private static AttemptInfo attempt(final JsonFields f) throws ReportFormatException {
        return new AttemptInfo(f.string("provider"), f.string("model"), f.integer("httpStatus"),
                f.string("outcome"), f.longInteger("latencyMs"));
    }

    private static ShadowInfo shadow(final JsonFields f) throws ReportFormatException {
        return new ShadowInfo(f.string("provider"), f.string("model"), f.integer("quality"), f.number("confidence"),
                f.bool("sameGateResult"), f.integer("qualityDelta"), f.optionalString("error"));
    }

    private static Totals totals(final JsonFields f) throws ReportFormatException {
        return new Totals(f.optionalNumber("costUsd"), f.number("implementerCostUsd"),
                f.optionalNumber("orchestratorCostUsd"), f.longInteger("durationMs"), f.longInteger("promptTokens"),
                f.longInteger("completionTokens"));
    }

    private static Redactions redactions(final JsonFields f) throws ReportFormatException {
        return new Redactions(f.bool("enabled"), f.integer("count"), f.integerMap("byKind"));
    }

    private static ContextInfo context(final JsonFields f) throws ReportFormatException {
        return new ContextInfo(f.integer("changeTokens"), f.integer("sentTokens"), f.integer("budgetTokens"),
                f.strings("droppedFiles"), f.strings("excludedFiles"), f.string("note"));
    }
}
