package io.jenkins.plugins.obra;

/**
 * Marks the build (and, in Pipeline, the step's stage) unstable when the gate fails with
 * {@code onFail: 'UNSTABLE'}; the step then still returns its result.
 */
@FunctionalInterface
interface BuildResultHandler {

    void markUnstable(String message);
}
