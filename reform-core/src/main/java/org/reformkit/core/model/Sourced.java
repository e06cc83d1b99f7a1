package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;

/**
 * An element of a report that says where it was stated: the numbered paragraphs of the report it
 * comes from, so that every figure can be traced to its source.
 */
public interface Sourced {
  /**
   * Returns the numbers of the report paragraphs that state this element, possibly none.
   *
   * @return the paragraph numbers, in the order given
   */
  ImmutableList<Integer> paragraphs();
}
