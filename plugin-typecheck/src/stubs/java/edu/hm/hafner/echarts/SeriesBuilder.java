// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/SeriesBuilder.java. Bodies throw. Never packaged.
package edu.hm.hafner.echarts;

import java.util.List;
import java.util.Map;

public abstract class SeriesBuilder<T> {
    protected SeriesBuilder() {
        throw new UnsupportedOperationException("stub");
    }

    public LinesDataSet createAggregatedDataSet(final ChartModelConfiguration configuration,
            final List<Iterable<? extends BuildResult<T>>> results) {
        throw new UnsupportedOperationException("stub");
    }

    public LinesDataSet createDataSet(final ChartModelConfiguration configuration,
            final Iterable<? extends BuildResult<T>> results) {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract Map<String, Integer> computeSeries(T current);
}
