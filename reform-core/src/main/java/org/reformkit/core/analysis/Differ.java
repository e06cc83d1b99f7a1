package org.reformkit.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.Deliverable;
import org.reformkit.core.model.DocumentReference;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.LocalizedText;
import org.reformkit.core.model.Measurement;
import org.reformkit.core.model.Milestone;
import org.reformkit.core.model.PartialDate;
import org.reformkit.core.model.Phase;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyStatus;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostStatus;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ProgressReport;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;
import org.reformkit.core.model.Status;
import org.reformkit.core.model.Target;

/** Walks two reports side by side and collects their differences. Internal. */
final class Differ {
  private static final ElementPath ROOT = ElementPath.root();

  private final List<Change> changes = new ArrayList<>();

  private Differ() {}

  static ImmutableList<Change> diff(ProgressReport older, ProgressReport newer) {
    Differ differ = new Differ();
    differ.programme(older.programme(), newer.programme());
    differ.citations(Citations.of(older), Citations.of(newer));
    return ImmutableList.copyOf(differ.changes);
  }

  private void programme(ReformProgramme a, ReformProgramme b) {
    status(ROOT.field("status"), a.status(), b.status());
    date(ROOT.field("launched"), a.launched(), b.launched());
    keyed(
        ROOT,
        "commitments",
        a.commitments(),
        b.commitments(),
        Commitment::id,
        Commitment::title,
        this::commitment);
    keyed(
        ROOT,
        "postLines",
        a.postLines(),
        b.postLines(),
        PostLine::id,
        l -> Labels.plain(Integer.toString(l.count())),
        this::postLine);
    keyed(
        ROOT,
        "posts",
        a.posts(),
        b.posts(),
        Post::id,
        p -> p.title().orElse(Labels.plain(p.id().toString())),
        (path, x, y) -> postStatus(path.field("status"), x.status(), y.status()));
    keyed(
        ROOT,
        "postTotals",
        a.postTotals(),
        b.postTotals(),
        PostTotal::id,
        t -> Labels.plain(Integer.toString(t.count())),
        (path, x, y) -> count(path.field("count"), Optional.of(x.count()), Optional.of(y.count())));
    keyed(
        ROOT,
        "indicators",
        a.indicators(),
        b.indicators(),
        Indicator::id,
        Indicator::name,
        this::indicator);
    optional(
        ROOT.field("monitoringFramework"),
        a.monitoringFramework(),
        b.monitoringFramework(),
        m -> m.name(),
        (path, x, y) -> status(path.field("status"), x.status(), y.status()));
    keyed(
        ROOT,
        "engagements",
        a.engagements(),
        b.engagements(),
        StaffEngagement::id,
        StaffEngagement::subject,
        (path, x, y) -> {
          status(path.field("status"), x.status(), y.status());
          count(path.field("count"), x.count(), y.count());
        });
    keyed(
        ROOT,
        "externalSupport",
        a.externalSupport(),
        b.externalSupport(),
        ExternalSupport::id,
        ExternalSupport::provider,
        (path, x, y) -> {
          date(path.field("awarded"), x.awarded(), y.awarded());
          date(path.field("started"), x.started(), y.started());
        });
    keyed(
        ROOT,
        "policies",
        a.policies(),
        b.policies(),
        Policy::id,
        Policy::name,
        (path, x, y) -> policyStatus(path.field("status"), x.status(), y.status()));
    keyed(
        ROOT,
        "committees",
        a.committees(),
        b.committees(),
        Committee::id,
        Committee::name,
        (path, x, y) -> {});
  }

  private void commitment(ElementPath path, Commitment a, Commitment b) {
    status(path.field("status"), a.status(), b.status());
    date(path.field("started"), a.started(), b.started());
    date(path.field("due"), a.due(), b.due());
    keyed(path, "phases", a.phases(), b.phases(), Phase::id, Phase::name, this::phase);
    keyed(
        path,
        "deliverables",
        a.deliverables(),
        b.deliverables(),
        Deliverable::id,
        Deliverable::name,
        this::deliverable);
    keyed(
        path,
        "milestones",
        a.milestones(),
        b.milestones(),
        Milestone::id,
        Milestone::description,
        (p, x, y) -> {
          status(p.field("status"), x.status(), y.status());
          date(p.field("due"), x.due(), y.due());
        });
  }

  private void phase(ElementPath path, Phase a, Phase b) {
    status(path.field("status"), a.status(), b.status());
    date(path.field("plannedStart"), a.plannedStart(), b.plannedStart());
    date(path.field("plannedEnd"), a.plannedEnd(), b.plannedEnd());
    date(path.field("actualStart"), a.actualStart(), b.actualStart());
    date(path.field("actualEnd"), a.actualEnd(), b.actualEnd());
    keyed(
        path,
        "deliverables",
        a.deliverables(),
        b.deliverables(),
        Deliverable::id,
        Deliverable::name,
        this::deliverable);
  }

  private void deliverable(ElementPath path, Deliverable a, Deliverable b) {
    status(path.field("status"), a.status(), b.status());
    count(path.field("quantity"), a.quantity(), b.quantity());
    date(path.field("due"), a.due(), b.due());
    date(path.field("announced"), a.announced(), b.announced());
  }

  private void postLine(ElementPath path, PostLine a, PostLine b) {
    count(path.field("count"), Optional.of(a.count()), Optional.of(b.count()));
    if (!a.ofWhich().equals(b.ofWhich())) {
      changes.add(new Change(path.field("ofWhich"), ChangeKind.VALUE_CHANGED, parts(a), parts(b)));
    }
    postStatus(path.field("status"), a.status(), b.status());
  }

  private static Optional<LocalizedText> parts(PostLine line) {
    if (line.ofWhich().isEmpty()) {
      return Optional.empty();
    }
    PostEntry entry = new PostEntry(ROOT, line);
    // every language of the library and of the units the parts name
    List<LocalizedText> origins =
        PostPart.ofShares(line.ofWhich()).stream().map(PostPart::origin).toList();
    return Optional.of(Labels.inEvery(Labels.languagesOf(origins), entry::ofWhich));
  }

  private void indicator(ElementPath path, Indicator a, Indicator b) {
    value(
        path.field("baseline"),
        a.baseline().map(x -> x.value().toString()),
        b.baseline().map(x -> x.value().toString()));
    keyedByText(
        path, "targets", a.targets(), b.targets(), Differ::targetKey, t -> t.value().toString());
    keyedByText(
        path,
        "measurements",
        a.measurements(),
        b.measurements(),
        Differ::measurementKey,
        m -> m.value().toString());
  }

  private static String targetKey(Target target) {
    return target.due().map(PartialDate::toString).orElse("undated");
  }

  private static String measurementKey(Measurement m) {
    StringBuilder key = new StringBuilder(m.date().toString());
    m.dimensions().forEach((k, v) -> key.append(';').append(k).append('=').append(v));
    return key.toString().replace(']', ')');
  }

  private void citations(Map<String, LocalizedText> a, Map<String, LocalizedText> b) {
    for (Map.Entry<String, LocalizedText> entry : b.entrySet()) {
      if (!a.containsKey(entry.getKey())) {
        changes.add(
            new Change(
                ROOT.key("citations", entry.getKey()),
                ChangeKind.NEWLY_CITED,
                Optional.empty(),
                Optional.of(entry.getValue())));
      }
    }
    for (Map.Entry<String, LocalizedText> entry : a.entrySet()) {
      if (!b.containsKey(entry.getKey())) {
        changes.add(
            new Change(
                ROOT.key("citations", entry.getKey()),
                ChangeKind.NO_LONGER_CITED,
                Optional.of(entry.getValue()),
                Optional.empty()));
      }
    }
  }

  /** Compares two lists of elements matched by identifier. */
  private <T, K> void keyed(
      ElementPath parent,
      String name,
      List<T> older,
      List<T> newer,
      Function<T, K> id,
      Function<T, LocalizedText> label,
      Both<T> both) {
    Map<K, T> a = byKey(older, id);
    Map<K, T> b = byKey(newer, id);
    Set<K> keys = new LinkedHashSet<>(b.keySet());
    keys.addAll(a.keySet());
    for (K key : keys) {
      ElementPath path = parent.key(name, key);
      optional(path, Optional.ofNullable(a.get(key)), Optional.ofNullable(b.get(key)), label, both);
    }
  }

  /** Compares two lists of values matched by a text key; a changed value is VALUE_CHANGED. */
  private <T> void keyedByText(
      ElementPath parent,
      String name,
      List<T> older,
      List<T> newer,
      Function<T, String> key,
      Function<T, String> value) {
    keyed(
        parent,
        name,
        numbered(older, key),
        numbered(newer, key),
        e -> e.getKey(),
        e -> Labels.plain(value.apply(e.getValue())),
        (path, x, y) ->
            value(
                path,
                Optional.of(value.apply(x.getValue())),
                Optional.of(value.apply(y.getValue()))));
  }

  /** Keys a list by text, numbering repeated keys ({@code 2015-11#2}) so none is lost. */
  private static <T> List<Map.Entry<String, T>> numbered(List<T> items, Function<T, String> key) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Map.Entry<String, T>> out = new ArrayList<>();
    for (T item : items) {
      String k = key.apply(item);
      int n = seen.merge(k, 1, Integer::sum);
      out.add(Map.entry(n == 1 ? k : k + "#" + n, item));
    }
    return out;
  }

  private static <T, K> Map<K, T> byKey(List<T> items, Function<T, K> id) {
    Map<K, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(id.apply(item), item));
    return map;
  }

  private <T> void optional(
      ElementPath path,
      Optional<T> a,
      Optional<T> b,
      Function<T, LocalizedText> label,
      Both<T> both) {
    if (a.isPresent() && b.isPresent()) {
      both.compare(path, a.get(), b.get());
    } else if (b.isPresent()) {
      changes.add(new Change(path, ChangeKind.ADDED, Optional.empty(), b.map(label)));
    } else if (a.isPresent()) {
      changes.add(new Change(path, ChangeKind.REMOVED, a.map(label), Optional.empty()));
    }
  }

  /**
   * A change of status: forward or backward only when both are stated; a status not stated is shown
   * as "not stated", and a change to or from it is a plain change, never a move.
   */
  private void status(ElementPath path, Optional<Status> a, Optional<Status> b) {
    if (!a.equals(b)) {
      boolean bothStated = a.isPresent() && b.isPresent();
      move(
          path,
          bothStated && a.get().isForwardTo(b.get()),
          bothStated && a.get().isBackwardTo(b.get()),
          Optional.of(Labels.status(a)),
          Optional.of(Labels.status(b)));
    }
  }

  private void policyStatus(ElementPath path, PolicyStatus a, PolicyStatus b) {
    if (a != b) {
      move(
          path,
          a.isForwardTo(b),
          a.isBackwardTo(b),
          Optional.of(Labels.policyStatus(a)),
          Optional.of(Labels.policyStatus(b)));
    }
  }

  private void postStatus(ElementPath path, Optional<PostStatus> a, Optional<PostStatus> b) {
    if (!a.equals(b)) {
      boolean bothStated = a.isPresent() && b.isPresent();
      move(
          path,
          bothStated && a.get().isForwardTo(b.get()),
          bothStated && a.get().isBackwardTo(b.get()),
          a.map(Labels::postStatus),
          b.map(Labels::postStatus));
    }
  }

  private void move(
      ElementPath path,
      boolean forward,
      boolean backward,
      Optional<LocalizedText> a,
      Optional<LocalizedText> b) {
    ChangeKind kind = ChangeKind.STATUS_CHANGED;
    if (forward) {
      kind = ChangeKind.STATUS_FORWARD;
    } else if (backward) {
      kind = ChangeKind.STATUS_BACKWARD;
    }
    changes.add(new Change(path, kind, a, b));
  }

  private void date(ElementPath path, Optional<PartialDate> a, Optional<PartialDate> b) {
    if (!a.equals(b)) {
      changes.add(
          new Change(
              path,
              ChangeKind.DATE_CHANGED,
              a.map(d -> Labels.plain(d.toString())),
              b.map(d -> Labels.plain(d.toString()))));
    }
  }

  private void count(ElementPath path, Optional<Integer> a, Optional<Integer> b) {
    if (!a.equals(b)) {
      changes.add(
          new Change(
              path,
              ChangeKind.COUNT_CHANGED,
              a.map(n -> Labels.plain(Integer.toString(n))),
              b.map(n -> Labels.plain(Integer.toString(n)))));
    }
  }

  private void value(ElementPath path, Optional<String> a, Optional<String> b) {
    if (!Objects.equals(a, b)) {
      changes.add(
          new Change(path, ChangeKind.VALUE_CHANGED, a.map(Labels::plain), b.map(Labels::plain)));
    }
  }

  /** What to compare when an element is in both reports. */
  @FunctionalInterface
  private interface Both<T> {
    void compare(ElementPath path, T older, T newer);
  }

  /** The documents a report cites, keyed by symbol or, without one, by title. Internal. */
  static final class Citations {
    private static final int MAX_KEY = 60;

    private Citations() {}

    static Map<String, LocalizedText> of(ProgressReport report) {
      List<DocumentReference> refs = new ArrayList<>();
      report.previousReport().ifPresent(refs::add);
      refs.addAll(report.document().cover().relatedDocuments());
      report.document().footnotes().forEach(f -> refs.addAll(f.references()));
      report.statements().forEach(s -> refs.addAll(s.references()));
      ReformProgramme programme = report.programme();
      programme.statements().forEach(s -> refs.addAll(s.references()));
      for (Commitment c : programme.commitments()) {
        refs.addAll(c.addressesFindingsOf());
        c.statements().forEach(s -> refs.addAll(s.references()));
        c.deliverables().forEach(d -> refs.addAll(d.documents()));
        for (Phase p : c.phases()) {
          p.statements().forEach(s -> refs.addAll(s.references()));
          p.deliverables().forEach(d -> refs.addAll(d.documents()));
        }
      }
      programme
          .indicators()
          .forEach(i -> i.measurements().forEach(m -> m.source().ifPresent(refs::add)));
      String own = report.document().symbol().toString();
      Map<String, LocalizedText> cited = new LinkedHashMap<>();
      for (DocumentReference ref : refs) {
        String key = key(ref);
        if (!key.equals(own)) {
          cited.putIfAbsent(key, ref.title().orElse(Labels.plain(key)));
        }
      }
      return cited;
    }

    /** The symbol, or the English title cut to 60 characters. */
    static String key(DocumentReference ref) {
      if (ref.symbol().isPresent()) {
        return ref.symbol().get().toString();
      }
      String title = ref.title().map(t -> t.in(Locale.ENGLISH)).orElse("untitled");
      if (title.length() > MAX_KEY) {
        title = title.substring(0, MAX_KEY - 3) + "...";
      }
      return title.replace(']', ')');
    }
  }
}
