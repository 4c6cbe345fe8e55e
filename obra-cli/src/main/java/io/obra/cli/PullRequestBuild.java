package io.obra.cli;

import io.obra.loop.ReviewBase;

import java.util.Optional;
import java.util.Set;

/**
 * Whether this process runs in a CI build of a pull (merge) request, whose checkout, {@code .obra.yml}
 * included, is written by the request's author: GitHub Actions pull-request events, GitLab merge-request
 * pipelines, Jenkins multibranch pull requests ({@code CHANGE_ID}), Bitbucket Pipelines, Buildkite, CircleCI
 * and Azure Pipelines.
 */
final class PullRequestBuild {

    private static final Set<String> GITHUB_EVENTS = Set.of("pull_request", "pull_request_target",
            "pull_request_review", "pull_request_review_comment");

    private PullRequestBuild() {
    }

    /** What marks this build as a pull-request build, e.g. {@code GITHUB_EVENT_NAME=pull_request_target}. */
    static Optional<String> detect(final CliEnvironment env) {
        Optional<String> github = env.get("GITHUB_EVENT_NAME").filter(GITHUB_EVENTS::contains);
        if (github.isPresent()) {
            return Optional.of("GITHUB_EVENT_NAME=" + github.get());
        }
        if (env.get("CI_MERGE_REQUEST_IID").isPresent()) {
            return Optional.of("CI_MERGE_REQUEST_IID is set (GitLab merge request pipeline)");
        }
        if (ReviewBase.isPullRequest(env.variables())) {
            return Optional.of(ReviewBase.CHANGE_ID + " is set (Jenkins pull request)");
        }
        for (String name : new String[] {"BITBUCKET_PR_ID", "CIRCLE_PULL_REQUEST", "SYSTEM_PULLREQUEST_PULLREQUESTID"}) {
            if (env.get(name).isPresent()) {
                return Optional.of(name + " is set");
            }
        }
        return env.get("BUILDKITE_PULL_REQUEST").filter(v -> !v.equals("false"))
                .map(v -> "BUILDKITE_PULL_REQUEST=" + v);
    }
}
