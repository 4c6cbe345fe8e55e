// Signature stub of jenkinsci/jenkins-test-harness (tag 2578.v44660312fd37, the version plugin parent 6.2221 manages),
// src/main/java/org/jvnet/hudson/test/junit/jupiter/WithJenkins.java. Omitted: @ExtendWith(JenkinsExtension.class).
package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkins {
}
