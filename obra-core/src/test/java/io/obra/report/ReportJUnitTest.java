package io.obra.report;

import io.obra.report.Report.CriterionInfo;
import io.obra.report.Report.VerifyInfo;
import io.obra.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses obra-junit.xml as Jenkins' junit step would and checks which cases fail. */
class ReportJUnitTest {

    static final List<String> HOSTILE = Reports.HOSTILE_TEXT;

    @Test
    void passedRunIsASuiteWithoutFailures() throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.passed().build()));

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("Obra quality gate");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(outcomes(suite)).containsExactly(
                Map.entry("obra.criteria.correctness", "pass"), Map.entry("obra.criteria.tests", "pass"),
                Map.entry("obra.criteria.security", "pass"), Map.entry("obra.gate.quality", "pass"),
                Map.entry("obra.gate.confidence", "pass"));
    }

    @Test
    void failuresAreExactlyWhatIsBelowItsThreshold() throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.failedAfterThreeIterations().build()));

        // correctness 60 < 80 (gate), tests 82 >= 75 (its own), security 95; quality 70 < 80; confidence 0.75 >= 0.6;
        // verify exited 1 in the last round.
        assertThat(outcomes(suite)).containsExactly(
                Map.entry("obra.criteria.correctness", "failure"), Map.entry("obra.criteria.tests", "pass"),
                Map.entry("obra.criteria.security", "pass"), Map.entry("obra.gate.quality", "failure"),
                Map.entry("obra.gate.confidence", "pass"), Map.entry("obra.gate.verify", "failure"));
        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("time")).isEqualTo("362.900");
    }

    @Test
    void failureMessagesGiveScoreMinimumAndRationale() throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.failedAfterThreeIterations().build()));

        assertThat(failure(suite, "correctness").getAttribute("message"))
                .isEqualTo("correctness scored 60, below its minimum 80: Regex rejects a+b@example.com.");
        assertThat(failure(suite, "correctness").getTextContent()).isEqualTo("Regex rejects a+b@example.com.");
        assertThat(failure(suite, "quality").getAttribute("message")).isEqualTo("quality 70 is below the minimum 80");
        assertThat(failure(suite, "quality").getTextContent())
                .contains("A test now fails", "[blocker] src/main/java/app/EmailRule.java:12: Regex rejects");
        assertThat(failure(suite, "verify").getAttribute("message"))
                .isEqualTo("the verify command exited with 1: mvn -q test");
        assertThat(failure(suite, "verify").getTextContent()).contains("UserControllerTest.acceptsPlus:88");
    }

    @Test
    void aScoreEqualToTheMinimumPasses() throws Exception {
        Report report = Reports.passed().gate(80, 0.6).iterations(List.of(Reports.iteration(1, Reports.verdict(80, 0.6,
                "s", List.of(Reports.criterion("correctness", 80, "r"),
                        new CriterionInfo("tests", 69, 1, "r", Optional.of(70))), List.of()), "PASSED"))).build();

        assertThat(outcomes(parse(ReportJUnit.write(report)))).containsExactly(
                Map.entry("obra.criteria.correctness", "pass"), Map.entry("obra.criteria.tests", "failure"),
                Map.entry("obra.gate.quality", "pass"), Map.entry("obra.gate.confidence", "pass"));
    }

    @Test
    void lowConfidenceFails() throws Exception {
        Report report = Reports.passed().gate(50, 0.9).build();

        Element suite = parse(ReportJUnit.write(report));

        assertThat(outcomes(suite)).containsEntry("obra.gate.confidence", "failure")
                .containsEntry("obra.gate.quality", "pass");
        assertThat(failure(suite, "confidence").getAttribute("message"))
                .isEqualTo("confidence 0.82 is below the minimum 0.90");
    }

    @Test
    void verifyTimeoutAndMissingVerifyRunFail() throws Exception {
        Report timedOut = Reports.passed().verifyCommand("make check").iterations(List.of(Reports.withVerify(
                Reports.passed().build().iterations().get(0), new VerifyInfo("make check", -1, 1_800_000, true, "")))).build();
        Report neverRan = Reports.passed().verifyCommand("make check").build();

        assertThat(failure(parse(ReportJUnit.write(timedOut)), "verify").getAttribute("message"))
                .isEqualTo("the verify command timed out after 30 min 00 s: make check");
        assertThat(failure(parse(ReportJUnit.write(neverRan)), "verify").getAttribute("message"))
                .isEqualTo("the verify command did not run: make check");
    }

    @Test
    void noVerifyCaseWithoutAVerifyCommand() throws Exception {
        assertThat(outcomes(parse(ReportJUnit.write(Reports.passed().build())))).doesNotContainKey("obra.gate.verify");
    }

    @Test
    void anErrorRunIsOneErroredCase() throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.errorBeforeAnyIteration().build()));

        assertThat(outcomes(suite)).containsExactly(Map.entry("obra.gate.run", "error"));
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        Element error = (Element) suite.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).startsWith("the OpenAI key in environment variable OPENAI_API_KEY");
    }

    @Test
    void propertiesCarryTheRunsNumbers() throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.withUnknownCosts().build()));
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList nodes = suite.getElementsByTagName("property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
        }

        assertThat(properties).containsEntry("obra.outcome", "PASSED").containsEntry("obra.quality", "90")
                .containsEntry("obra.minQuality", "80").containsEntry("obra.costUsd", "unknown")
                .containsEntry("obra.runId", "my-job#42");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void modelTextStaysTextAndTheFileStaysValidXml(final String payload) throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.hostile(payload).build()));
        String expected = payload.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", "");

        assertThat(suite.getElementsByTagName("x").getLength()).isZero();
        assertThat(suite.getElementsByTagName("script").getLength()).isZero();
        List<Element> cases = elements(suite, "testcase");
        assertThat(cases.get(0).getAttribute("name")).isEqualTo(normalisedAttribute(expected));
        Element firstFailure = (Element) cases.get(0).getElementsByTagName("failure").item(0);
        assertThat(firstFailure.getTextContent()).isEqualTo(expected.replace("\r\n", "\n"));
        assertThat(outcomes(suite)).containsEntry("obra.criteria.correctness", "pass")
                .containsEntry("obra.gate.verify", "failure");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void errorTextStaysText(final String payload) throws Exception {
        Element suite = parse(ReportJUnit.write(Reports.hostileError(payload).build()));

        assertThat(elements(suite, "error")).hasSize(1);
        assertThat(elements(suite, "testcase")).hasSize(1);
    }

    private static Element parse(final String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return document.getDocumentElement();
    }

    /** {@code classname.name} → pass / failure / error, in document order. */
    private static Map<String, String> outcomes(final Element suite) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Element c : elements(suite, "testcase")) {
            String outcome = c.getElementsByTagName("failure").getLength() > 0 ? "failure"
                    : c.getElementsByTagName("error").getLength() > 0 ? "error" : "pass";
            outcomes.put(c.getAttribute("classname") + "." + c.getAttribute("name"), outcome);
        }
        return outcomes;
    }

    private static Element failure(final Element suite, final String caseName) {
        for (Element c : elements(suite, "testcase")) {
            if (c.getAttribute("name").equals(caseName)) {
                return (Element) c.getElementsByTagName("failure").item(0);
            }
        }
        throw new AssertionError("no test case " + caseName);
    }

    private static List<Element> elements(final Element root, final String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** An XML parser turns literal tabs and line breaks in an attribute into spaces. */
    private static String normalisedAttribute(final String text) {
        return text.replace("\r\n", " ").replaceAll("[\\t\\n\\r]", " ");
    }
}
