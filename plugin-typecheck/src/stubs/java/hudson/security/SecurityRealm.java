// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/security/SecurityRealm.java.
// Type only (tests install one); omitted: Describable and ExtensionPoint, and every member. Never packaged.
package hudson.security;

public abstract class SecurityRealm {
}
