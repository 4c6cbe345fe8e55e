package io.obra.loop;

import io.obra.evidence.VerifyRunner.VerifyRun;
import io.obra.gate.Gate.GateDecision;
import io.obra.validation.Finding;
import io.obra.validation.Verdict;

import java.util.Optional;

/**
 * What the implementer reads in its next round (the session is resumed, so it remembers the task):
 * the score, why the gate failed, the findings to fix, and the verify command's failure.
 */
final class FeedbackPrompt {

    /** Findings beyond this are summarised as a count: the agent should fix the worst first. */
    private static final int MAX_FINDINGS = 20;
    private static final int MAX_VERIFY_CHARS = 4000;

    private FeedbackPrompt() {
    }

    static String build(final Verdict verdict, final GateDecision decision, final Optional<VerifyRun> verify) {
        StringBuilder p = new StringBuilder();
        p.append("A reviewer checked your change and the quality gate did not pass (")
                .append(String.join("; ", decision.reasons())).append(").\n")
                .append("Score: quality ").append(verdict.quality()).append("/100, confidence ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", verdict.confidence())).append(".\n\n");
        if (!verdict.summary().isBlank()) {
            p.append("Reviewer's summary: ").append(verdict.summary()).append("\n\n");
        }
        if (!verdict.findings().isEmpty()) {
            p.append("Fix these findings, most severe first:\n");
            verdict.findings().stream().limit(MAX_FINDINGS).forEach(f -> p.append(line(f)));
            if (verdict.findings().size() > MAX_FINDINGS) {
                p.append("- … and ").append(verdict.findings().size() - MAX_FINDINGS).append(" more minor findings\n");
            }
            p.append('\n');
        }
        verify.filter(v -> !v.passed()).ifPresent(v -> {
            p.append("The verify command `").append(v.command()).append("` ")
                    .append(v.timedOut() ? "timed out" : "failed with exit code " + v.exitCode())
                    .append(". End of its output:\n```\n").append(tail(v.output())).append("\n```\n\n");
        });
        p.append("Make the changes now, in this repository, without asking questions. Keep to the original task; "
                + "do not make unrelated changes. When done, summarise what you changed.");
        return p.toString();
    }

    private static String line(final Finding f) {
        String where = f.location().isEmpty() ? "" : " " + f.location();
        return "- [" + f.severity().id() + "]" + where + ": " + f.message() + "\n";
    }

    private static String tail(final String output) {
        return output.length() <= MAX_VERIFY_CHARS ? output : "…" + output.substring(output.length() - MAX_VERIFY_CHARS);
    }
}
