package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A progress report: a dated snapshot of a reform programme as one document states it to the
 * governing body, with the document's cover and footnotes, the report it follows, and the
 * statements it makes. A snapshot reconstructed afterwards from what later documents say is marked
 * as such.
 */
@Value.Immutable
@ReformStyle
abstract class AbstractProgressReport {
  /**
   * Returns the paper that makes the report.
   *
   * @return the document
   */
  public abstract GoverningBodyDocument document();

  /**
   * Returns the date the snapshot describes.
   *
   * @return the as-of date
   */
  public abstract PartialDate asOf();

  /**
   * Returns the report this one follows, if stated.
   *
   * @return the previous report
   */
  public abstract Optional<DocumentReference> previousReport();

  /**
   * Returns the programme as the report states it.
   *
   * @return the programme
   */
  public abstract ReformProgramme programme();

  /**
   * Returns the report's narrative statements that no other element carries.
   *
   * @return the statements
   */
  public abstract ImmutableList<Statement> statements();

  /**
   * Whether the snapshot was reconstructed from later documents rather than taken from the report
   * itself.
   *
   * @return whether the snapshot is reconstructed
   */
  @Value.Default
  public boolean reconstructed() {
    return false;
  }

  /**
   * Returns how the snapshot was reconstructed, if it was.
   *
   * @return the reconstruction note
   */
  public abstract Optional<LocalizedText> reconstructionNote();
}
