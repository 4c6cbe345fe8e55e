// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/AlertHandler.java. Never packaged.
package org.htmlunit;

public interface AlertHandler {
    void handleAlert(Page page, String message);
}
