// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/html/HtmlPage.java. Only what the Obra tests use; bodies throw. Never packaged.
package org.htmlunit.html;

import org.htmlunit.SgmlPage;

public class HtmlPage extends SgmlPage {
    public DomElement getElementById(final String elementId) {
        throw new UnsupportedOperationException("stub");
    }

    public String getTitleText() {
        throw new UnsupportedOperationException("stub");
    }
}
