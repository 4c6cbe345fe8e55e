// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/Build.java. Bodies throw. Never packaged.
package edu.hm.hafner.echarts;

public class Build implements Comparable<Build> {
    public Build(final int number) {
        throw new UnsupportedOperationException("stub");
    }

    public Build(final int number, final String displayName, final int buildTime) {
        throw new UnsupportedOperationException("stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int compareTo(final Build o) {
        throw new UnsupportedOperationException("stub");
    }
}
