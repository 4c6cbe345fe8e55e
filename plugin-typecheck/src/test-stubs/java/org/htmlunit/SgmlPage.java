// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/SgmlPage.java. Only what the Obra tests use; bodies throw. Never packaged. Omitted
// supertype: org.w3c.dom.Document.
package org.htmlunit;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.DomNodeList;

public abstract class SgmlPage extends DomNode implements Page {
    @Override
    public WebResponse getWebResponse() {
        throw new UnsupportedOperationException("stub");
    }

    public DomNodeList<DomElement> getElementsByTagName(final String tagName) {
        throw new UnsupportedOperationException("stub");
    }
}
