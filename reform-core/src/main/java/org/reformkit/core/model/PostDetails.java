package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a single post and a counted line of posts have in common: where, in which unit, what kind,
 * which grade, where from, paid by whom, and in which state. Rules about posts are written once
 * against this type.
 */
public interface PostDetails extends Sourced {
  /**
   * Returns where the posts sit.
   *
   * @return the location
   */
  Location location();

  /**
   * Returns the portfolio or unit the posts belong to, if stated.
   *
   * @return the unit
   */
  Optional<OrgUnit> unit();

  /**
   * Returns the kind of work.
   *
   * @return the category
   */
  PostCategory category();

  /**
   * Returns the grade, if known.
   *
   * @return the grade
   */
  Optional<Grade> grade();

  /**
   * Returns where the posts come from.
   *
   * @return the origin
   */
  PostOrigin origin();

  /**
   * Returns parts of the posts by a further origin ("of which some transferred from ..."), possibly
   * none.
   *
   * @return the parts
   */
  ImmutableList<PostShare> ofWhich();

  /**
   * Returns who pays, if stated.
   *
   * @return the funding source
   */
  Optional<FundingSource> funding();

  /**
   * Returns the state of the posts, if stated.
   *
   * @return the status
   */
  Optional<PostStatus> status();

  /**
   * Returns the commitment that created or moved the posts, if stated.
   *
   * @return the commitment
   */
  Optional<CommitmentId> commitment();

  /**
   * Returns the move of the posts from one location to another, if the report states one.
   *
   * @return the relocation
   */
  Optional<Relocation> relocation();

  /**
   * Returns how many posts this stands for: the line's count, or 1 for a single post.
   *
   * @return the number of posts
   */
  int headCount();
}
