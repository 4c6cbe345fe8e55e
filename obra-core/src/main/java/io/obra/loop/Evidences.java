package io.obra.loop;

import io.obra.config.ObraConfig;
import io.obra.context.ChangeContext;
import io.obra.context.ContextBuilder;
import io.obra.context.Omission;
import io.obra.context.TokenCounter;
import io.obra.context.VerifyOutputTail;
import io.obra.evidence.Git;
import io.obra.evidence.VerifyRunner.VerifyRun;
import io.obra.implementer.ImplementerResult;
import io.obra.privacy.Redactor;
import io.obra.privacy.SecretMasker;
import io.obra.report.Report;
import io.obra.validation.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers what the orchestrator judges each iteration: the change from git, masked, cut by privacy
 * mode (excluded files, redacted secrets), then fitted to the token budget; the task, the agent's
 * summary and the verify output tail, redacted the same way.
 */
final class Evidences {

    private final RunEnvironment env;
    private final ObraConfig config;
    private final RunRequest request;
    private final SecretMasker masker;
    private final Redactor redactor;
    private final Git git;
    private final String from;
    private final RunState state;
    private final TokenizerLoad tokenizer;
    private ContextBuilder contextBuilder;
    private VerifyOutputTail verifyTail;

    Evidences(final RunEnvironment env, final ObraConfig config, final RunRequest request, final SecretMasker masker,
              final Redactor redactor, final Git git, final String from, final RunState state,
              final TokenizerLoad tokenizer) {
        this.env = env;
        this.config = config;
        this.request = request;
        this.masker = masker;
        this.redactor = redactor;
        this.git = git;
        this.from = from;
        this.state = state;
        this.tokenizer = tokenizer;
    }

    Evidence collect(final Optional<ImplementerResult> done, final Optional<VerifyRun> verify)
            throws RunError, InterruptedException {
        Git.Diff diff = diff();
        if (contextBuilder == null) {
            TokenCounter counter = tokenizer.counter();
            contextBuilder = new ContextBuilder(counter);
            verifyTail = new VerifyOutputTail(counter);
        }
        String change = redactor.redactDiff(masker.mask(diff.text()));
        ChangeContext context = contextBuilder.build(change, config.context().maxTokens());
        List<String> excluded = excludedFiles(diff.text());
        String note = context.note() + (diff.droppedBytes() > 0 ? " The diff was larger than the "
                + "engine reads; " + diff.droppedBytes() + " bytes at its end were not read." : "");
        state.context = Optional.of(new Report.ContextInfo(context.fullTokens(), context.sentTokens(),
                context.budget(), context.omissions().stream().map(Omission::path).toList(), excluded, note));
        if (!context.whole()) {
            state.warnings.add("the change was cut to fit " + context.budget() + " tokens: " + context.note());
        }
        state.redactionsByKind = redactor.log().occurrencesByKind();
        Optional<Evidence.VerifyEvidence> verifyEvidence = verify.map(v -> new Evidence.VerifyEvidence(v.command(),
                v.exitCode(), v.timedOut(), redactor.redact(verifyTail.tail(v.output(),
                config.context().verifyTailLines()).text())));
        return new Evidence(request.task().map(redactor::redact),
                done.map(d -> redactor.redact(masker.mask(d.resultText()))), context.text(), verifyEvidence,
                done.map(d -> d.permissionDenials().stream().map(masker::mask).toList()).orElse(List.of()));
    }

    private Git.Diff diff() throws RunError, InterruptedException {
        try {
            if (request.reviewMode()) {
                return git.diff(from, "HEAD");
            }
            return git.workingTreeDiff(from, env.claudeConfigDir() + "/obra-git-index", excludes());
        } catch (Git.GitException e) {
            throw new RunError(e.getMessage());
        }
    }

    /** The report directory and the CLI's state, when they live inside the workspace, are not part of the change. */
    private List<String> excludes() {
        List<String> excludes = new ArrayList<>();
        excludes.add(request.reportDir());
        String root = env.workspace().root().replace('\\', '/');
        String configDir = env.claudeConfigDir().replace('\\', '/');
        if (configDir.startsWith(root + "/")) {
            excludes.add(configDir.substring(root.length() + 1));
        }
        return excludes;
    }

    private List<String> excludedFiles(final String diff) {
        List<String> excluded = new ArrayList<>();
        for (String line : diff.split("\n")) {
            if (line.startsWith("diff --git ")) {
                int b = line.lastIndexOf(" b/");
                String path = b < 0 ? line : line.substring(b + 3);
                if (redactor.isExcluded(path)) {
                    excluded.add(path);
                }
            }
        }
        return excluded;
    }
}
