// phases.jsh: where each commitment with phases stands, and which phase is the current one.
// Needs reform.jsh (reform-jshell loads it); in JShell: /open examples/jshell/phases.jsh

for (Commitment c : programme.commitments()) {
  if (c.phases().isEmpty()) {
    continue;
  }
  long done = c.phases().stream().filter(p -> p.status() == Status.COMPLETED).count();
  Optional<Phase> current = c.phases().stream().filter(p -> p.status() == Status.IN_PROGRESS).findFirst();
  System.out.println(c.id() + ": " + done + " of " + c.phases().size() + " phases completed; current: "
      + current.map(p -> "(" + p.id() + ") " + p.name().in(lang)).orElse("none"));
  show(phases(c.id()));
}

Map<Status, Long> byStatus = programme.commitments().stream()
    .collect(Collectors.groupingBy(Commitment::status, () -> new EnumMap<>(Status.class), Collectors.counting()));
System.out.println("commitments by status: " + byStatus);
