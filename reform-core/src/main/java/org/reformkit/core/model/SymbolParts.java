package org.reformkit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** The parts read from a document symbol of a known family; none for an unrecognised one. */
final class SymbolParts {
  static final SymbolParts UNRECOGNISED = new Builder(SymbolFamily.UNRECOGNISED).build();

  final SymbolFamily family;
  final Optional<String> organ;
  final Optional<Integer> session;
  final Optional<Integer> year;
  final Optional<String> section;
  final Optional<String> series;
  final Optional<Integer> item;
  final Optional<Integer> subItem;
  final Optional<Integer> number;
  final ImmutableList<String> suffixes;

  private SymbolParts(Builder b) {
    this.family = b.family;
    this.organ = b.organ;
    this.session = b.session;
    this.year = b.year;
    this.section = b.section;
    this.series = b.series;
    this.item = b.item;
    this.subItem = b.subItem;
    this.number = b.number;
    this.suffixes = b.suffixes;
  }

  /** Collects the parts of one symbol as the parser finds them. */
  static final class Builder {
    private final SymbolFamily family;
    private Optional<String> organ = Optional.empty();
    private Optional<Integer> session = Optional.empty();
    private Optional<Integer> year = Optional.empty();
    private Optional<String> section = Optional.empty();
    private Optional<String> series = Optional.empty();
    private Optional<Integer> item = Optional.empty();
    private Optional<Integer> subItem = Optional.empty();
    private Optional<Integer> number = Optional.empty();
    private ImmutableList<String> suffixes = ImmutableList.of();

    Builder(SymbolFamily family) {
      this.family = family;
    }

    Builder organ(String value) {
      organ = Optional.of(value);
      return this;
    }

    Builder session(Optional<Integer> value) {
      session = value;
      return this;
    }

    Builder year(Optional<Integer> value) {
      year = value;
      return this;
    }

    Builder section(Optional<String> value) {
      section = value;
      return this;
    }

    Builder series(Optional<String> value) {
      series = value;
      return this;
    }

    Builder item(Optional<Integer> value) {
      item = value;
      return this;
    }

    Builder subItem(Optional<Integer> value) {
      subItem = value;
      return this;
    }

    Builder number(Optional<Integer> value) {
      number = value;
      return this;
    }

    Builder suffixes(ImmutableList<String> value) {
      suffixes = value;
      return this;
    }

    SymbolParts build() {
      return new SymbolParts(this);
    }
  }
}
