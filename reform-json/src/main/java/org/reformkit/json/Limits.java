package org.reformkit.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits the reader enforces, chosen so that any document a reform office would write passes
 * and a hostile one cannot exhaust memory or the stack: the defaults of {@link ReadLimits}, and the
 * fixed limits on names and numbers. Internal; documented in JSON-FORMAT.md.
 */
final class Limits {
  /** The largest document, in bytes (for a stream or a file) or characters (for text): 16 MiB. */
  static final int MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;

  /**
   * The deepest nesting of objects and arrays. The format itself needs 11; the rest is for
   * extensions.
   */
  static final int MAX_DEPTH = 64;

  /** The longest string value, in characters. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest property name, in characters. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  /** The most tokens in a document. */
  static final long MAX_TOKENS = 5_000_000L;

  private Limits() {}

  static StreamReadConstraints constraints() {
    return constraints(ReadLimits.defaults());
  }

  /** Jackson's constraints for the given limits; the name and number lengths stay fixed. */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentSize())
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxTokenCount(limits.maxTokens())
        .build();
  }
}
