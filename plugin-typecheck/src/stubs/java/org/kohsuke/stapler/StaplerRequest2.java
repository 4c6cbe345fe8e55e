// Signature stub of jenkinsci/stapler (tag 2050.v425108fd5089, the Stapler of jenkins-2.541.3), core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java.
// Type only (the plugin passes it through); omitted supertype: jakarta.servlet.http.HttpServletRequest.
package org.kohsuke.stapler;

public interface StaplerRequest2 {
}
