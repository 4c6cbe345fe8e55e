package io.obra.implementer;

import io.obra.config.AgentSettings;
import io.obra.implementer.ImplementerException.Kind;
import io.obra.implementer.StreamEvent.Result;
import io.obra.privacy.Secret;
import io.obra.privacy.SecretMasker;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how a finished run ends, by the rules measured on the real CLI: the result line's
 * {@code is_error} decides, not the exit code alone; no result line is a failure; a stall or timeout
 * that Obra killed, or a signal from outside, is named as such. Every message is masked and says what
 * to do.
 */
final class RunVerdict {

    /** Why Obra itself stopped the process, if it did. */
    enum Stop { NONE, STALLED, TIMEOUT }

    static final String INSTALL_HINT = "install it with `npm install -g @anthropic-ai/claude-code@"
            + ClaudeCodeImplementer.TESTED_VERSION + "`, set agent.executable, or in Jenkins configure a Claude"
            + " Code tool (Manage Jenkins → Tools) and pass claudeTool:";

    private final AgentSettings settings;
    private final Optional<Secret> credential;
    private final SecretMasker masker;

    RunVerdict(final AgentSettings settings, final Optional<Secret> credential, final SecretMasker masker) {
        this.settings = settings;
        this.credential = credential;
        this.masker = masker;
    }

    /**
     * The result of a successful run.
     *
     * @throws ImplementerException carrying {@code partial} when the run failed
     */
    ImplementerResult decide(final ImplementerResult partial, final Optional<Result> resultLine, final int exitCode,
                             final Stop stop, final String lastActivity, final String stderr)
            throws ImplementerException {
        if (stop == Stop.STALLED) {
            throw fail(Kind.STALLED, "claude printed nothing for " + human(settings.stallTimeout())
                    + " (agent.stall_timeout) and was killed with every process it started"
                    + activity(lastActivity) + ": raise agent.stall_timeout if the agent runs long silent"
                    + " commands, or check that the Anthropic API (" + baseUrl() + ") answers", partial);
        }
        if (stop == Stop.TIMEOUT) {
            throw fail(Kind.TIMEOUT, "claude ran longer than " + human(settings.timeout())
                    + " (agent.timeout) and was killed with every process it started" + activity(lastActivity)
                    + ": raise agent.timeout or narrow the task", partial);
        }
        if (resultLine.isEmpty()) {
            throw noResult(partial, exitCode, stderr);
        }
        Result result = resultLine.get();
        if ("error_max_turns".equals(result.subtype())) {
            throw fail(Kind.MAX_TURNS, "claude reached the turn limit (--max-turns " + settings.maxTurns()
                    + ", agent.max_turns) after " + result.numTurns() + " turns without finishing: raise"
                    + " agent.max_turns or narrow the task", partial);
        }
        if (result.isError()) {
            throw apiOrRunError(result, partial);
        }
        return partial;
    }

    private ImplementerException apiOrRunError(final Result result, final ImplementerResult partial) {
        String said = cliMessage(result);
        if (result.apiErrorStatus().isEmpty()) {
            if (!"success".equals(result.subtype())) {
                return fail(Kind.PROCESS_FAILED, "claude failed (" + result.subtype() + ")" + said, partial);
            }
            String hint = result.result().contains("Unable to connect")
                    ? ": check that the agent reaches " + baseUrl() + " (ANTHROPIC_BASE_URL, proxy settings)"
                    : "";
            return fail(Kind.API_ERROR, "claude could not complete a request to the Anthropic API" + said + hint,
                    partial);
        }
        int status = result.apiErrorStatus().get();
        String retries = " after " + settings.maxRetries() + " retries (agent.max_retries)";
        String message = switch (status) {
            case 401 -> credential
                    .map(secret -> "the Anthropic credential from " + secret.source() + " was rejected (401) by "
                            + baseUrl() + ": check the " + (ClaudeInvocation.isOauthToken(secret)
                            ? "Claude OAuth token (claude setup-token)" : "API key") + " and that it is not revoked")
                    .orElse("the Anthropic API (" + baseUrl() + ") rejected the request (401) and no credential was"
                            + " configured: set claudeCredentialsId in Jenkins, or ANTHROPIC_API_KEY or"
                            + " CLAUDE_CODE_OAUTH_TOKEN for the obra CLI") + said;
            case 403 -> "the Anthropic API (" + baseUrl() + ") refused the request (403)"
                    + credential.map(secret -> " made with the credential from " + secret.source()).orElse("")
                    + ": the credential lacks access to the model or the organisation is disabled" + said;
            case 429 -> "the Anthropic API (" + baseUrl() + ") kept rate-limiting the requests (429)" + retries
                    + ": wait, lower the parallelism or raise the rate limit" + said;
            case 529 -> "the Anthropic API (" + baseUrl() + ") was overloaded (529)" + retries
                    + ": try again later or set agent.fallback_model" + said;
            default -> "the Anthropic API (" + baseUrl() + ") answered " + status
                    + (status >= 500 ? " (server error)" + retries : "") + said;
        };
        return fail(Kind.API_ERROR, message, partial);
    }

    private ImplementerException noResult(final ImplementerResult partial, final int exitCode, final String stderr) {
        String tail = stderr.isBlank() ? "" : "; stderr: " + stderr;
        if (exitCode == 127) {
            return fail(Kind.NOT_INSTALLED, "the Claude Code CLI could not be run (exit 127)" + tail + ": "
                    + INSTALL_HINT, partial);
        }
        if (exitCode == 143 || exitCode == 137) {
            return fail(Kind.PROCESS_FAILED, "claude was killed by " + (exitCode == 143 ? "SIGTERM" : "SIGKILL")
                    + " (exit " + exitCode + ") before it reported a result: something outside Obra stopped it"
                    + " (an abort, the out-of-memory killer)" + tail, partial);
        }
        if (stderr.contains("root/sudo")) {
            return fail(Kind.PROCESS_FAILED, "claude refuses permission mode " + settings.permissionMode()
                    + " when it runs as root" + tail + ": use agent.permission_mode acceptEdits with"
                    + " agent.allowed_tools for the commands it needs, or, only inside a disposable sandbox"
                    + " container, set IS_SANDBOX=1 in agent.environment", partial);
        }
        if (stderr.contains("Not logged in") || stderr.contains("/login")) {
            return fail(Kind.PROCESS_FAILED, "claude has no Anthropic credential" + tail + ": set"
                    + " claudeCredentialsId in Jenkins, or ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN for the"
                    + " obra CLI", partial);
        }
        return fail(Kind.PROCESS_FAILED, "claude exited with code " + exitCode + " without reporting a result"
                + (stderr.isBlank() ? " and printed nothing on stderr" : tail), partial);
    }

    private String cliMessage(final Result result) {
        String text = !result.result().isBlank() ? result.result() : String.join("; ", result.errors());
        return text.isBlank() ? "" : " (Claude Code: " + Text.summary(masker.mask(text), 500) + ")";
    }

    private String baseUrl() {
        return Optional.ofNullable(settings.environment().get(ClaudeInvocation.BASE_URL))
                .orElse("https://api.anthropic.com");
    }

    private ImplementerException fail(final Kind kind, final String message, final ImplementerResult partial) {
        return new ImplementerException(kind, masker.mask(message), partial, null);
    }

    private static String activity(final String lastActivity) {
        return lastActivity.isBlank() ? "" : " (last step: " + lastActivity + ")";
    }

    static String human(final Duration duration) {
        if (duration.toMillis() < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        long minutes = duration.toMinutes();
        long seconds = duration.minusMinutes(minutes).getSeconds();
        return seconds == 0 ? minutes + " min" : minutes + " min " + seconds + " s";
    }
}
