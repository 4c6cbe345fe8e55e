// Signature stub of jenkinsci/stapler (tag 2050.v425108fd5089, the Stapler of jenkins-2.541.3), core/src/main/java/org/kohsuke/stapler/verb/POST.java.
// Omitted: @InterceptorAnnotation(value = HttpVerbInterceptor.class, stage = Stage.SELECTION).
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {
}
