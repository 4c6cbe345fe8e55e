// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/LineSeries.java. Bodies throw. Never packaged. Omitted: the style getters
// (AreaStyle, ItemStyle, Emphasis), which only Jackson reads.
package edu.hm.hafner.echarts;

import java.util.List;

public class LineSeries {
    public LineSeries(final String name, final String color, final StackedMode stackedMode,
            final FilledMode filledMode) {
        throw new UnsupportedOperationException("stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    public List<Integer> getData() {
        throw new UnsupportedOperationException("stub");
    }

    public void add(final int value) {
        throw new UnsupportedOperationException("stub");
    }

    public void addAll(final List<Integer> values) {
        throw new UnsupportedOperationException("stub");
    }

    public enum StackedMode {
        STACKED,
        SEPARATE_LINES
    }

    public enum FilledMode {
        FILLED,
        LINES
    }
}
