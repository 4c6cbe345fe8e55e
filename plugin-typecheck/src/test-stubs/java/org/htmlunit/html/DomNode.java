// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/html/DomNode.java. Only what the Obra tests use; bodies throw. Never packaged.
// Omitted supertypes: org.w3c.dom.Node, Cloneable, Serializable and the rest.
package org.htmlunit.html;

public abstract class DomNode {
    public String getTextContent() {
        throw new UnsupportedOperationException("stub");
    }

    public String asNormalizedText() {
        throw new UnsupportedOperationException("stub");
    }

    public String asXml() {
        throw new UnsupportedOperationException("stub");
    }

    public DomNodeList<DomNode> querySelectorAll(final String selectors) {
        throw new UnsupportedOperationException("stub");
    }

    public <N extends DomNode> N querySelector(final String selectors) {
        throw new UnsupportedOperationException("stub");
    }
}
