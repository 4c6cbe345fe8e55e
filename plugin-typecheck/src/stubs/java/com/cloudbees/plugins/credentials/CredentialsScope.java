// Signature stub of jenkinsci/credentials-plugin (HEAD d96751bc, 2026-04-22; the BOM manages 1511.v2e3cb_0008ef0, checked with javap against 1487.va_d001ede2c31),
// src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java.
package com.cloudbees.plugins.credentials;

import java.io.Serializable;

public enum CredentialsScope implements Serializable {
    SYSTEM, GLOBAL, USER
}
