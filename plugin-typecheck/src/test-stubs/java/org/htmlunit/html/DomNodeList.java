// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/html/DomNodeList.java. Never packaged.
package org.htmlunit.html;

import java.util.List;
import org.w3c.dom.NodeList;

public interface DomNodeList<E extends DomNode> extends NodeList, List<E> {
}
