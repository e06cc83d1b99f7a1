package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The address of an element within a programme or report, such as {@code
 * commitments[bpr].phases[c]} or {@code document.cover.purpose}: a list of named steps, each
 * optionally keyed by an identifier or a position. Rule findings and report comparisons use it to
 * say which element they are about.
 *
 * <pre>{@code
 * ElementPath path = ElementPath.root().key("commitments", "bpr").key("phases", "c");
 * path.toString();                                     // "commitments[bpr].phases[c]"
 * ElementPath.parse("commitments[bpr].phases[c]").equals(path); // true
 * }</pre>
 */
@Value.Immutable
@ReformTuple
abstract class AbstractElementPath {
  private static final ElementPath ROOT = ElementPath.of(ImmutableList.of());

  /**
   * Returns the steps, from the root down.
   *
   * @return the steps
   */
  public abstract ImmutableList<PathStep> steps();

  /**
   * Returns the empty path, which addresses the root element.
   *
   * @return the root path
   */
  public static ElementPath root() {
    return ROOT;
  }

  /**
   * Returns this path followed by a plain step ({@code document}, {@code cover}).
   *
   * @param name the step's name
   * @return the longer path
   */
  public final ElementPath field(String name) {
    return append(PathStep.of(name, Optional.empty()));
  }

  /**
   * Returns this path followed by a step keyed by an identifier ({@code commitments[bpr]}).
   *
   * @param name the step's name
   * @param key the element's identifier
   * @return the longer path
   */
  public final ElementPath key(String name, Object key) {
    return append(PathStep.of(name, Optional.of(String.valueOf(key))));
  }

  /**
   * Returns this path followed by a step keyed by a position ({@code measurements[0]}).
   *
   * @param name the step's name
   * @param index the position, from 0
   * @return the longer path
   */
  public final ElementPath index(String name, int index) {
    return append(PathStep.of(name, Optional.of(Integer.toString(index))));
  }

  /**
   * Whether this path addresses the root.
   *
   * @return whether the path is empty
   */
  public final boolean isRoot() {
    return steps().isEmpty();
  }

  /**
   * Whether this path starts with the other one (every path starts with the root and itself).
   *
   * @param prefix the other path
   * @return whether this path lies at or below {@code prefix}
   */
  public final boolean startsWith(ElementPath prefix) {
    return steps().size() >= prefix.steps().size()
        && steps().subList(0, prefix.steps().size()).equals(prefix.steps());
  }

  /**
   * Parses the printed form, such as {@code commitments[bpr].phases[c]}; the empty text is the
   * root.
   *
   * @param text the printed path
   * @return the path
   * @throws ValueParseException if the text is not a path
   */
  public static ElementPath parse(CharSequence text) {
    String input = text.toString();
    ImmutableList.Builder<PathStep> steps = ImmutableList.builder();
    int pos = 0;
    while (pos < input.length()) {
      int start = pos;
      while (pos < input.length()
          && input.charAt(pos) != '.'
          && input.charAt(pos) != '['
          && input.charAt(pos) != ']') {
        pos++;
      }
      if (pos == start) {
        throw new ValueParseException("'" + input + "' is not a path: expected a name", input, pos);
      }
      if (pos < input.length() && input.charAt(pos) == ']') {
        throw new ValueParseException(
            "'" + input + "' is not a path: unexpected ']', expected '.' or '['", input, pos);
      }
      String name = input.substring(start, pos);
      Optional<String> key = Optional.empty();
      if (pos < input.length() && input.charAt(pos) == '[') {
        int close = input.indexOf(']', pos);
        if (close < 0) {
          throw new ValueParseException("'" + input + "' is not a path: missing ']'", input, pos);
        }
        key = Optional.of(input.substring(pos + 1, close));
        pos = close + 1;
      }
      steps.add(PathStep.of(name, key));
      if (pos < input.length()) {
        if (input.charAt(pos) != '.' || pos == input.length() - 1) {
          throw new ValueParseException(
              "'" + input + "' is not a path: expected '.' and a name", input, pos);
        }
        pos++;
      }
    }
    return ElementPath.of(steps.build());
  }

  private ElementPath append(PathStep step) {
    return ElementPath.of(ImmutableList.<PathStep>builder().addAll(steps()).add(step).build());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (PathStep step : steps()) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(step);
    }
    return out.toString();
  }
}
