// Signature stub of jenkinsci/credentials-plugin (HEAD d96751bc, 2026-04-22; the BOM manages 1511.v2e3cb_0008ef0, checked with javap against 1487.va_d001ede2c31),
// src/main/java/com/cloudbees/plugins/credentials/CredentialsStore.java. Omitted interface: Saveable.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import java.io.IOException;

public abstract class CredentialsStore implements AccessControlled {
    public abstract boolean addCredentials(@NonNull Domain domain, @NonNull Credentials credentials) throws IOException;
}
