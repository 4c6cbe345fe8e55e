// Signature stub of jenkinsci/variant-plugin (org.jenkins-ci.plugins:variant 70.va_d9f17f859e0, as managed by
// bom-2.541.x 6916.v15ec97679743; checked with javap against that jar), src/main/java/org/jenkinsci/plugins/variant/OptionalExtension.java.
// Never packaged. Omitted: @Indexable (sezpoz), which makes the real annotation an extension index entry.
package org.jenkinsci.plugins.variant;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD})
@Documented
public @interface OptionalExtension {
    double ordinal() default 0;

    String[] requirePlugins() default {};

    Class[] requireClasses() default {};

    String[] requireVariants() default {};
}
