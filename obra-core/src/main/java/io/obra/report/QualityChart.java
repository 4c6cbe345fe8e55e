package io.obra.report;

import io.obra.report.Report.IterationReport;
import io.obra.report.Report.VerdictInfo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An inline SVG of quality (bars) and confidence (line, scaled ×100) per iteration, with the gate's
 * thresholds dashed. Colours are presentation attributes rather than CSS, so the chart keeps them even
 * where a Content-Security-Policy blocks inline styles (as Jenkins does for archived artifacts).
 * Only numbers go into it.
 */
final class QualityChart {

    private static final int TOP = 16;
    private static final int PLOT_HEIGHT = 130;
    private static final int LEFT = 36;
    private static final int STEP = 56;
    private static final int BAR = 30;
    private static final String PASS = "#2e7d32";
    private static final String FAIL = "#c62828";
    private static final String LINE = "#1565c0";

    private QualityChart() {
    }

    static void write(final HtmlBuilder html, final List<IterationReport> iterations, final int minQuality,
                      final double minConfidence) {
        int width = Math.max(260, LEFT + STEP * iterations.size() + 20);
        int height = TOP + PLOT_HEIGHT + 40;
        html.markup(format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">", width, height, width, height));
        html.markup("<title id=\"chart-title\">Quality (bars) and confidence ×100 (line) per iteration; "
                + "dashed: the gate's minimums</title>");
        axis(html, width);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < iterations.size(); i++) {
            IterationReport it = iterations.get(i);
            int x = LEFT + 12 + STEP * i;
            Optional<VerdictInfo> v = it.verdict();
            if (v.isPresent()) {
                int q = clamp(v.get().quality());
                int y = y(q);
                html.markup(format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                        x, y, BAR, TOP + PLOT_HEIGHT - y, q >= minQuality ? PASS : FAIL));
                html.markup(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%d</text>",
                        x + BAR / 2, y - 3, q));
                double c = Math.max(0, Math.min(1, v.get().confidence()));
                int cy = y((int) Math.round(c * 100));
                line.append(line.length() == 0 ? "" : " ").append(x + BAR / 2).append(',').append(cy);
                html.markup(format("<circle cx=\"%d\" cy=\"%d\" r=\"3.5\" fill=\"%s\"/>", x + BAR / 2, cy, LINE));
            } else {
                html.markup(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"#666\">"
                        + "no verdict</text>", x + BAR / 2, TOP + PLOT_HEIGHT - 4));
            }
            html.markup(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">#%d</text>",
                    x + BAR / 2, TOP + PLOT_HEIGHT + 14, it.number()));
        }
        if (line.length() > 0) {
            html.markup("<polyline fill=\"none\" stroke=\"" + LINE + "\" stroke-width=\"2\" points=\"" + line + "\"/>");
        }
        threshold(html, width, clamp(minQuality), "#555", "min quality " + clamp(minQuality));
        int confidenceLevel = (int) Math.round(Math.max(0, Math.min(1, minConfidence)) * 100);
        threshold(html, width, confidenceLevel, LINE, String.format(Locale.ROOT, "min confidence %.2f", minConfidence));
        html.markup(format("<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">■ quality</text>",
                LEFT, height - 6, PASS));
        html.markup(format("<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">● confidence ×100</text>",
                LEFT + 70, height - 6, LINE));
        html.markup("</svg>");
    }

    private static void axis(final HtmlBuilder html, final int width) {
        html.markup(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                LEFT, TOP + PLOT_HEIGHT, width - 8, TOP + PLOT_HEIGHT));
        for (int level : new int[] {0, 50, 100}) {
            html.markup(format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"10\" fill=\"#666\">%d</text>",
                    LEFT - 4, y(level) + 4, level));
        }
    }

    private static void threshold(final HtmlBuilder html, final int width, final int level, final String colour,
                                  final String label) {
        html.markup(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\">",
                LEFT, y(level), width - 8, y(level), colour));
        // The label is built from numbers only.
        html.markup("<title>").text(label).markup("</title></line>");
    }

    private static int y(final int level) {
        return TOP + PLOT_HEIGHT - level * PLOT_HEIGHT / 100;
    }

    private static int clamp(final int score) {
        return Math.max(0, Math.min(100, score));
    }

    private static String format(final String template, final Object... numbers) {
        return String.format(Locale.ROOT, template, numbers);
    }
}
