package org.reformkit.benchmarks.plain;

import java.util.List;
import java.util.Map;
import org.reformkit.core.model.Status;

/**
 * A reform programme as a hand-written mutable class: the parts that the synthetic programmes fill.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainProgramme {
  private String id;
  private Map<String, String> name;
  private Map<String, String> organization;
  private PlainUnit owner;
  private String launched;
  private Status status;
  private List<PlainCommitment> commitments;
  private List<PlainPostLine> postLines;
  private List<PlainPost> posts;
  private List<PlainPostTotal> postTotals;
  private List<PlainIndicator> indicators;
  private List<PlainEngagement> engagements;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<String, String> getName() {
    return name;
  }

  public void setName(Map<String, String> name) {
    this.name = name;
  }

  public Map<String, String> getOrganization() {
    return organization;
  }

  public void setOrganization(Map<String, String> organization) {
    this.organization = organization;
  }

  public PlainUnit getOwner() {
    return owner;
  }

  public void setOwner(PlainUnit owner) {
    this.owner = owner;
  }

  public String getLaunched() {
    return launched;
  }

  public void setLaunched(String launched) {
    this.launched = launched;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public List<PlainCommitment> getCommitments() {
    return commitments;
  }

  public void setCommitments(List<PlainCommitment> commitments) {
    this.commitments = commitments;
  }

  public List<PlainPostLine> getPostLines() {
    return postLines;
  }

  public void setPostLines(List<PlainPostLine> postLines) {
    this.postLines = postLines;
  }

  public List<PlainPost> getPosts() {
    return posts;
  }

  public void setPosts(List<PlainPost> posts) {
    this.posts = posts;
  }

  public List<PlainPostTotal> getPostTotals() {
    return postTotals;
  }

  public void setPostTotals(List<PlainPostTotal> postTotals) {
    this.postTotals = postTotals;
  }

  public List<PlainIndicator> getIndicators() {
    return indicators;
  }

  public void setIndicators(List<PlainIndicator> indicators) {
    this.indicators = indicators;
  }

  public List<PlainEngagement> getEngagements() {
    return engagements;
  }

  public void setEngagements(List<PlainEngagement> engagements) {
    this.engagements = engagements;
  }
}
