package org.reformkit.core.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.ReformProgramme;

/**
 * Lookups by identifier in the programme one validation walks, each built once, when a rule first
 * asks, so that a rule that looks up an element for every element it checks does not scan the
 * whole programme each time. A lookup finds what the programme's own lookup finds: the first
 * element with the identifier. Used by one walk, on one thread. Internal.
 */
final class ProgrammeIndex {
  private final ReformProgramme programme;
  private @Nullable Map<PostLineId, PostLine> postLines;

  ProgrammeIndex(ReformProgramme programme) {
    this.programme = programme;
  }

  /** The first post line with the identifier, as {@link ReformProgramme#postLine} finds it. */
  Optional<PostLine> postLine(PostLineId lineId) {
    Map<PostLineId, PostLine> lines = postLines;
    if (lines == null) {
      lines = new HashMap<>();
      for (PostLine line : programme.postLines()) {
        lines.putIfAbsent(line.id(), line);
      }
      postLines = lines;
    }
    return Optional.ofNullable(lines.get(lineId));
  }
}
