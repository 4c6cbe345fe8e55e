// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/LinesDataSet.java. Bodies throw. Never packaged.
package edu.hm.hafner.echarts;

import java.util.List;
import java.util.Map;
import java.util.Set;

public class LinesDataSet {
    public LinesDataSet() {
        throw new UnsupportedOperationException("stub");
    }

    public int getDomainAxisSize() {
        throw new UnsupportedOperationException("stub");
    }

    public List<String> getDomainAxisLabels() {
        throw new UnsupportedOperationException("stub");
    }

    public Set<String> getDataSetIds() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isEmpty() {
        throw new UnsupportedOperationException("stub");
    }

    public List<Integer> getSeries(final String dataSetId) {
        throw new UnsupportedOperationException("stub");
    }

    public void add(final String domainAxisLabel, final Map<String, Integer> dataSetValues) {
        throw new UnsupportedOperationException("stub");
    }

    public void add(final String domainAxisLabel, final Map<String, Integer> dataSetValues, final int buildNumber) {
        throw new UnsupportedOperationException("stub");
    }

    public List<Integer> getBuildNumbers() {
        throw new UnsupportedOperationException("stub");
    }
}
