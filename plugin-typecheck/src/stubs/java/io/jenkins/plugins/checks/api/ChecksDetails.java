// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against checks-api 402.vca_263b_f200e3, whose signatures of these classes are the same),
// src/main/java/io/jenkins/plugins/checks/api/ChecksDetails.java. Bodies throw. Never packaged. Omitted: the
// builder's withActions/addAction and getActions() (ChecksAction), which Obra does not use.
package io.jenkins.plugins.checks.api;

import java.time.LocalDateTime;
import java.util.Optional;

public class ChecksDetails {
    private ChecksDetails() {
    }

    public Optional<String> getName() {
        throw new UnsupportedOperationException("stub");
    }

    public ChecksStatus getStatus() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getDetailsURL() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<LocalDateTime> getStartedAt() {
        throw new UnsupportedOperationException("stub");
    }

    public ChecksConclusion getConclusion() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<LocalDateTime> getCompletedAt() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<ChecksOutput> getOutput() {
        throw new UnsupportedOperationException("stub");
    }

    public static class ChecksDetailsBuilder {
        public ChecksDetailsBuilder() {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withName(final String name) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withStatus(final ChecksStatus status) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withDetailsURL(final String detailsURL) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withStartedAt(final LocalDateTime startedAt) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withConclusion(final ChecksConclusion conclusion) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withCompletedAt(final LocalDateTime completedAt) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetailsBuilder withOutput(final ChecksOutput output) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksDetails build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
