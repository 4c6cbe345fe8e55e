// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, its "tests" classifier jar as managed by
// bom-2.541.x 6916.v15ec97679743), src/test/java/io/jenkins/plugins/checks/util/CapturingChecksPublisher.java.
// Bodies throw. Never packaged.
package io.jenkins.plugins.checks.util;

import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksPublisher;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import java.util.List;
import java.util.Optional;

public class CapturingChecksPublisher extends ChecksPublisher {
    @Override
    public void publish(final ChecksDetails details) {
        throw new UnsupportedOperationException("stub");
    }

    public static class Factory extends ChecksPublisherFactory {
        @Override
        protected Optional<ChecksPublisher> createPublisher(final Run<?, ?> run, final TaskListener listener) {
            throw new UnsupportedOperationException("stub");
        }

        @Override
        protected Optional<ChecksPublisher> createPublisher(final Job<?, ?> job, final TaskListener listener) {
            throw new UnsupportedOperationException("stub");
        }

        public List<ChecksDetails> getPublishedChecks() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
