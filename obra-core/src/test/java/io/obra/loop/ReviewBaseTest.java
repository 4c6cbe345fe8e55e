package io.obra.loop;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewBaseTest {

    private static final Map<String, String> PULL_REQUEST = Map.of("CHANGE_TARGET", "main", "CHANGE_ID", "42");

    @Test
    void reviewOfAPullRequestIsMeasuredAgainstItsTargetBranchOnTheRemote() {
        assertThat(ReviewBase.resolve(Optional.empty(), Optional.empty(), PULL_REQUEST)).contains("origin/main");
    }

    @Test
    void blankTaskCountsAsReviewMode() {
        assertThat(ReviewBase.resolve(Optional.of(" "), Optional.of("  "), PULL_REQUEST)).contains("origin/main");
    }

    @Test
    void explicitBaseRefWinsOverThePullRequestTarget() {
        assertThat(ReviewBase.resolve(Optional.of(" origin/release-2 "), Optional.empty(), PULL_REQUEST))
                .contains("origin/release-2");
    }

    @Test
    void taskRunsMeasureAgainstTheirStartCommitEvenOnAPullRequest() {
        assertThat(ReviewBase.resolve(Optional.empty(), Optional.of("Add validation"), PULL_REQUEST)).isEmpty();
    }

    @Test
    void reviewOutsideAPullRequestLeavesTheBaseToTheEngine() {
        assertThat(ReviewBase.resolve(Optional.empty(), Optional.empty(), Map.of("BRANCH_NAME", "main"))).isEmpty();
        assertThat(ReviewBase.resolve(Optional.empty(), Optional.empty(), Map.of("CHANGE_TARGET", " "))).isEmpty();
    }

    @Test
    void aBuildWithAChangeIdIsAPullRequest() {
        assertThat(ReviewBase.isPullRequest(Map.of("CHANGE_ID", "42"))).isTrue();
        assertThat(ReviewBase.isPullRequest(Map.of("CHANGE_ID", " "))).isFalse();
        assertThat(ReviewBase.isPullRequest(Map.of("BRANCH_NAME", "main"))).isFalse();
    }
}
