// Signature stub of jenkinsci/stapler (tag 2050.v425108fd5089, the Stapler of jenkins-2.541.3), core/src/main/java/org/kohsuke/stapler/QueryParameter.java.
// Omitted: @InjectedParameter(HandlerImpl.class) and the nested HandlerImpl.
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    String value() default "";

    boolean required() default false;

    boolean fixEmpty() default false;
}
