package org.reformkit.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The style for small reformkit values made by a factory method ({@code CommitmentId.of("bpr")})
 * rather than a builder: identifiers, dates, symbols. It shares every choice of {@link ReformStyle}
 * except that all attributes are parameters and there is no builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = true,
    defaults = @Value.Immutable(builder = false, copy = false),
    get = {"is*", "get*"},
    jdkOnly = false,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    allowedClasspathAnnotations = {Override.class})
@interface ReformTuple {}
