package io.obra.loop;

import io.obra.report.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a run has gathered so far; confined to the run's thread. */
final class RunState {

    final RunRequest request;
    final String startedAt;
    final long startNanos;
    final List<IterationRecord> iterations = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    Optional<String> optimizedPrompt = Optional.empty();
    Optional<Report.ContextInfo> context = Optional.empty();
    boolean privacyEnabled;
    Map<String, Integer> redactionsByKind = Map.of();

    RunState(final RunRequest request, final String startedAt, final long startNanos) {
        this.request = request;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
    }

    Report.Redactions redactions() {
        int count = redactionsByKind.values().stream().mapToInt(Integer::intValue).sum();
        return new Report.Redactions(privacyEnabled, count, redactionsByKind);
    }
}
