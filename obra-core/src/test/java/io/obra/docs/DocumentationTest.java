package io.obra.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.obra.config.ConfigException;
import io.obra.config.ConfigLoader;
import io.obra.config.ConfigSource;
import io.obra.config.PricingSettings;
import io.obra.cost.Pricing;
import io.obra.gate.Outcome;
import io.obra.loop.RunResult;
import io.obra.orchestrator.TokenUsage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation a user copies from works: every {@code .obra.yml} example validates, every Pipeline
 * example calls {@code obraOrchestrate}, {@code openai(...)} and {@code ollama(...)} with parameters the plugin
 * has and reads result keys the step returns, every {@code obra} command line uses options the CLI has, every
 * message in docs/troubleshooting.md is one the code can print, the cost examples match the shipped price
 * table, links lead somewhere, and the README's test command is the one CI runs.
 *
 * <p>Conventions the docs follow (see docs/architecture.md): a {@code ```yaml} block whose top-level keys
 * include an {@code .obra.yml} section is an {@code .obra.yml}; other YAML carries a second word in its info
 * string ({@code ```yaml jcasc}, {@code ```yaml github-actions}). Troubleshooting messages are the inline code
 * of the first column of tables headed "Message", with {@code …} where the code fills in a value.
 */
class DocumentationTest {

    /** The sections of {@code .obra.yml} (configuration.md); a block using one is validated. */
    private static final List<String> OBRA_SECTIONS = List.of("orchestrator", "agent", "gate", "budget", "pricing",
            "privacy", "rubric", "context");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern RESULT_VARIABLE = Pattern.compile("(?:def\\s+)?(\\w+)\\s*=\\s*obraOrchestrate\\b");
    private static final String TROUBLESHOOTING = "docs/troubleshooting.md";

    private final Docs docs = Docs.ofRepository();

    @Test
    void everyObraYmlExampleValidates() {
        List<String> problems = new ArrayList<>();
        int validated = 0;
        for (Docs.Doc doc : docs.all()) {
            for (Docs.Block block : doc.blocks()) {
                if (isObraYml(block)) {
                    validated++;
                    problems.addAll(obraYmlProblems(block));
                }
            }
        }
        assertThat(problems).as("problems of .obra.yml examples").isEmpty();
        assertThat(validated).as(".obra.yml examples found").isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyOtherYamlExampleIsWellFormed() {
        List<String> problems = new ArrayList<>();
        for (Docs.Doc doc : docs.all()) {
            for (Docs.Block block : doc.blocks()) {
                if (isYaml(block) && !isObraYml(block)) {
                    try {
                        YAML.readTree(block.text());
                    } catch (IOException e) {
                        problems.add(block.where() + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void pipelineExamplesUseOnlyParametersTheStepHas() {
        StepParameters parameters = StepParameters.ofRepository();
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Docs.Doc doc : docs.all()) {
            for (Docs.Block block : doc.blocks()) {
                if (block.language().equals("groovy")) {
                    calls += GroovyCalls.calls(block.text(), StepParameters.STEP).size();
                    problems.addAll(callProblems(block, parameters));
                }
            }
        }
        assertThat(problems).as("unknown parameters in Pipeline examples").isEmpty();
        assertThat(calls).as("obraOrchestrate calls in the docs").isGreaterThanOrEqualTo(10);
    }

    @Test
    void pipelineExamplesReadOnlyKeysTheStepReturns() {
        Set<String> keys = new RunResult(Outcome.PASSED, 90, 0.9, 1, 0.1, "summary", "obra-report/obra-report.json",
                Optional.empty()).asMap().keySet();
        List<String> problems = new ArrayList<>();
        for (Docs.Doc doc : docs.all()) {
            for (Docs.Block block : doc.blocks()) {
                if (block.language().equals("groovy")) {
                    problems.addAll(resultKeyProblems(block, keys));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void commandLineExamplesUseOnlyFlagsObraHas() {
        CliOptions cli = CliOptions.ofRepository();
        List<String> problems = new ArrayList<>();
        for (Docs.Doc doc : docs.all()) {
            cli.unknownFlags(doc.text()).forEach(flag -> problems.add(doc.name() + ": obra has no option " + flag));
        }
        assertThat(cli.names()).as("options read from obra-cli").contains("--task", "--base", "--report-dir");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTroubleshootingMessageIsOneTheCodePrints() {
        SourceStrings sources = SourceStrings.ofRepository();
        Docs.Doc doc = docs.named(TROUBLESHOOTING).orElseThrow();
        List<String> messages = messages(doc);

        assertThat(messages).as("messages listed in " + TROUBLESHOOTING).hasSizeGreaterThanOrEqualTo(60);
        assertThat(messages.stream().filter(m -> !sources.contains(m)).toList())
                .as("messages in %s that no main source of obra-core, obra-cli or plugin contains", TROUBLESHOOTING)
                .isEmpty();
    }

    @Test
    void costExamplesMatchTheShippedPriceTable() {
        Docs.Doc doc = docs.named("docs/choosing-a-deployment.md").orElseThrow();
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (Docs.Table table : doc.tables()) {
            Optional<String> marker = table.marker();
            if (marker.filter(m -> m.contains("doc-test: openai-costs")).isPresent()) {
                rows += table.rows().size();
                problems.addAll(openAiCostProblems(table));
            } else if (marker.filter(m -> m.contains("doc-test: ollama-costs")).isPresent()) {
                rows += table.rows().size();
                problems.addAll(ollamaCostProblems(table));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rows).as("cost rows checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    void relativeLinksLeadToExistingFilesAndHeadings() {
        List<String> problems = new ArrayList<>();
        for (Docs.Doc doc : docs.all()) {
            for (Docs.DocLink link : doc.links()) {
                linkProblem(doc, link.destination()).ifPresent(problems::add);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void readmeOpensWithTheTestCommandThatCiRuns() throws IOException {
        String readme = docs.named("README.md").orElseThrow().text();
        String opening = readme.lines().limit(12).reduce("", (a, b) -> a + b + "\n");
        String ci = Files.readString(Docs.ROOT.resolve(".ci/run"));

        assertThat(opening).contains("`mvn -B verify -DskipJenkinsPlugin`").contains("`mvn verify`")
                .contains("java -jar obra-cli/target/obra.jar run --task");
        assertThat(ci.lines().map(String::strip)).contains("mvn -B verify -DskipJenkinsPlugin");
    }

    // The checks can fail: each one reports a planted mistake.

    @Test
    void aMistypedObraYmlKeyIsReported() {
        Docs.Doc doc = Docs.parse("bad.md", "```yaml\ngate:\n  min_qualty: 80\n```\n");
        Docs.Block block = doc.blocks().get(0);

        assertThat(isObraYml(block)).isTrue();
        assertThat(obraYmlProblems(block)).singleElement().asString().contains("bad.md:1").contains("min_quality");
    }

    @Test
    void yamlMarkedAsSomethingElseIsNotTakenForObraYml() {
        Docs.Doc doc = Docs.parse("jcasc.md", "```yaml jcasc\nunclassified:\n  obra:\n    privacyMode: ALWAYS\n```\n");

        assertThat(isObraYml(doc.blocks().get(0))).isFalse();
    }

    @Test
    void anUnknownStepParameterAndAnUnknownOrchestratorParameterAreReported() {
        Docs.Doc doc = Docs.parse("bad.md", "```groovy\nobraOrchestrate(task: 'x', minQualty: 80,\n"
                + "  orchestrator: ollama(baseUrl: 'http://h:11434', model: 'm', numCtx: 8192))\n```\n");

        assertThat(callProblems(doc.blocks().get(0), StepParameters.ofRepository()))
                .anySatisfy(p -> assertThat(p).contains("obraOrchestrate").contains("minQualty"))
                .anySatisfy(p -> assertThat(p).contains("ollama").contains("numCtx"))
                .hasSize(2);
    }

    @Test
    void theSnippetFormWithoutParenthesesIsReadToo() {
        List<GroovyCalls.Call> calls = GroovyCalls.calls("obraOrchestrate task: 'a, b', minQuality: 80,\n"
                + "    onFail: 'UNSTABLE' // not a 'parameter: here'\necho 'next'\n", StepParameters.STEP);

        assertThat(calls).singleElement().extracting(GroovyCalls.Call::names)
                .isEqualTo(List.of("task", "minQuality", "onFail"));
    }

    @Test
    void anUnknownCommandLineFlagIsReported() {
        CliOptions cli = new CliOptions(CliOptions.options(
                "@Option(names = \"--task\", required = true) String task;\n"
                        + "@Option(names = {\"--privacy\"}, negatable = true,\n description = \"(x)\") Boolean p;"));

        assertThat(cli.names()).containsExactlyInAnyOrder("--task", "--privacy", "--no-privacy");
        assertThat(cli.unknownFlags("java -jar obra.jar run --task x --no-privacy --min-qualty 80\n"
                + "claude -p --max-turns 3\n`obra review --bsae origin/main`"))
                .containsExactly("--min-qualty", "--bsae");
    }

    @Test
    void anUnknownResultKeyIsReported() {
        Docs.Doc doc = Docs.parse("bad.md", "```groovy\ndef r = obraOrchestrate(task: 'x')\n"
                + "echo \"${r.passed} ${r.score}\"\n```\n");

        assertThat(resultKeyProblems(doc.blocks().get(0), Set.of("passed", "quality")))
                .singleElement().asString().contains("r.score");
    }

    @Test
    void aMessageTheCodeDoesNotPrintIsNotFound() {
        SourceStrings sources = new SourceStrings(SourceStrings.javaStrings(
                "class A { String m(int n) { return \"the key was rejected (\" + n + \") by the server\"; } }"));

        assertThat(sources.contains("the key was rejected (")).isTrue();
        assertThat(sources.contains("the key was rejected (… by the server")).isTrue();
        assertThat(sources.contains("the key was refused")).isFalse();
        assertThat(sources.contains("the key was rejected (… by the client")).isFalse();
    }

    @Test
    void aWrongCostIsReported() {
        Docs.Doc doc = Docs.parse("costs.md", "<!-- doc-test: openai-costs -->\n\n"
                + "| Model | Prompt tokens per call | Output tokens per call | Calls per run | Cost per run (USD) |\n"
                + "|---|---:|---:|---:|---:|\n"
                + "| `gpt-4o-2024-11-20` | 10,000 | 600 | 2 | 0.0700 |\n");

        assertThat(openAiCostProblems(doc.tables().get(0))).singleElement().asString().contains("0.0620");
    }

    @Test
    void aLinkToAMissingHeadingIsReported() {
        Docs.Doc doc = Docs.parse("docs/x.md", "# Title\n\n[a](#title) [b](#no-such-heading) [c](missing.md)\n");

        assertThat(doc.links().stream().map(l -> linkProblem(doc, l.destination())).flatMap(Optional::stream))
                .hasSize(2);
    }

    // Checks

    private static boolean isYaml(final Docs.Block block) {
        return block.language().equals("yaml") || block.language().equals("yml");
    }

    /** Plain {@code yaml} whose top-level keys include a section of {@code .obra.yml}. */
    private static boolean isObraYml(final Docs.Block block) {
        if (!isYaml(block) || block.info().size() > 1) {
            return false;
        }
        try {
            JsonNode tree = YAML.readTree(block.text());
            if (tree == null || !tree.isObject()) {
                return false;
            }
            for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
                if (OBRA_SECTIONS.contains(keys.next())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // malformed: let the loader say why
        }
    }

    /** What {@code obra validate-config} would say of the block; {@code ${VAR}} references are taken as set. */
    private static List<String> obraYmlProblems(final Docs.Block block) {
        Map<String, String> environment = new HashMap<>();
        Matcher reference = ENV_REFERENCE.matcher(block.text());
        while (reference.find()) {
            environment.put(reference.group(1), "value-of-" + reference.group(1).toLowerCase(Locale.ROOT));
        }
        try {
            return new ConfigLoader(environment).validate(ConfigSource.yaml(".obra.yml", block.text())).stream()
                    .map(problem -> block.where() + ": " + problem).toList();
        } catch (ConfigException e) {
            return List.of(block.where() + ": " + e.getMessage());
        }
    }

    private static List<String> callProblems(final Docs.Block block, final StepParameters parameters) {
        List<String> problems = new ArrayList<>();
        for (String function : List.of(StepParameters.STEP, "openai", "ollama")) {
            Set<String> known = parameters.of(function);
            for (GroovyCalls.Call call : GroovyCalls.calls(block.text(), function)) {
                for (String name : call.names()) {
                    if (!known.contains(name)) {
                        problems.add(block.where() + ": " + function + "(...) has no parameter " + name
                                + "; it has " + known);
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> resultKeyProblems(final Docs.Block block, final Set<String> keys) {
        List<String> problems = new ArrayList<>();
        String code = GroovyCalls.withoutComments(block.text());
        Matcher variable = RESULT_VARIABLE.matcher(code);
        while (variable.find()) {
            Matcher use = Pattern.compile("\\b" + Pattern.quote(variable.group(1)) + "\\.(\\w+)").matcher(code);
            while (use.find()) {
                if (!keys.contains(use.group(1))) {
                    problems.add(block.where() + ": " + variable.group(1) + "." + use.group(1)
                            + " is not a key of the step's result " + keys);
                }
            }
        }
        return problems;
    }

    /** The inline code of the first column of every table headed "Message". */
    private static List<String> messages(final Docs.Doc doc) {
        List<String> messages = new ArrayList<>();
        for (Docs.Table table : doc.tables()) {
            if (table.header().isEmpty() || !table.header().get(0).equalsIgnoreCase("Message")) {
                continue;
            }
            for (List<List<String>> row : table.code()) {
                assertThat(row.get(0)).as("%s:%d: the message column holds one code span", doc.name(), table.line())
                        .hasSize(1);
                messages.add(row.get(0).get(0));
            }
        }
        return messages;
    }

    private static List<String> openAiCostProblems(final Docs.Table table) {
        Pricing pricing = Pricing.of(new PricingSettings(Map.of(), Optional.empty()));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            String model = table.code().get(i).get(0).get(0);
            long prompt = whole(row.get(1));
            long output = whole(row.get(2));
            long calls = whole(row.get(3));
            double expected = pricing.cost("openai", model, new TokenUsage(prompt, 0, output)).usd() * calls;
            assertThat(pricing.priceOf("openai", model)).as("%s is in the shipped price table", model).isPresent();
            problems.addAll(compare(table, model, row.get(4), expected));
        }
        return problems;
    }

    private static List<String> ollamaCostProblems(final Docs.Table table) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            String model = table.code().get(i).get(0).get(0);
            double rate = Double.parseDouble(row.get(1).replace(",", ""));
            long seconds = whole(row.get(2));
            long calls = whole(row.get(3));
            Pricing pricing = Pricing.of(new PricingSettings(Map.of(), Optional.of(rate)));
            double expected = pricing.gpuTime("ollama", Duration.ofSeconds(seconds)).usd() * calls;
            problems.addAll(compare(table, model, row.get(4), expected));
        }
        return problems;
    }

    private static List<String> compare(final Docs.Table table, final String model, final String written,
                                        final double expected) {
        double documented = Double.parseDouble(written.replace("$", "").replace(",", "").trim());
        return Math.abs(documented - expected) < 0.00005 ? List.of()
                : List.of(String.format(Locale.ROOT, "%s:%d: %s costs %.4f per run by the price table, not %s",
                table.doc(), table.line(), model, expected, written));
    }

    private static long whole(final String cell) {
        return Long.parseLong(cell.replace(",", "").trim());
    }

    /** A relative link must name an existing file, and an anchor a heading of the Markdown file it points into. */
    private Optional<String> linkProblem(final Docs.Doc doc, final String destination) {
        if (destination == null || destination.isBlank() || destination.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        int hash = destination.indexOf('#');
        String file = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? "" : destination.substring(hash + 1);
        Path docDir = Path.of(doc.name()).getParent();
        String target = file.isEmpty() ? doc.name()
                : (docDir == null ? Path.of(file) : docDir.resolve(file)).normalize().toString().replace('\\', '/');
        Optional<Docs.Doc> targetDoc = target.equals(doc.name()) ? Optional.of(doc) : docs.named(target);
        if (!file.isEmpty() && targetDoc.isEmpty() && !Files.exists(Docs.ROOT.resolve(target))) {
            return Optional.of(doc.name() + ": link to " + destination + ": no file " + target);
        }
        if (!anchor.isEmpty() && targetDoc.isPresent() && !targetDoc.get().anchors().contains(anchor)) {
            return Optional.of(doc.name() + ": link to " + destination + ": " + target + " has no heading #" + anchor
                    + " (it has " + targetDoc.get().anchors() + ")");
        }
        return Optional.empty();
    }
}
