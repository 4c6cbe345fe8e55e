package io.obra.report;

import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.VerdictInfo;
import io.obra.report.Report.VerifyInfo;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.obra.report.ReportFacts.confidence;
import static io.obra.report.ReportFacts.duration;

/**
 * {@code obra-junit.xml}: the gate as a JUnit test suite "Obra quality gate", so Jenkins' {@code junit}
 * step shows and trends it. Test cases: one per criterion of the final verdict (class {@code obra.criteria},
 * failing below the criterion's {@code minScore}, else the gate's {@code minQuality}), then {@code quality},
 * {@code confidence} and, when a verify command is set, {@code verify} (class {@code obra.gate}).
 * An ERROR run is one test case {@code obra.gate.run} with an {@code <error>}. All text is escaped by
 * the XML writer; characters XML 1.0 cannot hold are dropped.
 */
public final class ReportJUnit {

    /** The report file's name. */
    public static final String FILE_NAME = "obra-junit.xml";
    public static final String SUITE_NAME = "Obra quality gate";
    static final String CRITERIA_CLASS = "obra.criteria";
    static final String GATE_CLASS = "obra.gate";
    private static final int MAX_MESSAGE = 500;

    private ReportJUnit() {
    }

    public static String write(final Report report) {
        List<TestCase> cases = testCases(report);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE_NAME);
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.kind == Kind.FAILURE).count()));
            xml.writeAttribute("errors", String.valueOf(cases.stream().filter(c -> c.kind == Kind.ERROR).count()));
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", seconds(report.totals().durationMs()));
            properties(xml, report);
            for (TestCase c : cases) {
                testCase(xml, c);
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(systemOut(report)));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing JUnit XML to memory failed", e);
        }
        return out.toString();
    }

    private enum Kind { PASS, FAILURE, ERROR }

    /** One test case; {@code message} and {@code detail} are raw (possibly model) text, escaped when written. */
    private record TestCase(String className, String name, Kind kind, String type, String message, String detail,
                            long millis) {

        static TestCase threshold(final String className, final String name, final boolean reached,
                                  final String message, final String detail) {
            return new TestCase(className, name, reached ? Kind.PASS : Kind.FAILURE, "obra.BelowThreshold", message,
                    detail, 0);
        }
    }

    private static List<TestCase> testCases(final Report r) {
        List<TestCase> cases = new ArrayList<>();
        if (ReportFacts.isError(r)) {
            String error = r.error().orElse("the run ended with an error");
            cases.add(new TestCase(GATE_CLASS, "run", Kind.ERROR, "obra.RunError", error, error,
                    r.totals().durationMs()));
            return cases;
        }
        Optional<VerdictInfo> verdict = r.finalVerdict();
        for (CriterionInfo c : verdict.map(VerdictInfo::criteria).orElse(List.of())) {
            int min = c.threshold(r.gate());
            cases.add(TestCase.threshold(CRITERIA_CLASS, c.name(), c.score() >= min,
                    c.name() + " scored " + c.score() + ", below its minimum " + min + ": " + c.rationale(),
                    c.rationale()));
        }
        if (verdict.isEmpty()) {
            String never = "no verdict: the change was never judged";
            cases.add(new TestCase(GATE_CLASS, "quality", Kind.FAILURE, "obra.NoVerdict", never, "", 0));
            cases.add(new TestCase(GATE_CLASS, "confidence", Kind.FAILURE, "obra.NoVerdict", never, "", 0));
        } else {
            VerdictInfo v = verdict.get();
            cases.add(TestCase.threshold(GATE_CLASS, "quality", v.quality() >= r.gate().minQuality(),
                    "quality " + v.quality() + " is below the minimum " + r.gate().minQuality(),
                    v.summary() + "\n\n" + findingsText(v.findings())));
            cases.add(TestCase.threshold(GATE_CLASS, "confidence", v.confidence() >= r.gate().minConfidence(),
                    "confidence " + confidence(v.confidence()) + " is below the minimum "
                            + confidence(r.gate().minConfidence()), v.summary()));
        }
        r.gate().verifyCommand().ifPresent(command -> cases.add(verifyCase(command, ReportFacts.lastVerify(r))));
        return cases;
    }

    private static TestCase verifyCase(final String command, final Optional<VerifyInfo> run) {
        if (run.isEmpty()) {
            return new TestCase(GATE_CLASS, "verify", Kind.FAILURE, "obra.VerifyFailed",
                    "the verify command did not run: " + command, "", 0);
        }
        VerifyInfo v = run.get();
        String problem = v.timedOut() ? "timed out after " + duration(v.durationMs()) : "exited with " + v.exitCode();
        return new TestCase(GATE_CLASS, "verify", v.passed() ? Kind.PASS : Kind.FAILURE, "obra.VerifyFailed",
                "the verify command " + problem + ": " + v.command(), v.outputTail(), v.durationMs());
    }

    private static void properties(final XMLStreamWriter xml, final Report r) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "obra.runId", r.runId());
        property(xml, "obra.startedAt", r.startedAt());
        property(xml, "obra.mode", r.mode());
        property(xml, "obra.outcome", r.outcome());
        property(xml, "obra.quality", String.valueOf(r.quality()));
        property(xml, "obra.confidence", confidence(r.confidence()));
        property(xml, "obra.minQuality", String.valueOf(r.gate().minQuality()));
        property(xml, "obra.minConfidence", confidence(r.gate().minConfidence()));
        property(xml, "obra.iterations", String.valueOf(r.iterations().size()));
        property(xml, "obra.costUsd", r.totals().costUsd().map(c -> String.format(Locale.ROOT, "%.4f", c))
                .orElse("unknown"));
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(final XMLStreamWriter xml, final String name, final String value)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    private static void testCase(final XMLStreamWriter xml, final TestCase c) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        if (c.kind == Kind.PASS) {
            xml.writeEmptyElement("testcase");
            caseAttributes(xml, c);
            return;
        }
        xml.writeStartElement("testcase");
        caseAttributes(xml, c);
        xml.writeCharacters("\n    ");
        xml.writeStartElement(c.kind == Kind.ERROR ? "error" : "failure");
        xml.writeAttribute("message", clean(ReportFacts.truncate(c.message, MAX_MESSAGE)));
        xml.writeAttribute("type", c.type);
        xml.writeCharacters(clean(c.detail));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void caseAttributes(final XMLStreamWriter xml, final TestCase c) throws XMLStreamException {
        xml.writeAttribute("classname", c.className);
        xml.writeAttribute("name", clean(c.name));
        xml.writeAttribute("time", seconds(c.millis));
    }

    private static String systemOut(final Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Obra ").append(r.outcome()).append(": quality ").append(r.quality()).append(" (min ")
                .append(r.gate().minQuality()).append("), confidence ").append(confidence(r.confidence()))
                .append(" (min ").append(confidence(r.gate().minConfidence())).append("), ")
                .append(ReportFacts.plural(r.iterations().size(), "iteration", "iterations")).append(", cost ")
                .append(ReportFacts.usd(r.totals().costUsd())).append('\n');
        r.error().ifPresent(e -> out.append("Error: ").append(e).append('\n'));
        r.finalVerdict().ifPresent(v -> out.append('\n').append(v.summary()).append("\n\n")
                .append(findingsText(v.findings())));
        r.warnings().forEach(w -> out.append("Warning: ").append(w).append('\n'));
        return out.toString();
    }

    private static String findingsText(final List<FindingInfo> findings) {
        StringBuilder out = new StringBuilder();
        for (FindingInfo f : ReportFacts.mostSevereFirst(findings)) {
            out.append('[').append(f.severity()).append("] ");
            if (!f.location().isEmpty()) {
                out.append(f.location()).append(": ");
            }
            out.append(f.message()).append('\n');
        }
        return out.toString();
    }

    private static String seconds(final long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1_000.0);
    }

    /** Drops what XML 1.0 cannot hold at all (most control characters, lone surrogates); the writer escapes the rest. */
    static String clean(final String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(ReportJUnit::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(final int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
