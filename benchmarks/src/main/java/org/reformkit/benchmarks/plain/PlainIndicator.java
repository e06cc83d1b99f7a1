package org.reformkit.benchmarks.plain;

import java.util.List;
import java.util.Map;
import org.reformkit.core.model.Direction;

/**
 * An indicator with its measure, baseline, targets and measurements.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainIndicator {
  private String id;
  private Map<String, String> name;
  private PlainMeasure measure;
  private Direction direction;
  private PlainBaseline baseline;
  private List<PlainTarget> targets;
  private List<PlainMeasurement> measurements;
  private String commitment;

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

  public PlainMeasure getMeasure() {
    return measure;
  }

  public void setMeasure(PlainMeasure measure) {
    this.measure = measure;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public PlainBaseline getBaseline() {
    return baseline;
  }

  public void setBaseline(PlainBaseline baseline) {
    this.baseline = baseline;
  }

  public List<PlainTarget> getTargets() {
    return targets;
  }

  public void setTargets(List<PlainTarget> targets) {
    this.targets = targets;
  }

  public List<PlainMeasurement> getMeasurements() {
    return measurements;
  }

  public void setMeasurements(List<PlainMeasurement> measurements) {
    this.measurements = measurements;
  }

  public String getCommitment() {
    return commitment;
  }

  public void setCommitment(String commitment) {
    this.commitment = commitment;
  }
}
