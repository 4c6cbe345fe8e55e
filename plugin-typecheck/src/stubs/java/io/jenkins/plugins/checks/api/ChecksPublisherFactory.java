// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against checks-api 402.vca_263b_f200e3, whose signatures of these classes are the same),
// src/main/java/io/jenkins/plugins/checks/api/ChecksPublisherFactory.java. Bodies throw. Never packaged.
package io.jenkins.plugins.checks.api;

import hudson.ExtensionPoint;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Optional;

public abstract class ChecksPublisherFactory implements ExtensionPoint {
    protected Optional<ChecksPublisher> createPublisher(final Run<?, ?> run, final TaskListener listener) {
        throw new UnsupportedOperationException("stub");
    }

    protected Optional<ChecksPublisher> createPublisher(final Job<?, ?> job, final TaskListener listener) {
        throw new UnsupportedOperationException("stub");
    }

    public static ChecksPublisher fromRun(final Run<?, ?> run, final TaskListener listener) {
        throw new UnsupportedOperationException("stub");
    }

    public static ChecksPublisher fromJob(final Job<?, ?> job, final TaskListener listener) {
        throw new UnsupportedOperationException("stub");
    }
}
