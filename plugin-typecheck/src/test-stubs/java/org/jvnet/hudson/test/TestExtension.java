// Signature stub of jenkinsci/jenkins-test-harness (tag 2578.v44660312fd37, the version plugin parent 6.2221 manages),
// src/main/java/org/jvnet/hudson/test/TestExtension.java. Omitted: @Indexable (sezpoz). Never packaged.
package org.jvnet.hudson.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface TestExtension {
    String[] value() default {};
}
