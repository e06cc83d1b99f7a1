package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.keys;
import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reformkit.core.model.Commitment;
import org.reformkit.core.model.CommitmentId;
import org.reformkit.core.model.Committee;
import org.reformkit.core.model.ElementPath;
import org.reformkit.core.model.ExternalSupport;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.StaffEngagement;

/** Rules on how the elements of a programme refer to each other. Internal. */
final class ReferenceRules {
  private ReferenceRules() {}

  static ImmutableList<Rule<?>> all() {
    return ImmutableList.of(unresolved(), dependencyCycle(), identifierUnique());
  }

  static Rule<ReformProgramme> unresolved() {
    String code = "REFERENCE_UNRESOLVED";
    return define(
        code,
        ReformProgramme.class,
        Severity.ERROR,
        MissingFacts.SKIP_IF_ALL_MISSING,
        "Every cross-reference resolves",
        "Every identifier one element gives for another must name an element of the programme:"
            + " commitments depended on or part of, the commitment of a post, line, indicator,"
            + " engagement, external support, policy or monitoring framework, the phase of an"
            + " engagement (within its commitment), the lines of a post total, the policies a"
            + " committee applies. Absent (optional) references are skipped.",
        keys(code, "commitment", "phase", "postLine", "policy"),
        (programme, at) -> {
          ImmutableSet<CommitmentId> commitments =
              programme.commitments().stream()
                  .map(Commitment::id)
                  .collect(ImmutableSet.toImmutableSet());
          ImmutableSet<PostLineId> lines =
              programme.postLines().stream().map(PostLine::id).collect(ImmutableSet.toImmutableSet());
          ImmutableSet<PolicyId> policies =
              programme.policies().stream().map(Policy::id).collect(ImmutableSet.toImmutableSet());
          ElementPath root = at.path();
          Resolver resolver = new Resolver(at, code);
          for (Commitment c : programme.commitments()) {
            ElementPath path = root.key("commitments", c.id());
            for (CommitmentId id : c.dependsOn()) {
              resolver.commitment(path.field("dependsOn"), id, commitments);
            }
            c.partOf().ifPresent(id -> resolver.commitment(path.field("partOf"), id, commitments));
          }
          programme
              .monitoringFramework()
              .flatMap(f -> f.commitment())
              .ifPresent(
                  id ->
                      resolver.commitment(
                          root.field("monitoringFramework").field("commitment"), id, commitments));
          for (PostLine line : programme.postLines()) {
            line.commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            root.key("postLines", line.id()).field("commitment"),
                            id,
                            commitments));
          }
          for (Post post : programme.posts()) {
            post.commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            root.key("posts", post.id()).field("commitment"), id, commitments));
          }
          for (PostTotal total : programme.postTotals()) {
            for (PostLineId id : total.lines()) {
              if (!lines.contains(id)) {
                at.report(
                    root.key("postTotals", total.id()).field("lines"),
                    code + ".postLine",
                    values("reference", id));
              }
            }
          }
          for (Indicator indicator : programme.indicators()) {
            indicator
                .commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            root.key("indicators", indicator.id()).field("commitment"),
                            id,
                            commitments));
          }
          for (StaffEngagement engagement : programme.engagements()) {
            ElementPath path = root.key("engagements", engagement.id());
            engagement
                .commitment()
                .ifPresent(id -> resolver.commitment(path.field("commitment"), id, commitments));
            if (engagement.phase().isPresent() && engagement.commitment().isPresent()) {
              Optional<Commitment> owner = programme.commitment(engagement.commitment().get());
              if (owner.isPresent() && owner.get().phase(engagement.phase().get()).isEmpty()) {
                at.report(
                    path.field("phase"),
                    code + ".phase",
                    values(
                        "reference", engagement.phase().get(),
                        "commitment", engagement.commitment().get()));
              }
            }
          }
          for (ExternalSupport support : programme.externalSupport()) {
            support
                .commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            root.key("externalSupport", support.id()).field("commitment"),
                            id,
                            commitments));
          }
          for (Policy policy : programme.policies()) {
            policy
                .commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            root.key("policies", policy.id()).field("commitment"),
                            id,
                            commitments));
          }
          for (Committee committee : programme.committees()) {
            for (PolicyId id : committee.applies()) {
              if (!policies.contains(id)) {
                at.report(
                    root.key("committees", committee.id()).field("applies"),
                    code + ".policy",
                    values("reference", id));
              }
            }
          }
        });
  }

  /** Reports commitment references that do not resolve. */
  private static final class Resolver {
    private final RuleContext at;
    private final String code;

    Resolver(RuleContext at, String code) {
      this.at = at;
      this.code = code;
    }

    void commitment(ElementPath path, CommitmentId id, Set<CommitmentId> known) {
      if (!known.contains(id)) {
        at.report(path, code + ".commitment", values("reference", id));
      }
    }
  }

  static Rule<ReformProgramme> dependencyCycle() {
    String code = "COMMITMENT_DEPENDENCY_CYCLE";
    return define(
        code,
        ReformProgramme.class,
        Severity.ERROR,
        MissingFacts.SKIP_IF_ALL_MISSING,
        "Commitment dependencies and parts have no cycle",
        "Commitments that depend on each other in a circle (a on b, b on a; or a on itself), or"
            + " that are parts of each other in a circle, are reported once per circle, at the"
            + " member listed first, naming every member. References that do not resolve are left"
            + " to REFERENCE_UNRESOLVED.",
        keys(code, "dependsOn", "partOf"),
        (programme, at) -> {
          Map<CommitmentId, List<CommitmentId>> depends = new LinkedHashMap<>();
          Map<CommitmentId, List<CommitmentId>> parts = new LinkedHashMap<>();
          for (Commitment c : programme.commitments()) {
            depends.computeIfAbsent(c.id(), k -> new ArrayList<>()).addAll(c.dependsOn());
            List<CommitmentId> parent = parts.computeIfAbsent(c.id(), k -> new ArrayList<>());
            c.partOf().ifPresent(parent::add);
          }
          reportCycles(at, code + ".dependsOn", depends);
          reportCycles(at, code + ".partOf", parts);
        });
  }

  private static void reportCycles(
      RuleContext at, String key, Map<CommitmentId, List<CommitmentId>> edges) {
    for (List<CommitmentId> cycle : Cycles.find(edges)) {
      at.report(
          at.path().key("commitments", cycle.get(0)),
          key,
          values("commitment", cycle.get(0), "cycle", ImmutableList.copyOf(cycle)));
    }
  }

  /**
   * Finds the strongly connected components of a graph that are cycles (more than one node, or
   * one node with an edge to itself), with Tarjan's algorithm, without recursion. Each cycle lists
   * its members in the graph's order; cycles come in the order of their first member.
   */
  static final class Cycles {
    private final Map<CommitmentId, List<CommitmentId>> edges;
    private final Map<CommitmentId, Integer> index = new HashMap<>();
    private final Map<CommitmentId, Integer> low = new HashMap<>();
    private final Deque<CommitmentId> stack = new ArrayDeque<>();
    private final Set<CommitmentId> onStack = new HashSet<>();
    private final List<Set<CommitmentId>> components = new ArrayList<>();
    private int counter;

    private Cycles(Map<CommitmentId, List<CommitmentId>> edges) {
      this.edges = edges;
    }

    static List<List<CommitmentId>> find(Map<CommitmentId, List<CommitmentId>> edges) {
      Cycles search = new Cycles(edges);
      for (CommitmentId node : edges.keySet()) {
        if (!search.index.containsKey(node)) {
          search.visit(node);
        }
      }
      Map<CommitmentId, Integer> order = new HashMap<>();
      for (CommitmentId node : edges.keySet()) {
        order.put(node, order.size());
      }
      List<List<CommitmentId>> cycles = new ArrayList<>();
      for (Set<CommitmentId> component : search.components) {
        CommitmentId only = component.iterator().next();
        boolean cycle = component.size() > 1 || edges.get(only).contains(only);
        if (cycle) {
          List<CommitmentId> members = new ArrayList<>(component);
          members.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
          cycles.add(members);
        }
      }
      cycles.sort((a, b) -> Integer.compare(order.get(a.get(0)), order.get(b.get(0))));
      return cycles;
    }

    private void visit(CommitmentId start) {
      Deque<Map.Entry<CommitmentId, Integer>> work = new ArrayDeque<>();
      open(start);
      work.push(Map.entry(start, 0));
      while (!work.isEmpty()) {
        Map.Entry<CommitmentId, Integer> frame = work.pop();
        CommitmentId node = frame.getKey();
        int next = frame.getValue();
        List<CommitmentId> targets = edges.getOrDefault(node, List.of());
        if (next < targets.size()) {
          work.push(Map.entry(node, next + 1));
          CommitmentId target = targets.get(next);
          if (!edges.containsKey(target)) {
            continue;
          }
          if (!index.containsKey(target)) {
            open(target);
            work.push(Map.entry(target, 0));
          } else if (onStack.contains(target)) {
            low.put(node, Math.min(low.get(node), index.get(target)));
          }
          continue;
        }
        if (low.get(node).equals(index.get(node))) {
          Set<CommitmentId> component = new HashSet<>();
          CommitmentId member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          components.add(component);
        }
        if (!work.isEmpty()) {
          CommitmentId parent = work.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
      }
    }

    private void open(CommitmentId node) {
      index.put(node, counter);
      low.put(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
    }
  }

  static Rule<ReformProgramme> identifierUnique() {
    String code = "IDENTIFIER_UNIQUE";
    return define(
        code,
        ReformProgramme.class,
        Severity.ERROR,
        MissingFacts.NEVER_SKIP,
        "Identifiers are unique where they must be",
        "Identifiers must be unique among the programme's commitments, post lines, posts, post"
            + " totals, indicators, staff engagements, external support, policies and committees,"
            + " and among the phases, milestones and deliverables of each commitment. Each"
            + " repeated identifier is reported once, with how often it occurs.",
        keys(code),
        (programme, at) -> {
          ElementPath root = at.path();
          unique(at, code, root, "commitments", programme.commitments(), Commitment::id);
          for (Commitment c : programme.commitments()) {
            ElementPath path = root.key("commitments", c.id());
            unique(at, code, path, "phases", c.phases(), p -> p.id());
            unique(at, code, path, "milestones", c.milestones(), m -> m.id());
            unique(at, code, path, "deliverables", c.deliverables(), d -> d.id());
          }
          unique(at, code, root, "postLines", programme.postLines(), PostLine::id);
          unique(at, code, root, "posts", programme.posts(), Post::id);
          unique(at, code, root, "postTotals", programme.postTotals(), PostTotal::id);
          unique(at, code, root, "indicators", programme.indicators(), Indicator::id);
          unique(at, code, root, "engagements", programme.engagements(), StaffEngagement::id);
          unique(at, code, root, "externalSupport", programme.externalSupport(), ExternalSupport::id);
          unique(at, code, root, "policies", programme.policies(), Policy::id);
          unique(at, code, root, "committees", programme.committees(), Committee::id);
        });
  }

  private static <E> void unique(
      RuleContext at,
      String code,
      ElementPath parent,
      String collection,
      List<E> elements,
      Function<E, Object> id) {
    Map<Object, Integer> counts = new LinkedHashMap<>();
    for (E element : elements) {
      counts.merge(id.apply(element), 1, Integer::sum);
    }
    counts.forEach(
        (key, count) -> {
          if (count > 1) {
            at.report(
                parent.key(collection, key),
                code,
                ImmutableMap.of("id", key, "collection", collection, "count", count));
          }
        });
  }
}
