// Signature stub of jenkinsci/echarts-api-plugin (tag 6.0.0-1247.vf3e35a_c1813f, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against echarts-api 6.0.0-1146.v5c8f3b_8f0573, whose Java sources are the same),
// src/main/java/io/jenkins/plugins/echarts/JenkinsPalette.java. Bodies throw. Never packaged.
package io.jenkins.plugins.echarts;

public enum JenkinsPalette {
    BLACK, BLUE, BROWN, CYAN, GREY, GREEN, INDIGO, ORANGE, PINK, PURPLE, RED, WHITE, YELLOW;

    public static JenkinsPalette chartColor(final int index) {
        throw new UnsupportedOperationException("stub");
    }

    public String light() {
        throw new UnsupportedOperationException("stub");
    }

    public String normal() {
        throw new UnsupportedOperationException("stub");
    }

    public String dark() {
        throw new UnsupportedOperationException("stub");
    }
}
