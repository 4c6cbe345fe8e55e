// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/CollectingAlertHandler.java. Bodies throw. Never packaged.
package org.htmlunit;

import java.io.Serializable;
import java.util.List;

public class CollectingAlertHandler implements AlertHandler, Serializable {
    public CollectingAlertHandler() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void handleAlert(final Page page, final String message) {
        throw new UnsupportedOperationException("stub");
    }

    public List<String> getCollectedAlerts() {
        throw new UnsupportedOperationException("stub");
    }
}
