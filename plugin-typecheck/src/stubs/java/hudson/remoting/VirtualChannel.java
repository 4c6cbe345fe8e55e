// Signature stub of jenkinsci/remoting (3352.v17a_fb_4b_2773f, the version jenkins-2.541.3 uses),
// src/main/java/hudson/remoting/VirtualChannel.java. Type only; no method is used.
package hudson.remoting;

public interface VirtualChannel {
}
