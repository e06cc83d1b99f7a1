package org.reformkit.benchmarks.plain;

import java.math.BigDecimal;
import java.util.Map;
import org.reformkit.core.model.MeasureKind;

/**
 * A measured or target value: a kind and a number, currency, flag or text.
 *
 * <p>A plain mutable JavaBean, as a user would write by hand: the baseline of the JSON and memory
 * benchmarks. Absent values and empty lists are {@code null}.
 */
public class PlainValue {
  private MeasureKind kind;
  private BigDecimal number;
  private String currency;
  private Boolean flag;
  private Map<String, String> text;

  public MeasureKind getKind() {
    return kind;
  }

  public void setKind(MeasureKind kind) {
    this.kind = kind;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Boolean getFlag() {
    return flag;
  }

  public void setFlag(Boolean flag) {
    this.flag = flag;
  }

  public Map<String, String> getText() {
    return text;
  }

  public void setText(Map<String, String> text) {
    this.text = text;
  }
}
