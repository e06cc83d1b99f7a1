/** reformkit core: the immutable model of a reform programme, its rule checks and analyses. */
module org.reformkit.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.reformkit.core.analysis;
  exports org.reformkit.core.model;
  exports org.reformkit.core.rules;
  exports org.reformkit.core.series;
  exports org.reformkit.core.text;
}
