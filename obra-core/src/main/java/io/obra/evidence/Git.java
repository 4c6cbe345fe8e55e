package io.obra.evidence;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The git commands a run needs, run where the workspace is. Hardened for untrusted repositories (a
 * PR gate runs on other people's branches): no hooks, no fsmonitor, no external diff or textconv
 * drivers from the repository's configuration.
 */
public final class Git {

    /** A diff larger than this is cut (and said so); the context builder budgets far below it anyway. */
    static final int MAX_DIFF_BYTES = 64 * 1024 * 1024;

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final CommandRunner runner;

    public Git(final CommandRunner runner) {
        this.runner = runner;
    }

    /** The commit checked out now. */
    public String head() throws GitException, InterruptedException {
        return run("could not read the current commit (is this a git checkout with at least one commit?)",
                List.of("rev-parse", "--verify", "HEAD")).trim();
    }

    /**
     * Resolves a ref to a commit; for {@code origin/<branch>} that the checkout lacks (a PR build's shallow
     * or single-branch clone), fetches the branch first.
     */
    public String resolve(final String ref) throws GitException, InterruptedException {
        CommandRunner.CommandResult first = git(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), Map.of());
        if (first.succeeded()) {
            return first.stdout().trim();
        }
        if (ref.startsWith("origin/")) {
            String branch = ref.substring("origin/".length());
            CommandRunner.CommandResult fetch = git(List.of("fetch", "--no-tags", "origin",
                    "+refs/heads/" + branch + ":refs/remotes/origin/" + branch), Map.of());
            if (fetch.succeeded()) {
                CommandRunner.CommandResult again = git(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"),
                        Map.of());
                if (again.succeeded()) {
                    return again.stdout().trim();
                }
            }
            throw new GitException("the base ref " + ref + " is not in the checkout and `git fetch origin " + branch
                    + "` failed: " + oneLine(fetch.stderr()) + "; fetch the target branch before the step "
                    + "(e.g. checkout with refspec +refs/heads/" + branch + ":refs/remotes/origin/" + branch + ")");
        }
        throw new GitException("the base ref " + ref + " does not name a commit in the checkout");
    }

    /** The merge base of two commits (where a PR branch left its target). */
    public String mergeBase(final String a, final String b) throws GitException, InterruptedException {
        return run("could not find where " + a + " and " + b + " diverge", List.of("merge-base", a, b)).trim();
    }

    /** The committed change between two commits (review mode). */
    public Diff diff(final String from, final String to) throws GitException, InterruptedException {
        return diffOf(git(diffArgs(List.of(from, to), List.of()), Map.of()), "git diff " + from + " " + to);
    }

    /**
     * Everything that differs between {@code from} and the working tree, untracked files included
     * (.gitignore honoured), without touching the user's index: a throw-away index at
     * {@code scratchIndex} is filled with {@code git add -A}.
     *
     * @param excludes workspace-relative paths left out (the report directory)
     */
    public Diff workingTreeDiff(final String from, final String scratchIndex, final List<String> excludes)
            throws GitException, InterruptedException {
        Map<String, String> env = Map.of("GIT_INDEX_FILE", scratchIndex);
        List<String> add = new ArrayList<>(List.of("add", "-A", "--", "."));
        excludes.forEach(e -> add.add(":(exclude)" + e));
        CommandRunner.CommandResult added = git(add, env);
        if (!added.succeeded()) {
            throw new GitException("could not list the changed files (git add to a scratch index failed): "
                    + oneLine(added.stderr()));
        }
        return diffOf(git(diffArgs(List.of("--cached", from), excludes), env), "git diff " + from);
    }

    private static List<String> diffArgs(final List<String> revisions, final List<String> excludes) {
        List<String> args = new ArrayList<>(List.of("diff", "--no-color", "--no-ext-diff", "--no-textconv", "-M"));
        args.addAll(revisions);
        if (!excludes.isEmpty()) {
            args.add("--");
            args.add(".");
            excludes.forEach(e -> args.add(":(exclude)" + e));
        }
        return args;
    }

    private static Diff diffOf(final CommandRunner.CommandResult result, final String what) throws GitException {
        if (!result.succeeded()) {
            throw new GitException(what + " failed: " + oneLine(result.stderr()));
        }
        return new Diff(result.stdout(), result.stdoutDropped());
    }

    private String run(final String failure, final List<String> args) throws GitException, InterruptedException {
        CommandRunner.CommandResult result = git(args, Map.of());
        if (!result.succeeded()) {
            throw new GitException(failure + ": " + oneLine(result.stderr()));
        }
        return result.stdout();
    }

    private CommandRunner.CommandResult git(final List<String> args, final Map<String, String> env)
            throws GitException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.hooksPath=/dev/null", "-c",
                "core.fsmonitor=false", "-c", "core.quotepath=false"));
        command.addAll(args);
        try {
            return runner.run(command, env, TIMEOUT, MAX_DIFF_BYTES);
        } catch (IOException e) {
            throw new GitException("could not run git (is it installed on the agent and on the PATH?): "
                    + e.getMessage());
        }
    }

    private static String oneLine(final String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return t.isEmpty() ? "(no message)" : nl < 0 ? t : t.substring(0, nl);
    }

    /**
     * A unified diff.
     *
     * @param droppedBytes bytes beyond {@link #MAX_DIFF_BYTES} that were not read
     */
    public record Diff(String text, long droppedBytes) {
    }

    /** A git command failed; the message says which and why. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        public GitException(final String message) {
            super(message);
        }
    }
}
