// Signature stub of jenkinsci/lib-symbol-annotation (org.jenkins-ci:symbol-annotation 1.25, as managed by
// jenkins-2.541.3's bom), src/main/java/org/jenkinsci/Symbol.java. Omitted: @Indexed (annotation-indexer).
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
