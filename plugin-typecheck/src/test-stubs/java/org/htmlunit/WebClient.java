// Signature stub of HtmlUnit 4.x (org.htmlunit, as jenkins-test-harness 2578.v44660312fd37 uses it through
// jenkins-test-harness-htmlunit; checked with javap against org.htmlunit:htmlunit 4.11.1),
// src/main/java/org/htmlunit/WebClient.java. Only what the Obra tests use; bodies throw. Never packaged.
package org.htmlunit;

import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;

public class WebClient implements Serializable, AutoCloseable {
    public <P extends Page> P getPage(final String url)
            throws IOException, FailingHttpStatusCodeException, MalformedURLException {
        throw new UnsupportedOperationException("stub");
    }

    public void setAlertHandler(final AlertHandler alertHandler) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("stub");
    }
}
