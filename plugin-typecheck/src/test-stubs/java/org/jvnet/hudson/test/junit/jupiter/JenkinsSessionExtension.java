// Signature stub of jenkinsci/jenkins-test-harness (tag 2578.v44660312fd37, the version plugin parent 6.2221 manages),
// src/main/java/org/jvnet/hudson/test/junit/jupiter/JenkinsSessionExtension.java. Bodies throw. Never packaged.
// Step's single method is declared here; the real Step inherits it from JenkinsSessionFixture.Step.
package org.jvnet.hudson.test.junit.jupiter;

import java.io.File;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.JenkinsRule;

public class JenkinsSessionExtension implements BeforeEachCallback, AfterEachCallback {
    public File getHome() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void beforeEach(final ExtensionContext context) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void afterEach(final ExtensionContext context) {
        throw new UnsupportedOperationException("stub");
    }

    @FunctionalInterface
    public interface Step {
        void run(JenkinsRule r) throws Throwable;
    }

    public void then(final Step s) throws Throwable {
        throw new UnsupportedOperationException("stub");
    }
}
