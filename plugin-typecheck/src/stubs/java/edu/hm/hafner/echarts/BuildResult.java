// Signature stub of uhafner/echarts-build-trends (tag v5.1.0, bundled in echarts-api 6.0.0-1247.vf3e35a_c1813f; checked with
// javap against the copy inside echarts-api 6.0.0-1146.v5c8f3b_8f0573, also 5.1.0),
// src/main/java/edu/hm/hafner/echarts/BuildResult.java. Bodies throw. Never packaged.
package edu.hm.hafner.echarts;

public class BuildResult<T> {
    public BuildResult(final Build build, final T result) {
        throw new UnsupportedOperationException("stub");
    }

    public Build getBuild() {
        throw new UnsupportedOperationException("stub");
    }

    public T getResult() {
        throw new UnsupportedOperationException("stub");
    }
}
