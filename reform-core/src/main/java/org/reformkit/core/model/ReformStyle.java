package org.reformkit.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the reformkit model, for values built with a builder.
 *
 * <p>An abstract, package-private type {@code AbstractCommitment} declares the attributes; the
 * generated public final class {@code Commitment} carries the builder ({@code
 * Commitment.builder()}), the {@code with…} copies, value equality and {@code toString}. Builders
 * are strict (an attribute is set once), collections are Guava's immutable ones, and a value that
 * is missing a required attribute is refused with an {@link InvalidValueException} naming it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {
      "commitment",
      "phase",
      "deliverable",
      "milestone",
      "indicator",
      "measurement",
      "target",
      "engagement",
      "post",
      "footnote",
      "statement",
      "committee",
      "policy:policies",
      "paragraph",
      "suffix:suffixes",
      "dimension"
    },
    get = {"is*", "get*"},
    init = "*",
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    allowedClasspathAnnotations = {Override.class})
@interface ReformStyle {}
