package io.obra.report;

import io.obra.report.Report.FindingInfo;
import io.obra.report.Report.ImplementerInfo;
import io.obra.report.Report.IterationReport;
import io.obra.report.Report.VerifyInfo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the Markdown, HTML and JUnit writers all derive from a report, and how they print numbers, so the
 * three files never disagree.
 */
final class ReportFacts {

    private static final List<String> SEVERITY_ORDER = List.of("blocker", "major", "minor", "info");

    private ReportFacts() {
    }

    static boolean isError(final Report report) {
        return "ERROR".equals(report.outcome());
    }

    /** Most severe first (blocker, major, minor, info, then any unknown spelling); equal ones keep their order. */
    static List<FindingInfo> mostSevereFirst(final List<FindingInfo> findings) {
        return findings.stream().sorted(Comparator.comparingInt(f -> severityRank(f.severity()))).toList();
    }

    static int severityRank(final String severity) {
        int rank = SEVERITY_ORDER.indexOf(severity.toLowerCase(Locale.ROOT));
        return rank < 0 ? SEVERITY_ORDER.size() : rank;
    }

    /** The implementer's total cost, empty when some round did not report one. */
    static Optional<Double> implementerCost(final Report report) {
        boolean known = report.iterations().stream().map(IterationReport::implementer).flatMap(Optional::stream)
                .allMatch(im -> im.costUsd().isPresent());
        return known ? Optional.of(report.totals().implementerCostUsd()) : Optional.empty();
    }

    /** The verify run the gate saw: the last one. */
    static Optional<VerifyInfo> lastVerify(final Report report) {
        Optional<VerifyInfo> last = Optional.empty();
        for (IterationReport it : report.iterations()) {
            if (it.verify().isPresent()) {
                last = it.verify();
            }
        }
        return last;
    }

    /** Tool names with their call counts, in order of first use: {@code Read ×3, Edit ×2}. */
    static String toolCounts(final ImplementerInfo implementer) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tool : implementer.tools()) {
            counts.merge(tool, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((tool, n) -> {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(tool);
            if (n > 1) {
                out.append(" ×").append(n);
            }
        });
        return out.toString();
    }

    /**
     * {@code $1.64} from one dollar up, {@code $0.0125} below (orchestrator calls cost fractions of a cent),
     * {@code $0.00} for nothing.
     */
    static String usd(final double amount) {
        if (amount == 0) {
            return "$0.00";
        }
        return amount >= 1 ? String.format(Locale.ROOT, "$%.2f", amount) : String.format(Locale.ROOT, "$%.4f", amount);
    }

    static String usd(final Optional<Double> amount) {
        return amount.map(ReportFacts::usd).orElse("unknown");
    }

    static String confidence(final double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String count(final long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 1 h 02 min}. */
    static String duration(final long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        long seconds = millis / 1_000;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        if (seconds < 3_600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3_600, seconds % 3_600 / 60);
    }

    static String plural(final long n, final String one, final String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** At most {@code max} characters, cut with an ellipsis. */
    static String truncate(final String text, final int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
