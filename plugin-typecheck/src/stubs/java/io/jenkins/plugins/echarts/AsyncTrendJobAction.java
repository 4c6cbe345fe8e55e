// Signature stub of jenkinsci/echarts-api-plugin (tag 6.0.0-1247.vf3e35a_c1813f, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against echarts-api 6.0.0-1146.v5c8f3b_8f0573, whose Java sources are the same),
// src/main/java/io/jenkins/plugins/echarts/AsyncTrendJobAction.java. Bodies throw. Never packaged.
// Omitted: @JavaScriptMethod on getBuildTrendModel() (Stapler's bind annotation).
package io.jenkins.plugins.echarts;

import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.LinesChartModel;
import hudson.model.Job;
import io.jenkins.plugins.util.BuildAction;
import io.jenkins.plugins.util.JobAction;

public abstract class AsyncTrendJobAction<T extends BuildAction<?>> extends JobAction<T> implements AsyncTrendChart {
    protected AsyncTrendJobAction(final Job<?, ?> owner, final Class<T> buildActionClass) {
        super(owner, buildActionClass);
    }

    @Override
    public String getBuildTrendModel() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean isTrendVisible() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract LinesChartModel createChartModel();

    protected Iterable<? extends BuildResult<T>> createBuildHistory() {
        throw new UnsupportedOperationException("stub");
    }
}
