package org.reformkit.core.rules;

import static org.reformkit.core.rules.Facts.values;
import static org.reformkit.core.rules.StandardRules.define;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
import org.reformkit.core.model.FinanceTotal;
import org.reformkit.core.model.FinancialLine;
import org.reformkit.core.model.FinancialLineId;
import org.reformkit.core.model.Indicator;
import org.reformkit.core.model.Policy;
import org.reformkit.core.model.PolicyId;
import org.reformkit.core.model.Post;
import org.reformkit.core.model.PostLine;
import org.reformkit.core.model.PostLineId;
import org.reformkit.core.model.PostTotal;
import org.reformkit.core.model.Recommendation;
import org.reformkit.core.model.RecommendationTotal;
import org.reformkit.core.model.ReformProgramme;
import org.reformkit.core.model.Risk;
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
        Rule.builder(code, ReformProgramme.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("Every cross-reference resolves")
            .description(
                "Every identifier one element gives for another must name an element of the"
                    + " programme: commitments depended on or part of, the commitment of a post,"
                    + " line, indicator, engagement, external support, policy or monitoring"
                    + " framework, the phase of an engagement (within its commitment), the lines"
                    + " of a post total, the policies a committee applies, the commitment of a"
                    + " financial line, the lines of a stated total of money, and the commitments"
                    + " that answer a recommendation (the commitments a risk threatens:"
                    + " RISK_COMMITMENT_UNKNOWN). Absent (optional) references are skipped.")
            .messages(
                MessageKey.variants(
                    code, "commitment", "phase", "postLine", "policy", "financialLine")),
        (programme, at) -> {
          ImmutableSet<CommitmentId> commitments =
              programme.commitments().stream()
                  .map(Commitment::id)
                  .collect(ImmutableSet.toImmutableSet());
          ImmutableSet<PostLineId> lines =
              programme.postLines().stream()
                  .map(PostLine::id)
                  .collect(ImmutableSet.toImmutableSet());
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
                            root.key("postLines", line.id()).field("commitment"), id, commitments));
          }
          for (Post post : programme.posts()) {
            post.commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            root.key("posts", post.id()).field("commitment"), id, commitments));
          }
          for (Recommendation r : programme.recommendations().listed()) {
            ElementPath path =
                root.field("recommendations").key("listed", r.id()).field("answeredBy");
            for (CommitmentId id : r.answeredBy()) {
              resolver.commitment(path, id, commitments);
            }
          }
          for (PostTotal total : programme.postTotals()) {
            for (PostLineId id : total.lines()) {
              if (!lines.contains(id)) {
                at.report(
                    root.key("postTotals", total.id()).field("lines"),
                    MessageKey.of(code, "postLine"),
                    values("reference", id));
              }
            }
          }
          ElementPath finances = root.field("finances");
          for (FinancialLine line : programme.finances().lines()) {
            line.commitment()
                .ifPresent(
                    id ->
                        resolver.commitment(
                            finances.key("lines", line.id()).field("commitment"), id, commitments));
          }
          for (FinanceTotal total : programme.finances().totals()) {
            for (FinancialLineId id : total.lines()) {
              if (programme.finances().line(id).isEmpty()) {
                at.report(
                    finances.key("totals", total.id()).field("lines"),
                    MessageKey.of(code, "financialLine"),
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
                    MessageKey.of(code, "phase"),
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
                    MessageKey.of(code, "policy"),
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
        at.report(path, MessageKey.of(code, "commitment"), values("reference", id));
      }
    }
  }

  static Rule<ReformProgramme> dependencyCycle() {
    String code = "COMMITMENT_DEPENDENCY_CYCLE";
    return define(
        Rule.builder(code, ReformProgramme.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.SKIP_IF_ALL_MISSING)
            .title("Commitment dependencies and parts have no cycle")
            .description(
                "Commitments that depend on each other in a circle (a on b, b on a; or a on"
                    + " itself), or that are parts of each other in a circle, are reported once"
                    + " per circle, at the member listed first, naming every member. References"
                    + " that do not resolve are left to REFERENCE_UNRESOLVED.")
            .messages(MessageKey.variants(code, "dependsOn", "partOf")),
        (programme, at) -> {
          Map<CommitmentId, List<CommitmentId>> depends = new LinkedHashMap<>();
          Map<CommitmentId, List<CommitmentId>> parts = new LinkedHashMap<>();
          for (Commitment c : programme.commitments()) {
            depends.computeIfAbsent(c.id(), k -> new ArrayList<>()).addAll(c.dependsOn());
            List<CommitmentId> parent = parts.computeIfAbsent(c.id(), k -> new ArrayList<>());
            c.partOf().ifPresent(parent::add);
          }
          reportCycles(at, MessageKey.of(code, "dependsOn"), depends);
          reportCycles(at, MessageKey.of(code, "partOf"), parts);
        });
  }

  private static void reportCycles(
      RuleContext at, MessageKey key, Map<CommitmentId, List<CommitmentId>> edges) {
    for (List<CommitmentId> cycle : Cycles.find(edges)) {
      at.report(
          at.path().key("commitments", cycle.get(0)),
          key,
          values("commitment", cycle.get(0), "cycle", ImmutableList.copyOf(cycle)));
    }
  }

  /**
   * Finds the strongly connected components of a graph that are cycles (more than one node, or one
   * node with an edge to itself), with Tarjan's algorithm, without recursion. Each cycle lists its
   * members in the graph's order; cycles come in the order of their first member. Edges to nodes
   * outside the graph are ignored.
   */
  static final class Cycles {
    private final int[][] targets;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final List<List<Integer>> components = new ArrayList<>();
    private int counter = 1;

    private Cycles(int[][] targets) {
      this.targets = targets;
      this.index = new int[targets.length];
      this.low = new int[targets.length];
      this.onStack = new boolean[targets.length];
    }

    static List<List<CommitmentId>> find(Map<CommitmentId, List<CommitmentId>> edges) {
      List<CommitmentId> nodes = new ArrayList<>(edges.keySet());
      Map<CommitmentId, Integer> order = new HashMap<>();
      for (CommitmentId node : nodes) {
        order.put(node, order.size());
      }
      int[][] targets = new int[nodes.size()][];
      for (int n = 0; n < nodes.size(); n++) {
        targets[n] =
            edges.getOrDefault(nodes.get(n), List.of()).stream()
                .mapToInt(t -> order.getOrDefault(t, -1))
                .filter(t -> t >= 0)
                .toArray();
      }
      Cycles search = new Cycles(targets);
      for (int n = 0; n < nodes.size(); n++) {
        if (search.index[n] == 0) {
          search.visit(n);
        }
      }
      List<List<CommitmentId>> cycles = new ArrayList<>();
      for (List<Integer> component : search.components) {
        int only = component.get(0);
        boolean selfLoop = java.util.Arrays.stream(targets[only]).anyMatch(t -> t == only);
        if (component.size() > 1 || selfLoop) {
          List<Integer> members = new ArrayList<>(component);
          members.sort(Integer::compare);
          List<CommitmentId> cycle = new ArrayList<>();
          members.forEach(m -> cycle.add(nodes.get(m)));
          cycles.add(cycle);
        }
      }
      cycles.sort(
          (a, b) ->
              Integer.compare(order.getOrDefault(a.get(0), 0), order.getOrDefault(b.get(0), 0)));
      return cycles;
    }

    private void visit(int start) {
      Deque<int[]> work = new ArrayDeque<>();
      open(start);
      work.push(new int[] {start, 0});
      while (!work.isEmpty()) {
        int[] frame = work.pop();
        int node = frame[0];
        int next = frame[1];
        if (next < targets[node].length) {
          work.push(new int[] {node, next + 1});
          int target = targets[node][next];
          if (index[target] == 0) {
            open(target);
            work.push(new int[] {target, 0});
          } else if (onStack[target]) {
            low[node] = Math.min(low[node], index[target]);
          }
          continue;
        }
        if (low[node] == index[node]) {
          List<Integer> component = new ArrayList<>();
          int member;
          do {
            member = stack.pop();
            onStack[member] = false;
            component.add(member);
          } while (member != node);
          components.add(component);
        }
        int[] parent = work.peek();
        if (parent != null) {
          low[parent[0]] = Math.min(low[parent[0]], low[node]);
        }
      }
    }

    private void open(int node) {
      index[node] = counter;
      low[node] = counter;
      counter++;
      stack.push(node);
      onStack[node] = true;
    }
  }

  static Rule<ReformProgramme> identifierUnique() {
    String code = "IDENTIFIER_UNIQUE";
    return define(
        Rule.builder(code, ReformProgramme.class)
            .severity(Severity.ERROR)
            .whenFactsMissing(MissingFacts.NEVER_SKIP)
            .title("Identifiers are unique where they must be")
            .description(
                "Identifiers must be unique among the programme's commitments, post lines,"
                    + " posts, post totals, financial lines, totals of money, risks, indicators,"
                    + " staff engagements, external support, policies, committees, listed"
                    + " recommendations and stated counts of recommendations, and among the"
                    + " phases, milestones and deliverables of each commitment. Each repeated"
                    + " identifier is reported once, with how often it occurs.")
            .messages(MessageKey.of(code)),
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
          ElementPath money = root.field("finances");
          unique(at, code, money, "lines", programme.finances().lines(), FinancialLine::id);
          unique(at, code, money, "totals", programme.finances().totals(), FinanceTotal::id);
          unique(at, code, root, "risks", programme.risks(), Risk::id);
          unique(at, code, root, "indicators", programme.indicators(), Indicator::id);
          unique(at, code, root, "engagements", programme.engagements(), StaffEngagement::id);
          unique(
              at, code, root, "externalSupport", programme.externalSupport(), ExternalSupport::id);
          unique(at, code, root, "policies", programme.policies(), Policy::id);
          unique(at, code, root, "committees", programme.committees(), Committee::id);
          ElementPath recommendations = root.field("recommendations");
          unique(
              at,
              code,
              recommendations,
              "listed",
              programme.recommendations().listed(),
              Recommendation::id);
          unique(
              at,
              code,
              recommendations,
              "totals",
              programme.recommendations().totals(),
              RecommendationTotal::id);
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
                MessageKey.of(code),
                ImmutableMap.of("id", key, "collection", collection, "count", count));
          }
        });
  }
}
