package io.obra.loop;

import io.obra.gate.Outcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run ended, as the Pipeline step returns it and the CLI prints it.
 *
 * @param error      for {@link Outcome#ERROR}: what failed and how to fix it (never a secret)
 * @param reportPath workspace-relative path of {@code obra-report.json}
 */
public record RunResult(Outcome outcome, int quality, double confidence, int iterations, double costUsd,
                        String summary, String reportPath, Optional<String> error) {

    public RunResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reportPath, "reportPath");
        Objects.requireNonNull(error, "error");
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /**
     * The Pipeline step's return value: keys {@code passed, quality, confidence, iterations, costUsd,
     * summary, reportPath} (and {@code outcome}, {@code error}); plain JDK types only, so CPS can
     * serialise it.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("passed", passed());
        map.put("outcome", outcome.name());
        map.put("quality", quality);
        map.put("confidence", confidence);
        map.put("iterations", iterations);
        map.put("costUsd", costUsd);
        map.put("summary", summary);
        map.put("reportPath", reportPath);
        map.put("error", error.orElse(null));
        return map;
    }
}
