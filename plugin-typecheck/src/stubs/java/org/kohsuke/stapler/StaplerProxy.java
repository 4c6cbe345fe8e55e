// Signature stub of jenkinsci/stapler (tag 2050.v425108fd5089, the Stapler of jenkins-2.541.3), core/src/main/java/org/kohsuke/stapler/StaplerProxy.java.
// Never packaged.
package org.kohsuke.stapler;

public interface StaplerProxy {
    Object getTarget();
}
