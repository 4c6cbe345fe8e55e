// Signature stub of jenkinsci/echarts-api-plugin (tag 6.0.0-1247.vf3e35a_c1813f, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against echarts-api 6.0.0-1146.v5c8f3b_8f0573, whose Java sources are the same),
// src/main/java/io/jenkins/plugins/echarts/AsyncTrendChart.java. Never packaged.
package io.jenkins.plugins.echarts;

public interface AsyncTrendChart {
    String getBuildTrendModel();

    boolean isTrendVisible();
}
