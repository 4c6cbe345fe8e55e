// Signature stub of jenkinsci/configuration-as-code-plugin (tag 2117.vc05a_0b_e6b_f4e, as managed by the BOM),
// test-harness/src/main/java/io/jenkins/plugins/casc/misc/junit/jupiter/AbstractRoundTripTest.java.
// The real class is @WithJenkins and its roundTripTest is a JUnit @Test; here only the signatures.
package io.jenkins.plugins.casc.misc.junit.jupiter;

import java.nio.file.Path;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
public abstract class AbstractRoundTripTest {
    public Path tempFolder;

    protected abstract void assertConfiguredAsExpected(JenkinsRule j, String configContent);

    protected String configResource() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract String stringInLogExpected();

    public void roundTripTest(JenkinsRule r) throws Throwable {
        throw new UnsupportedOperationException("stub");
    }
}
