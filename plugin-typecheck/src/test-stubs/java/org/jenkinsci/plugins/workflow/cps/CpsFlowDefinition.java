// Signature stub of jenkinsci/workflow-cps-plugin (HEAD e007b7ff, 2026-07-21; the BOM manages 4370.v49a_6937566b_6, checked with javap against 4303.v8fa_2a_581f0a_6),
// plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowDefinition.java.
package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public class CpsFlowDefinition extends FlowDefinition {
    @Deprecated
    public CpsFlowDefinition(String script) throws Descriptor.FormException {
        throw new UnsupportedOperationException("stub");
    }

    public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
        throw new UnsupportedOperationException("stub");
    }

    public String getScript() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isSandbox() {
        throw new UnsupportedOperationException("stub");
    }
}
