// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/FailingHttpStatusCodeException.java. Type only. Never packaged.
package org.htmlunit;

public class FailingHttpStatusCodeException extends RuntimeException {
    public int getStatusCode() {
        throw new UnsupportedOperationException("stub");
    }
}
