package io.obra.implementer;

import io.obra.implementer.StreamEvent.ApiRetry;
import io.obra.implementer.StreamEvent.AssistantText;
import io.obra.implementer.StreamEvent.Init;
import io.obra.implementer.StreamEvent.NotJson;
import io.obra.implementer.StreamEvent.Oversized;
import io.obra.implementer.StreamEvent.Result;
import io.obra.implementer.StreamEvent.ToolResult;
import io.obra.implementer.StreamEvent.ToolUse;
import io.obra.port.BuildLog;
import io.obra.privacy.SecretMasker;

import java.util.Locale;
import java.util.Optional;

/**
 * The console's view of a run: one short, readable line per step ({@code claude: turn 3 · Edit
 * src/Foo.java}), never raw JSON, every line masked.
 */
final class ProgressEcho {

    /** Longest piece of agent text or tool argument shown on the console. */
    static final int MAX_SHOWN = 200;
    /** Lines of non-JSON output echoed before the rest goes only to the artifact. */
    static final int MAX_NOT_JSON_SHOWN = 20;

    private final BuildLog log;
    private final SecretMasker masker;
    private final String workspaceRoot;
    private final int iteration;
    private final String artifactPath;
    private int notJsonLines;

    ProgressEcho(final BuildLog log, final SecretMasker masker, final String workspaceRoot, final int iteration,
                 final String artifactPath) {
        this.log = log;
        this.masker = masker;
        this.workspaceRoot = workspaceRoot;
        this.iteration = iteration;
        this.artifactPath = artifactPath;
    }

    void event(final StreamEvent event, final int turn) {
        if (event instanceof Init init) {
            info("session " + Text.shorten(init.sessionId(), 9) + " model " + init.model()
                    + " (iteration " + iteration + ")");
        } else if (event instanceof AssistantText text) {
            if (!text.text().isBlank()) {
                info("turn " + turn + " · " + shown(text.text()));
            }
        } else if (event instanceof ToolUse use) {
            info("turn " + turn + " · " + shown(ToolCalls.describe(use.name(), use.input(), workspaceRoot)));
        } else if (event instanceof ToolResult result && result.isError()) {
            warn("turn " + turn + " · tool failed: " + shown(result.content()));
        } else if (event instanceof ApiRetry retry) {
            warn(retry.errorStatus().map(status -> "the API answered " + status).orElse("the API request failed")
                    + " (" + retry.error() + "); retry " + retry.attempt() + " of " + retry.maxRetries()
                    + String.format(Locale.ROOT, " in %.1f s", retry.retryDelayMs() / 1000.0));
        } else if (event instanceof NotJson notJson) {
            notJsonLines++;
            if (notJsonLines <= MAX_NOT_JSON_SHOWN) {
                warn("output that is not stream-json: " + shown(notJson.line()));
            } else if (notJsonLines == MAX_NOT_JSON_SHOWN + 1) {
                warn("more output that is not stream-json; it is only kept in " + artifactPath);
            }
        } else if (event instanceof Oversized oversized) {
            warn(String.format(Locale.ROOT, "a stream line of %,d characters was too long to read; it is kept"
                    + " whole in %s", oversized.chars(), artifactPath));
        } else if (event instanceof StreamEvent.Other other && other.subtype().contains("fallback")) {
            warn("the CLI reported " + other.subtype());
        }
    }

    /** The closing line: turns, time, this round's cost and the outcome. */
    void done(final Result result, final Optional<Double> roundCost) {
        String cost = roundCost.map(usd -> String.format(Locale.ROOT, "$%.4f", usd)).orElse("cost not reported");
        if (roundCost.isPresent() && result.totalCostUsd().isPresent()
                && Math.abs(result.totalCostUsd().get() - roundCost.get()) > 1e-9) {
            cost += String.format(Locale.ROOT, " (session total $%.4f)", result.totalCostUsd().get());
        }
        String summary = String.format(Locale.ROOT, "%s %d turn%s, %.1f s, %s (%s)",
                result.isError() ? "failed after" : "done in", result.numTurns(), result.numTurns() == 1 ? "" : "s",
                result.durationMs() / 1000.0, cost, outcome(result));
        if (result.isError()) {
            warn(summary);
        } else {
            info(summary);
        }
        for (StreamEvent.PermissionDenial denial : result.permissionDenials()) {
            warn("permission denied: " + shown(ToolCalls.describe(denial.toolName(), denial.toolInput(),
                    workspaceRoot)));
        }
    }

    private static String outcome(final Result result) {
        if (result.apiErrorStatus().isPresent()) {
            return "API error " + result.apiErrorStatus().get();
        }
        return result.isError() && "success".equals(result.subtype()) ? "error" : result.subtype();
    }

    /**
     * A piece of agent output made fit for one console line. Masked before it is shortened, so a cut
     * can never leave the start of a secret behind.
     */
    private String shown(final String text) {
        return Text.summary(masker.mask(text), MAX_SHOWN);
    }

    void info(final String line) {
        log.info(masker.mask("claude: " + line));
    }

    void warn(final String line) {
        log.warn(masker.mask("claude: " + line));
    }

    void error(final String line) {
        log.error(masker.mask("claude: " + line));
    }
}
