// Signature stub of jenkinsci/jenkins (tag jenkins-2.541.3), core/src/main/java/hudson/security/AuthorizationStrategy.java.
// Type only (tests install one); omitted: Describable and ExtensionPoint, and every member, including the abstract
// getRootACL() and getGroups(), so that test stubs may extend it without bodies. Never packaged.
package hudson.security;

public abstract class AuthorizationStrategy {
}
