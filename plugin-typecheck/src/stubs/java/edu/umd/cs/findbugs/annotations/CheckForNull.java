// Signature stub of spotbugs/spotbugs spotbugs-annotations (the version Jenkins 2.541.3 manages; checked with
// javap against spotbugs-annotations 4.0.2: same targets and retention). Omitted: @javax.annotation.Nonnull meta-annotation.
package edu.umd.cs.findbugs.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.LOCAL_VARIABLE})
@Retention(RetentionPolicy.CLASS)
public @interface CheckForNull {
}
