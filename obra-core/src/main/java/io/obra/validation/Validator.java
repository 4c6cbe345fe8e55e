package io.obra.validation;

import io.obra.orchestrator.Completion;
import io.obra.orchestrator.Orchestrator;
import io.obra.orchestrator.OrchestratorException;
import io.obra.orchestrator.Prompt;
import io.obra.port.BuildLog;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks an orchestrator for a verdict on the evidence: {@code samples} times (self-consistency), each
 * reply parsed strictly; an unusable reply is re-asked once with the parse error, then the
 * validation fails with a {@link VerdictParseException}.
 */
public final class Validator {

    private final Orchestrator orchestrator;
    private final Rubric rubric;
    private final int samples;
    private final BuildLog log;
    private final VerdictParser parser = new VerdictParser();

    public Validator(final Orchestrator orchestrator, final Rubric rubric, final int samples, final BuildLog log) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        this.orchestrator = orchestrator;
        this.rubric = rubric;
        this.samples = samples;
        this.log = log;
    }

    /**
     * @throws OrchestratorException when the orchestrator cannot be reached after retries and fallbacks
     * @throws VerdictParseException when the reply stays unusable after one corrective re-ask
     */
    public Validation validate(final Evidence evidence)
            throws OrchestratorException, VerdictParseException, InterruptedException {
        Prompt prompt = new ValidationPrompt(rubric).build(evidence);
        List<Verdict> verdicts = new ArrayList<>();
        List<Completion> calls = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            verdicts.add(rubric.weigh(sample(prompt, calls)));
        }
        Verdict combined = SelfConsistency.combine(verdicts);
        return new Validation(combined, verdicts, calls, SelfConsistency.agreement(verdicts));
    }

    private Verdict sample(final Prompt prompt, final List<Completion> calls)
            throws OrchestratorException, VerdictParseException, InterruptedException {
        Completion first = orchestrator.complete(prompt);
        calls.add(first);
        try {
            return parser.parse(first.content());
        } catch (VerdictParseException e) {
            log.warn("orchestrator: the verdict from " + first.provider() + " " + first.model()
                    + " was unusable (" + e.getMessage() + "); asking once more");
        }
        Completion second = orchestrator.complete(prompt.withUserSuffix("""

                Your previous reply could not be used. Reply with ONLY one JSON object with the fields quality
                (integer 0-100), confidence (number 0.0-1.0), summary, criteria and findings, as the schema says.
                """));
        calls.add(second);
        try {
            return parser.parse(second.content());
        } catch (VerdictParseException e) {
            throw new VerdictParseException("the orchestrator " + second.provider() + " " + second.model()
                    + " did not return a usable verdict, twice: " + e.getMessage());
        }
    }

    /**
     * A validation's outcome.
     *
     * @param verdict   the combined verdict (quality weighted by the rubric)
     * @param samples   every sampled verdict
     * @param calls     every orchestrator call, re-asks included (for tokens and cost)
     * @param agreement 1 when the samples agree (always 1 for a single sample)
     */
    public record Validation(Verdict verdict, List<Verdict> samples, List<Completion> calls, double agreement) {
        public Validation {
            samples = List.copyOf(samples);
            calls = List.copyOf(calls);
        }
    }
}
