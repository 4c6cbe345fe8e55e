package io.obra.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PullRequestBuildTest {

    private static Optional<String> detect(final Map<String, String> variables) {
        return PullRequestBuild.detect(Flags.environment(Path.of("/tmp"), variables));
    }

    @Test
    void recognisesPullRequestBuildsOfTheCommonCiSystems() {
        assertThat(detect(Map.of("GITHUB_EVENT_NAME", "pull_request_target"))).isPresent();
        assertThat(detect(Map.of("GITHUB_EVENT_NAME", "pull_request"))).isPresent();
        assertThat(detect(Map.of("CI_MERGE_REQUEST_IID", "7"))).isPresent();
        assertThat(detect(Map.of("CHANGE_ID", "42"))).contains("CHANGE_ID is set (Jenkins pull request)");
        assertThat(detect(Map.of("BUILDKITE_PULL_REQUEST", "12"))).isPresent();
        assertThat(detect(Map.of("CIRCLE_PULL_REQUEST", "https://github.com/o/r/pull/3"))).isPresent();
    }

    @Test
    void otherBuildsAreNot() {
        assertThat(detect(Map.of())).isEmpty();
        assertThat(detect(Map.of("GITHUB_EVENT_NAME", "push", "CI", "true"))).isEmpty();
        assertThat(detect(Map.of("BUILDKITE_PULL_REQUEST", "false"))).isEmpty();
        assertThat(detect(Map.of("CHANGE_ID", " "))).isEmpty();
    }
}
