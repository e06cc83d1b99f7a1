package org.reformkit.benchmarks.plain;

import java.util.Map;
import org.reformkit.core.model.Status;

/**
 * One ordered phase of a commitment, dates as partial-date text such as {@code 2015-11}.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainPhase {
  private String id;
  private Map<String, String> name;
  private Status status;
  private String plannedStart;
  private String plannedEnd;
  private String actualStart;
  private String actualEnd;

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

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(String plannedStart) {
    this.plannedStart = plannedStart;
  }

  public String getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(String plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public String getActualStart() {
    return actualStart;
  }

  public void setActualStart(String actualStart) {
    this.actualStart = actualStart;
  }

  public String getActualEnd() {
    return actualEnd;
  }

  public void setActualEnd(String actualEnd) {
    this.actualEnd = actualEnd;
  }
}
