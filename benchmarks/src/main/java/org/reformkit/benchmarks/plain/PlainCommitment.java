package org.reformkit.benchmarks.plain;

import java.util.List;
import java.util.Map;
import org.reformkit.core.model.Status;

/**
 * One commitment (workstream) of a programme with its phases.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainCommitment {
  private String id;
  private Map<String, String> title;
  private Map<String, String> objective;
  private PlainUnit owner;
  private Status status;
  private String started;
  private String due;
  private boolean affectsStaff;
  private List<String> dependsOn;
  private String partOf;
  private List<PlainPhase> phases;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<String, String> getTitle() {
    return title;
  }

  public void setTitle(Map<String, String> title) {
    this.title = title;
  }

  public Map<String, String> getObjective() {
    return objective;
  }

  public void setObjective(Map<String, String> objective) {
    this.objective = objective;
  }

  public PlainUnit getOwner() {
    return owner;
  }

  public void setOwner(PlainUnit owner) {
    this.owner = owner;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getStarted() {
    return started;
  }

  public void setStarted(String started) {
    this.started = started;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public boolean isAffectsStaff() {
    return affectsStaff;
  }

  public void setAffectsStaff(boolean affectsStaff) {
    this.affectsStaff = affectsStaff;
  }

  public List<String> getDependsOn() {
    return dependsOn;
  }

  public void setDependsOn(List<String> dependsOn) {
    this.dependsOn = dependsOn;
  }

  public String getPartOf() {
    return partOf;
  }

  public void setPartOf(String partOf) {
    this.partOf = partOf;
  }

  public List<PlainPhase> getPhases() {
    return phases;
  }

  public void setPhases(List<PlainPhase> phases) {
    this.phases = phases;
  }
}
