package org.reformkit.benchmarks.plain;

import java.util.List;
import java.util.Map;
import org.reformkit.core.model.Counterpart;
import org.reformkit.core.model.EngagementKind;
import org.reformkit.core.model.Status;

/**
 * A staff engagement: interviews, a survey, a consultation with the staff union, ...
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainEngagement {
  private String id;
  private List<EngagementKind> kinds;
  private Counterpart counterpart;
  private Map<String, String> subject;
  private Status status;
  private String commitment;
  private String phase;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<EngagementKind> getKinds() {
    return kinds;
  }

  public void setKinds(List<EngagementKind> kinds) {
    this.kinds = kinds;
  }

  public Counterpart getCounterpart() {
    return counterpart;
  }

  public void setCounterpart(Counterpart counterpart) {
    this.counterpart = counterpart;
  }

  public Map<String, String> getSubject() {
    return subject;
  }

  public void setSubject(Map<String, String> subject) {
    this.subject = subject;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getCommitment() {
    return commitment;
  }

  public void setCommitment(String commitment) {
    this.commitment = commitment;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }
}
