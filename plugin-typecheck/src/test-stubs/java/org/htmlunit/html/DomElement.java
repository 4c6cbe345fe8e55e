// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/html/DomElement.java. Only what the Obra tests use; bodies throw. Never packaged.
// Omitted: the intermediate DomNamespaceNode and org.w3c.dom.Element.
package org.htmlunit.html;

public class DomElement extends DomNode {
    public final String getTagName() {
        throw new UnsupportedOperationException("stub");
    }

    public String getAttribute(final String attributeName) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean hasAttribute(final String attributeName) {
        throw new UnsupportedOperationException("stub");
    }
}
