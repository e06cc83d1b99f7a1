// posts.jsh: where the posts went, by location and origin, keeping "some, number not stated" honest.
// Needs reform.jsh (reform-jshell loads it); in JShell: /open examples/jshell/posts.jsh

Map<LocationKind, Integer> byLocation = new EnumMap<>(LocationKind.class);
for (PostLine line : programme.postLines()) {
  byLocation.merge(line.location().kind(), line.count(), Integer::sum);
}
System.out.println("posts by location: " + byLocation);
System.out.println("sum of post lines: " + byLocation.values().stream().mapToInt(Integer::intValue).sum()
    + (programme.postTotals().isEmpty() ? " (the report states no total)" : ""));

for (PostLine line : programme.postLines()) {
  for (PostShare share : line.ofWhich()) {
    System.out.println(line.id() + ": of its " + line.count() + ", "
        + share.count().map(n -> n + " are ").orElse("some (number not stated) are ")
        + word(share.origin().kind())
        + share.origin().from().map(u -> " from " + u.name().in(lang)).orElse(""));
  }
}
show(posts());

// The analysis: posts pivoted by location, unit, category, origin and funding; unstated shares stay "not stated".
PostSummary summaryOfPosts = Analyses.postSummary(report);
System.out.println("total by the analysis: " + summaryOfPosts.total());
show(summaryOfPosts.toTable(lang));
