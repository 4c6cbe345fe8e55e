// Signature stub of jenkinsci/jenkins-test-harness (tag 2578.v44660312fd37, the version plugin parent 6.2221 manages),
// src/main/java/org/jvnet/hudson/test/junit/jupiter/BuildWatcherExtension.java (JUnit Jupiter's extension API is real).
package org.jvnet.hudson.test.junit.jupiter;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

public class BuildWatcherExtension implements BeforeAllCallback, AfterAllCallback {
    public BuildWatcherExtension() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void beforeAll(@NonNull ExtensionContext extensionContext) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void afterAll(@NonNull ExtensionContext extensionContext) {
        throw new UnsupportedOperationException("stub");
    }
}
