// Signature stub of jenkinsci/workflow-cps-plugin (HEAD e007b7ff, 2026-07-21; the BOM manages 4370.v49a_6937566b_6, checked with javap against 4303.v8fa_2a_581f0a_6),
// plugin/src/test/java/org/jenkinsci/plugins/workflow/cps/SnippetizerTester.java (the workflow-cps "tests" jar).
package org.jenkinsci.plugins.workflow.cps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Describable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jvnet.hudson.test.JenkinsRule;

public class SnippetizerTester {
    public SnippetizerTester(JenkinsRule r) {
        throw new UnsupportedOperationException("stub");
    }

    public void assertGenerateSnippet(@NonNull String json, @NonNull String responseText, @CheckForNull String referer)
            throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void assertRoundTrip(Step step, String expected) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void assertParseStep(Step expectedStep, String script) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public static void assertDocGeneration(Class<? extends Describable> describableClass) throws Exception {
        throw new UnsupportedOperationException("stub");
    }
}
