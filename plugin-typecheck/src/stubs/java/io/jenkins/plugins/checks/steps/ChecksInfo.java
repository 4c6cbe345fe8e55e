// Signature stub of jenkinsci/checks-api-plugin (tag 415.vf022234a_931d, as managed by bom-2.541.x 6916.v15ec97679743),
// src/main/java/io/jenkins/plugins/checks/steps/ChecksInfo.java. Bodies throw. Never packaged. The details URL
// (second constructor, getDetailsURL) is new since 402.vca_263b_f200e3, the jar javap could check.
package io.jenkins.plugins.checks.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;

public class ChecksInfo implements Serializable {
    public ChecksInfo(final String name) {
        throw new UnsupportedOperationException("stub");
    }

    public ChecksInfo(final String name, @CheckForNull final String detailsURL) {
        throw new UnsupportedOperationException("stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public String getDetailsURL() {
        throw new UnsupportedOperationException("stub");
    }
}
