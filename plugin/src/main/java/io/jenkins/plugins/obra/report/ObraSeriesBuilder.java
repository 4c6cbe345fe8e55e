package io.jenkins.plugins.obra.report;

import edu.hm.hafner.echarts.SeriesBuilder;
import io.obra.report.BuildScores;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One build's point on the Obra trend, from the numbers its {@link ObraRunAction} keeps in build.xml (so
 * drawing the trend never reads a report). The chart's values are integers: confidence is scaled ×100 to
 * share the quality's 0–100 axis, and cost is in US cents.
 */
class ObraSeriesBuilder extends SeriesBuilder<ObraRunAction> {

    static final String QUALITY = "quality";
    static final String CONFIDENCE = "confidence";
    static final String COST = "cost";

    @Override
    protected Map<String, Integer> computeSeries(final ObraRunAction action) {
        BuildScores scores = action.getScores();
        Map<String, Integer> series = new LinkedHashMap<>();
        series.put(QUALITY, scores.trendQuality());
        series.put(CONFIDENCE, scores.trendConfidence());
        series.put(COST, scores.trendCostCents());
        return series;
    }
}
