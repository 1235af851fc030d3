package org.parley.lint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the class, method or field it marks use an API that the build's forbiddenapis check refuses elsewhere (see
 * the root pom). Used narrowly, where the API is the point: a command-line entry point printing to the console, the
 * JDK's own HTTP server in tests and the demo. The reason says why.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the forbidden API is right here. */
  String reason();
}
