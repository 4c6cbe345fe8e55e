// Signature stub of jenkinsci/plain-credentials-plugin (tag 199.v9f8e1f741799, as managed by bom-2.541.x 6916.v15ec97679743; checked with javap),
// src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java.
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

public interface StringCredentials extends StandardCredentials {
    @NonNull
    Secret getSecret();
}
