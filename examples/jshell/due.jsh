// due.jsh: what the report says is due, and what is certainly due before a given day.
// Needs reform.jsh (reform-jshell loads it); in JShell: /open examples/jshell/due.jsh

LocalDate endOf2015 = LocalDate.of(2015, 12, 31);
TextTable.Builder dueTable = TextTable.builder("Item", "Due", "Latest possible day", "By end of 2015");
for (Commitment c : programme.commitments()) {
  c.due().ifPresent(d -> dueTable.addRow("commitment " + c.id(), d, d.latestPossible().map(Object::toString).orElse("open"),
      d.latestPossible().map(day -> !day.isAfter(endOf2015)).orElse(false) ? "yes" : "no"));
  for (Milestone m : c.milestones()) {
    m.due().ifPresent(d -> dueTable.addRow("milestone " + m.id(), d, d.latestPossible().map(Object::toString).orElse("open"),
        d.latestPossible().map(day -> !day.isAfter(endOf2015)).orElse(false) ? "yes" : "no"));
  }
}
show(dueTable.build());

// The analysis: each indicator's latest value against its target, as of the report's date.
show(Analyses.indicatorProgress(report).toTable(lang));
