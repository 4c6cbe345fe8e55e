// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against checks-api 402.vca_263b_f200e3, whose signatures of these classes are the same),
// src/main/java/io/jenkins/plugins/checks/api/ChecksAnnotation.java. Bodies throw. Never packaged.
package io.jenkins.plugins.checks.api;

import java.util.Optional;

public class ChecksAnnotation {
    public ChecksAnnotation(final ChecksAnnotation that) {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getPath() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<Integer> getStartLine() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<Integer> getEndLine() {
        throw new UnsupportedOperationException("stub");
    }

    public ChecksAnnotationLevel getAnnotationLevel() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getMessage() {
        throw new UnsupportedOperationException("stub");
    }

    public Optional<String> getTitle() {
        throw new UnsupportedOperationException("stub");
    }

    public enum ChecksAnnotationLevel {
        NONE,
        NOTICE,
        WARNING,
        FAILURE
    }

    public static class ChecksAnnotationBuilder {
        public ChecksAnnotationBuilder() {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withPath(final String path) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withLine(final int line) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withStartLine(final Integer startLine) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withEndLine(final Integer endLine) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withAnnotationLevel(final ChecksAnnotationLevel level) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withMessage(final String message) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotationBuilder withTitle(final String title) {
            throw new UnsupportedOperationException("stub");
        }

        public ChecksAnnotation build() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
