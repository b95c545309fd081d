package com.tripavail.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a published integration event. {@code type} is the stable name on the
 * wire (never the Java class name, so classes can move); {@code version} changes only for
 * a breaking change, additive changes stay within a version.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    String type();

    int version() default 1;
}
