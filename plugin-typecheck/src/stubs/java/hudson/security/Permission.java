// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/security/Permission.java.
// Only what the Obra plugin and its tests use; bodies throw. Never packaged.
package hudson.security;

public final class Permission {
    private Permission() {
        throw new UnsupportedOperationException("stub");
    }
}
