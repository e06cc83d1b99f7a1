package org.reformkit.core.analysis;

import java.util.Objects;
import org.reformkit.core.model.LocalizedText;

/**
 * The posts relocated into and out of one place (a duty station, or a location without one), and
 * the net movement.
 */
public final class MovementRow {
  private final LocalizedText place;
  private final int in;
  private final int out;

  MovementRow(LocalizedText place, int in, int out) {
    this.place = place;
    this.in = in;
    this.out = out;
  }

  /**
   * Returns the place: the duty station's city and country, or else the location; "destination not
   * stated" for posts relocated to a destination the report does not state.
   *
   * @return the place
   */
  public LocalizedText place() {
    return place;
  }

  /**
   * Returns how many posts are relocated into the place.
   *
   * @return the posts moving in
   */
  public int in() {
    return in;
  }

  /**
   * Returns how many posts are relocated out of the place.
   *
   * @return the posts moving out
   */
  public int out() {
    return out;
  }

  /**
   * Returns the posts moving in less those moving out.
   *
   * @return the net movement, negative when the place loses posts
   */
  public int net() {
    return in - out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MovementRow o && place.equals(o.place) && in == o.in && out == o.out;
  }

  @Override
  public int hashCode() {
    return Objects.hash(place, in, out);
  }

  @Override
  public String toString() {
    return place + ": in " + in + ", out " + out;
  }
}
