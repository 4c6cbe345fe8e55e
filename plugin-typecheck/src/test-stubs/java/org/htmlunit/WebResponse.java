// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/WebResponse.java. Only what the Obra tests use; bodies throw. Never packaged.
package org.htmlunit;

import java.io.Serializable;

public class WebResponse implements Serializable {
    public int getStatusCode() {
        throw new UnsupportedOperationException("stub");
    }

    public String getContentAsString() {
        throw new UnsupportedOperationException("stub");
    }
}
