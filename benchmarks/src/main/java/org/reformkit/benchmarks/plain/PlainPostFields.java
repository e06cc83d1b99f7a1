package org.reformkit.benchmarks.plain;

import java.util.List;
import org.reformkit.core.model.FundingSource;
import org.reformkit.core.model.Grade;
import org.reformkit.core.model.PostCategory;
import org.reformkit.core.model.PostStatus;

/**
 * What a counted line of posts and a single post have in common.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public abstract class PlainPostFields {
  private PlainLocation location;
  private PlainUnit unit;
  private PostCategory category;
  private Grade grade;
  private PlainOrigin origin;
  private List<PlainShare> ofWhich;
  private FundingSource funding;
  private PostStatus status;
  private String commitment;

  public PlainLocation getLocation() {
    return location;
  }

  public void setLocation(PlainLocation location) {
    this.location = location;
  }

  public PlainUnit getUnit() {
    return unit;
  }

  public void setUnit(PlainUnit unit) {
    this.unit = unit;
  }

  public PostCategory getCategory() {
    return category;
  }

  public void setCategory(PostCategory category) {
    this.category = category;
  }

  public Grade getGrade() {
    return grade;
  }

  public void setGrade(Grade grade) {
    this.grade = grade;
  }

  public PlainOrigin getOrigin() {
    return origin;
  }

  public void setOrigin(PlainOrigin origin) {
    this.origin = origin;
  }

  public List<PlainShare> getOfWhich() {
    return ofWhich;
  }

  public void setOfWhich(List<PlainShare> ofWhich) {
    this.ofWhich = ofWhich;
  }

  public FundingSource getFunding() {
    return funding;
  }

  public void setFunding(FundingSource funding) {
    this.funding = funding;
  }

  public PostStatus getStatus() {
    return status;
  }

  public void setStatus(PostStatus status) {
    this.status = status;
  }

  public String getCommitment() {
    return commitment;
  }

  public void setCommitment(String commitment) {
    this.commitment = commitment;
  }
}
