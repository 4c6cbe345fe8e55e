// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/LinesChartModel.java. Bodies throw. Never packaged.
package edu.hm.hafner.echarts;

import java.util.List;

public class LinesChartModel {
    public LinesChartModel(final LinesDataSet dataSet) {
        throw new UnsupportedOperationException("stub");
    }

    public LinesChartModel() {
        throw new UnsupportedOperationException("stub");
    }

    public void setDomainAxisItemName(final String domainAxisItemName) {
        throw new UnsupportedOperationException("stub");
    }

    public void useContinuousRangeAxis() {
        throw new UnsupportedOperationException("stub");
    }

    public void setRangeMax(final int rangeMax) {
        throw new UnsupportedOperationException("stub");
    }

    public void setRangeMin(final int rangeMin) {
        throw new UnsupportedOperationException("stub");
    }

    public void addSeries(final LineSeries... lineSeries) {
        throw new UnsupportedOperationException("stub");
    }

    public List<String> getDomainAxisLabels() {
        throw new UnsupportedOperationException("stub");
    }

    public List<Integer> getBuildNumbers() {
        throw new UnsupportedOperationException("stub");
    }

    public List<LineSeries> getSeries() {
        throw new UnsupportedOperationException("stub");
    }

    public int size() {
        throw new UnsupportedOperationException("stub");
    }
}
