package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
import org.reformkit.core.model.RiskId;
import org.reformkit.core.model.RiskRating;
import org.reformkit.core.model.RiskScale;
import org.reformkit.core.text.TextTable;

/**
 * The programme's risks as a likelihood × impact matrix, one matrix per pair of scales the report
 * rates on (low/medium/high and 1–5 are never merged, since no mapping between them is stated),
 * with the risks that are not rated on both, and the risks by the commitment they threaten.
 *
 * <pre>{@code
 * RiskMatrix matrix = Analyses.riskMatrix(report);
 * matrix.count(RiskRating.high(), RiskRating.high()); // open or not, rated high and high
 * System.out.print(matrix.toTable(Locale.ENGLISH));
 * }</pre>
 */
public final class RiskMatrix {
  private final ImmutableMap<List<RiskScale>, ImmutableMap<List<Integer>, ImmutableList<RiskId>>>
      cells;
  private final ImmutableList<RiskId> notRated;
  private final ImmutableMap<CommitmentId, ImmutableList<RiskId>> byCommitment;
  private final ImmutableList<RiskId> programmeWide;

  private RiskMatrix(
      ImmutableMap<List<RiskScale>, ImmutableMap<List<Integer>, ImmutableList<RiskId>>> cells,
      ImmutableList<RiskId> notRated,
      ImmutableMap<CommitmentId, ImmutableList<RiskId>> byCommitment,
      ImmutableList<RiskId> programmeWide) {
    this.cells = cells;
    this.notRated = notRated;
    this.byCommitment = byCommitment;
    this.programmeWide = programmeWide;
  }

  /**
   * Places the risks of a programme.
   *
   * @param programme the programme
   * @return the matrix
   */
  public static RiskMatrix of(ReformProgramme programme) {
    Map<List<RiskScale>, Map<List<Integer>, List<RiskId>>> cells = new LinkedHashMap<>();
    List<RiskId> notRated = new ArrayList<>();
    Map<CommitmentId, List<RiskId>> byCommitment = new LinkedHashMap<>();
    List<RiskId> programmeWide = new ArrayList<>();
    for (Risk risk : programme.risks()) {
      if (risk.likelihood().isPresent() && risk.impact().isPresent()) {
        RiskRating likelihood = risk.likelihood().get();
        RiskRating impact = risk.impact().get();
        cells
            .computeIfAbsent(
                List.of(likelihood.scale(), impact.scale()), k -> new LinkedHashMap<>())
            .computeIfAbsent(List.of(likelihood.level(), impact.level()), k -> new ArrayList<>())
            .add(risk.id());
      } else {
        notRated.add(risk.id());
      }
      if (risk.commitments().isEmpty()) {
        programmeWide.add(risk.id());
      }
      for (CommitmentId commitment : risk.commitments()) {
        byCommitment.computeIfAbsent(commitment, k -> new ArrayList<>()).add(risk.id());
      }
    }
    ImmutableMap.Builder<List<RiskScale>, ImmutableMap<List<Integer>, ImmutableList<RiskId>>>
        matrices = ImmutableMap.builder();
    cells.forEach(
        (scales, grid) -> {
          ImmutableMap.Builder<List<Integer>, ImmutableList<RiskId>> g = ImmutableMap.builder();
          grid.forEach((cell, ids) -> g.put(cell, ImmutableList.copyOf(ids)));
          matrices.put(scales, g.buildOrThrow());
        });
    ImmutableMap.Builder<CommitmentId, ImmutableList<RiskId>> by = ImmutableMap.builder();
    byCommitment.forEach((c, ids) -> by.put(c, ImmutableList.copyOf(ids)));
    return new RiskMatrix(
        matrices.buildOrThrow(),
        ImmutableList.copyOf(notRated),
        by.buildOrThrow(),
        ImmutableList.copyOf(programmeWide));
  }

  /**
   * Returns the pairs of scales (likelihood, impact) the risks are rated on, in order of first use.
   *
   * @return the pairs of scales
   */
  public ImmutableList<List<RiskScale>> scales() {
    return cells.keySet().asList();
  }

  /**
   * Returns the risks rated with this likelihood and this impact.
   *
   * @param likelihood the likelihood
   * @param impact the impact
   * @return the risks, in the report's order; empty if none
   */
  public ImmutableList<RiskId> risks(RiskRating likelihood, RiskRating impact) {
    ImmutableMap<List<Integer>, ImmutableList<RiskId>> grid =
        cells.getOrDefault(List.of(likelihood.scale(), impact.scale()), ImmutableMap.of());
    return grid.getOrDefault(List.of(likelihood.level(), impact.level()), ImmutableList.of());
  }

  /**
   * Returns how many risks are rated with this likelihood and this impact.
   *
   * @param likelihood the likelihood
   * @param impact the impact
   * @return the count
   */
  public int count(RiskRating likelihood, RiskRating impact) {
    return risks(likelihood, impact).size();
  }

  /**
   * Returns the risks whose likelihood or impact is not stated.
   *
   * @return the risks not rated on both
   */
  public ImmutableList<RiskId> notRated() {
    return notRated;
  }

  /**
   * Returns the risks by the commitment they threaten (a risk threatening two is under both).
   *
   * @return the risks by commitment
   */
  public ImmutableMap<CommitmentId, ImmutableList<RiskId>> byCommitment() {
    return byCommitment;
  }

  /**
   * Returns the risks that name no commitment (the programme as a whole).
   *
   * @return the programme-wide risks
   */
  public ImmutableList<RiskId> programmeWide() {
    return programmeWide;
  }

  /**
   * Returns the matrices as one aligned table, in a language: per pair of scales, one row per
   * likelihood level (highest first), one column per impact level, each cell the risks there.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable toTable(Locale locale) {
    int widest = 1;
    for (List<RiskScale> pair : cells.keySet()) {
      widest = Math.max(widest, pair.get(1).levels());
    }
    int columns = widest;
    List<String> headers = new ArrayList<>();
    headers.add(Labels.label("heading.likelihoodImpact", locale));
    for (int i = 1; i <= columns; i++) {
      headers.add("");
    }
    TextTable.Builder table = TextTable.builder(headers);
    cells.forEach(
        (pair, grid) -> {
          RiskScale likelihood = pair.get(0);
          RiskScale impact = pair.get(1);
          List<Object> head = new ArrayList<>();
          head.add(likelihood + " × " + impact);
          for (int i = 1; i <= columns; i++) {
            head.add(i <= impact.levels() ? level(impact, i, locale) : "");
          }
          table.addRow(head.toArray());
          for (int l = likelihood.levels(); l >= 1; l--) {
            List<Object> row = new ArrayList<>();
            row.add(level(likelihood, l, locale));
            for (int i = 1; i <= columns; i++) {
              ImmutableList<RiskId> ids = grid.getOrDefault(List.of(l, i), ImmutableList.of());
              row.add(i <= impact.levels() ? join(ids) : "");
            }
            table.addRow(row.toArray());
          }
        });
    if (!notRated.isEmpty()) {
      List<Object> row = new ArrayList<>();
      row.add(Labels.label("row.notRated", locale));
      row.add(join(notRated));
      for (int i = 2; i <= columns; i++) {
        row.add("");
      }
      table.addRow(row.toArray());
    }
    return table.maxCellWidth(Labels.MAX_CELL).build();
  }

  /**
   * Returns the risks by commitment as an aligned table, in a language.
   *
   * @param locale the language
   * @return the table
   */
  public TextTable byCommitmentTable(Locale locale) {
    TextTable.Builder table =
        TextTable.builder(
            Labels.label("heading.commitment", locale), Labels.label("heading.risks", locale));
    byCommitment.forEach((c, ids) -> table.addRow(c.value(), join(ids)));
    if (!programmeWide.isEmpty()) {
      table.addRow(Labels.label("row.programme", locale), join(programmeWide));
    }
    return table.maxCellWidth(Labels.MAX_TEXT_CELL).build();
  }

  private static String level(RiskScale scale, int level, Locale locale) {
    return scale.worded() ? Labels.label("riskLevel." + level, locale) : Integer.toString(level);
  }

  private static String join(List<RiskId> ids) {
    List<String> values = new ArrayList<>();
    for (RiskId id : ids) {
      values.add(id.value());
    }
    return String.join(", ", values);
  }

  /** The two tables in English. */
  @Override
  public String toString() {
    return toTable(Locale.ENGLISH) + "\n" + byCommitmentTable(Locale.ENGLISH);
  }
}
