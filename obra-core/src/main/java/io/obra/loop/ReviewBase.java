package io.obra.loop;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ref a change is measured against. An explicit base ref always wins; in review mode (no task) on a
 * pull-request build, the PR's target branch ({@code CHANGE_TARGET}, set by Jenkins' branch sources) is
 * the base, as {@code origin/<target>}; otherwise the engine measures against the commit the run started at.
 */
public final class ReviewBase {

    /** The environment variable Jenkins multibranch projects set to a pull request's target branch. */
    public static final String CHANGE_TARGET = "CHANGE_TARGET";

    /** Set by Jenkins' branch sources in a pull-request build. */
    public static final String CHANGE_ID = "CHANGE_ID";

    private ReviewBase() {
    }

    /**
     * A pull-request build: the workspace's {@code .obra.yml} is then the PR author's and is loaded as an
     * untrusted layer ({@link io.obra.config.ConfigSource#untrusted()}).
     */
    public static boolean isPullRequest(final Map<String, String> environment) {
        String id = environment.get(CHANGE_ID);
        return id != null && !id.isBlank();
    }

    /**
     * @param explicitBaseRef the base ref the user gave, if any
     * @param task            the task; empty for review mode
     * @param environment     the build environment
     */
    public static Optional<String> resolve(final Optional<String> explicitBaseRef, final Optional<String> task,
                                           final Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        Optional<String> explicit = explicitBaseRef.map(String::trim).filter(ref -> !ref.isEmpty());
        if (explicit.isPresent()) {
            return explicit;
        }
        boolean reviewMode = task.map(String::trim).filter(t -> !t.isEmpty()).isEmpty();
        if (!reviewMode) {
            return Optional.empty();
        }
        return Optional.ofNullable(environment.get(CHANGE_TARGET)).map(String::trim).filter(t -> !t.isEmpty())
                .map(target -> "origin/" + target);
    }
}
