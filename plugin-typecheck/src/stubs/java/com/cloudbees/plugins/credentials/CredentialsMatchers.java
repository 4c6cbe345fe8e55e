// Signature stub of jenkinsci/credentials-plugin (HEAD d96751bc, 2026-04-22; the BOM manages 1511.v2e3cb_0008ef0, checked with javap against 1487.va_d001ede2c31),
// src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

public class CredentialsMatchers {
    private CredentialsMatchers() {
    }

    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("stub");
    }

    public static CredentialsMatcher withId(@NonNull String id) {
        throw new UnsupportedOperationException("stub");
    }
}
