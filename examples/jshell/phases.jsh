// phases.jsh: where each commitment with phases stands, which phase is current, and the timeline.
// Needs reform.jsh (reform-jshell loads it); in JShell: /open examples/jshell/phases.jsh

for (Commitment c : programme.commitments()) {
  if (c.phases().isEmpty()) {
    continue;
  }
  long done = c.phases().stream().filter(p -> p.status().equals(Optional.of(Status.COMPLETED))).count();
  Optional<Phase> current = c.phases().stream().filter(p -> p.status().equals(Optional.of(Status.IN_PROGRESS))).findFirst();
  System.out.println(c.id() + ": " + done + " of " + c.phases().size() + " phases completed; current: "
      + current.map(p -> "(" + p.id() + ") " + p.name().in(lang)).orElse("none"));
}

// The analyses: progress against the plan, and each phase on the timeline, as of the report's date.
show(Analyses.programmeProgress(report).toTable(lang));
show(Analyses.phaseTimeline(report).toTable(lang));

// The same programme judged on 1 March 2016: what is overdue by then?
PhaseTimeline march2016 = PhaseTimeline.of(programme, LocalDate.of(2016, 3, 1));
System.out.println("overdue on 2016-03-01: " + march2016.rows().stream()
    .filter(r -> r.schedule() == Schedule.OVERDUE).count());
