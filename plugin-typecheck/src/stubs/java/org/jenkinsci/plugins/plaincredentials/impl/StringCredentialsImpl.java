// Signature stub of jenkinsci/plain-credentials-plugin (tag 199.v9f8e1f741799, as managed by bom-2.541.x 6916.v15ec97679743; checked with javap),
// src/main/java/org/jenkinsci/plugins/plaincredentials/impl/StringCredentialsImpl.java.
// Omitted supertype: com.cloudbees.plugins.credentials.impl.BaseStandardCredentials (its members are declared here).
package org.jenkinsci.plugins.plaincredentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

public final class StringCredentialsImpl implements StringCredentials {
    public StringCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id,
                                 @CheckForNull String description, @NonNull Secret secret) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Secret getSecret() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public CredentialsScope getScope() {
        throw new UnsupportedOperationException("stub");
    }
}
