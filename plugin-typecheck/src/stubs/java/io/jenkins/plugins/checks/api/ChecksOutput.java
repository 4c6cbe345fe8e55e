// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against checks-api 402.vca_263b_f200e3, whose signatures of these classes are the same),
// src/main/java/io/jenkins/plugins/checks/api/ChecksOutput.java. Bodies throw. Never packaged. Omitted: images
// (ChecksImage) and the TruncatedString overloads, which Obra does not use.
package io.jenkins.plugins.checks.api;

import java.util.List;
import java.util.Optional;

public class ChecksOutput {
    public ChecksOutput(final ChecksOutput that) {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getTitle() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getSummary() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getSummary(final int maxSize) {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getText() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getText(final int maxSize) {
        throw new UnsupportedOperationException("stub");
    }

    public List<ChecksAnnotation> getChecksAnnotations() {
        throw new UnsupportedOperationException("stub");
    }

    public static class ChecksOutputBuilder {
        public ChecksOutputBuilder() {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksOutputBuilder withTitle(final String title) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksOutputBuilder withSummary(final String summary) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksOutputBuilder withText(final String text) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksOutputBuilder withAnnotations(final List<ChecksAnnotation> annotations) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksOutputBuilder addAnnotation(final ChecksAnnotation annotation) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksOutput build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
