// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/ChartModelConfiguration.java. Bodies throw. Never packaged.
package edu.hm.hafner.echarts;

public class ChartModelConfiguration {
    public ChartModelConfiguration() {
        throw new UnsupportedOperationException("stub");
    }

    public ChartModelConfiguration(final AxisType axisType) {
        throw new UnsupportedOperationException("stub");
    }

    public static ChartModelConfiguration fromJson(final String json) {
        throw new UnsupportedOperationException("stub");
    }

    public AxisType getAxisType() {
        throw new UnsupportedOperationException("stub");
    }

    public int getBuildCount() {
        throw new UnsupportedOperationException("stub");
    }

    public enum AxisType {
        BUILD,
        DATE
    }
}
