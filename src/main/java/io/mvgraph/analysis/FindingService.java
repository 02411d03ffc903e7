package io.mvgraph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import io.mvgraph.api.ApiException;
import io.mvgraph.api.Connection;
import io.mvgraph.api.Cursor;
import io.mvgraph.api.GraphQlLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of the current roadmap ({@link Findings}), filtered and paged, with their nodes and their lifecycle
 * ({@link FindingStore}). Computed from the cached overlap model at each question (milliseconds on the reference
 * data); statement ages as of today. A warm GraphQL request takes one statement (the fingerprint, the rejected pairs,
 * the finding nodes and every node it shows with its selected fields, {@link OverlapService#compiled}); the batch
 * path (reports, {@code asOf}) the fingerprint, the verdicts, the finding nodes, and the nodes' fields batch-loaded.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

	private static final String ORDER = "severity";

	private final OverlapService overlaps;

	private final AnalysisRepository repository;

	private final GraphQlLimits limits;

	private final FindingStore store;

	FindingService(OverlapService overlaps, AnalysisRepository repository, GraphQlLimits limits, FindingStore store) {
		this.overlaps = overlaps;
		this.repository = repository;
		this.limits = limits;
		this.store = store;
	}

	public Connection<Finding> findings(List<FindingStatus> status, List<FindingScope> scope, String unit, String topic,
			Integer first, String after) {
		return findings(status, scope, unit, topic, first, after, null);
	}

	/**
	 * The findings of the roadmap as it stood on {@code asOf} (null: today): computed on the roadmap of that day
	 * ({@link RoadmapAsOf}, {@link OverlapModelCache#asOf}) with the coordination rules of that day, each with its
	 * status of that day (the lifecycle changes recorded after it undone, {@link FindingStore#asOf}).
	 */
	public Connection<Finding> findings(List<FindingStatus> status, List<FindingScope> scope, String unit, String topic,
			Integer first, String after, java.time.LocalDate asOf) {
		return findings(status, scope, unit, topic, first, after, asOf, null);
	}

	/**
	 * The GraphQL question: today's findings of a warm request in one statement ({@link OverlapService#compiled}),
	 * which also reads the finding nodes (their lifecycle) and repeats when they moved since the last request read
	 * them; as of a past day the batch path (the model of that day, the lifecycle's history, the nodes' fields).
	 */
	Connection<Finding> findings(List<FindingStatus> status, List<FindingScope> scope, String unit, String topic,
			Integer first, String after, java.time.LocalDate asOf, OverlapService.Request request) {
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, ORDER);
		CoordinationPolicy policy = this.overlaps.policy(asOf);
		Filter filter = new Filter(status, scope, unit, topic, size, cursor);
		java.util.function.Supplier<Connection<Finding>> batch = () -> {
			OverlapModel model = this.overlaps.model(asOf);
			Map<String, FindingStore.Stored> nodes = byId(this.store.all());
			Map<String, FindingStore.Stored> stored = asOf == null ? nodes
					: this.store.asOf(nodes, RoadmapAsOf.endOf(policy.asOf()));
			Page page = page(model, policy, stored, this.overlaps.rejected(), filter);
			return connection(page, hydrate(model, policy, page.page(), stored), filter);
		};
		if (asOf != null || request == null) {
			return batch.get();
		}
		return this.overlaps.compiled(request, (model, rejected, statement) -> {
			List<FindingStore.Stored> basis = basis();
			Map<String, FindingStore.Stored> stored = byId(basis);
			Page page = page(model, policy, stored, rejected, filter);
			checkNodes(statement, FindingStore.ALL, basis, (fresh) -> this.lastNodes = fresh);
			java.util.function.Supplier<List<Finding>> findings = compiled(statement, request, "edges/node/", model,
					policy, page.page(), stored);
			return () -> connection(page, findings.get(), filter);
		}, batch);
	}

	/** The finding nodes the last statement read; the first request reads them on their own. */
	private List<FindingStore.Stored> basis() {
		List<FindingStore.Stored> basis = this.lastNodes;
		if (basis == null) {
			basis = this.store.all();
			this.lastNodes = basis;
		}
		return basis;
	}

	/** The statement reads the finding nodes too; the plan runs again when they are not those it was made with. */
	private static void checkNodes(AnalysisStatement statement, String expression, List<FindingStore.Stored> basis,
			java.util.function.Consumer<List<FindingStore.Stored>> seen) {
		statement.extra(expression, (value) -> {
			List<FindingStore.Stored> fresh = List.copyOf(value.asList(FindingStore::stored));
			seen.accept(fresh);
			if (!fresh.equals(basis)) {
				statement.stale();
			}
		});
	}

	/**
	 * The finding nodes (all of them) as the last statement read them: a warm request pages with them and checks them
	 * in its one statement, so that a lifecycle move made anywhere is seen by the next request.
	 */
	private volatile List<FindingStore.Stored> lastNodes;

	private record Filter(List<FindingStatus> status, List<FindingScope> scope, String unit, String topic, int size,
			Cursor cursor) {
	}

	private record Page(List<Findings.Draft> matching, List<Findings.Draft> page) {
	}

	private static Map<String, FindingStore.Stored> byId(List<FindingStore.Stored> nodes) {
		Map<String, FindingStore.Stored> byId = new java.util.HashMap<>();
		nodes.forEach((node) -> byId.put(node.record().id(), node));
		return byId;
	}

	private Connection<Finding> connection(Page page, List<Finding> hydrated, Filter filter) {
		return Connection.of(hydrated, filter.size(), filter.cursor() != null, page.matching().size(),
				(finding) -> new Cursor(ORDER, Double.toString(finding.severity()), finding.id()));
	}

	private Page page(OverlapModel model, CoordinationPolicy policy, Map<String, FindingStore.Stored> stored,
			Set<OverlapPair> rejected, Filter filter) {
		Integer unitIndex = null;
		if (filter.unit() != null) {
			Integer body = model.bodyIndex.get(filter.unit());
			if (body == null) {
				throw ApiException.notFound("unit", "body", filter.unit());
			}
			// any body names its unit: asking for SC 29 gives JTC 1's findings
			unitIndex = model.units.unit[body];
		}
		Integer topicIndex = null;
		if (filter.topic() != null) {
			topicIndex = model.topicIndex.get(filter.topic());
			if (topicIndex == null) {
				throw ApiException.notFound("topic", "topic", filter.topic());
			}
		}
		List<FindingStatus> status = filter.status();
		List<FindingScope> scope = filter.scope();
		List<Findings.Draft> matching = new ArrayList<>();
		for (Findings.Draft draft : all(model, policy, stored, rejected)) {
			FindingStatus current = stored.containsKey(draft.id()) ? stored.get(draft.id()).record().status()
					: FindingStatus.OPEN;
			if (status != null && !status.isEmpty() && !status.contains(current)) {
				continue;
			}
			if (scope != null && !scope.isEmpty() && !scope.contains(draft.scope())) {
				continue;
			}
			if (unitIndex != null && draft.unitA() != unitIndex && draft.unitB() != unitIndex) {
				continue;
			}
			if (topicIndex != null && !concerns(model, draft, topicIndex)) {
				continue;
			}
			matching.add(draft);
		}
		List<Findings.Draft> page = new ArrayList<>();
		Cursor cursor = filter.cursor();
		boolean started = cursor == null;
		for (Findings.Draft draft : matching) {
			if (!started) {
				started = draft.id().equals(cursor.id());
				continue;
			}
			if (page.size() > filter.size()) {
				break;
			}
			page.add(draft);
		}
		return new Page(matching, page);
	}

	public Finding finding(String id) {
		return finding(id, null);
	}

	/** The GraphQL question: one statement when warm, which reads the finding's node too. */
	Finding finding(String id, OverlapService.Request request) {
		if (request == null) {
			OverlapModel model = this.overlaps.model();
			CoordinationPolicy policy = this.overlaps.policy();
			Map<String, FindingStore.Stored> stored = byId(this.store.stored(List.of(id)));
			return all(model, policy, stored, this.overlaps.rejected()).stream()
				.filter((draft) -> draft.id().equals(id))
				.findFirst()
				.map((draft) -> hydrate(model, policy, List.of(draft), stored).get(0))
				.orElse(null);
		}
		CoordinationPolicy policy = this.overlaps.policy();
		// the node as the last try read it, for the next try
		java.util.concurrent.atomic.AtomicReference<List<FindingStore.Stored>> seen = new java.util.concurrent.atomic.AtomicReference<>();
		return this.overlaps.compiled(request, (model, rejected, statement) -> {
			List<FindingStore.Stored> basis = seen.get() != null ? seen.get()
					: basis().stream().filter((node) -> node.record().id().equals(id)).toList();
			Map<String, FindingStore.Stored> stored = byId(basis);
			List<Findings.Draft> drafts = all(model, policy, stored, rejected).stream()
				.filter((draft) -> draft.id().equals(id))
				.limit(1)
				.toList();
			statement.parameter("findingId", id);
			checkNodes(statement, "COLLECT { MATCH (n:Finding {id: $findingId}) RETURN n }", basis, seen::set);
			java.util.function.Supplier<List<Finding>> findings = compiled(statement, request, "", model, policy,
					drafts, stored);
			return () -> findings.get().stream().findFirst().orElse(null);
		}, () -> finding(id, null));
	}

	/** Whether a finding with this id exists now: computed, or kept (DISMISSED, RESOLVED). */
	boolean exists(String id) {
		return finding(id) != null;
	}

	/** The findings computed on this model. */
	List<Findings.Draft> computed(OverlapModel model, CoordinationPolicy policy) {
		return computed(model, policy, this.overlaps.rejected());
	}

	private static List<Findings.Draft> computed(OverlapModel model, CoordinationPolicy policy,
			Set<OverlapPair> rejected) {
		return Findings.compute(model, policy, OverlapScoring.DEFAULT_MIN_SCORE, rejected);
	}

	/**
	 * The findings there are: those computed now, and those no longer computed that were dismissed or resolved
	 * (shown as last computed, with the pairs whose items still exist). Others that are no longer computed (their
	 * items deleted or changed) are gone. Most severe first.
	 */
	private static List<Findings.Draft> all(OverlapModel model, CoordinationPolicy policy,
			Map<String, FindingStore.Stored> stored, Set<OverlapPair> rejected) {
		List<Findings.Draft> drafts = new ArrayList<>(computed(model, policy, rejected));
		Set<String> computed = new java.util.HashSet<>();
		drafts.forEach((draft) -> computed.add(draft.id()));
		List<FindingStore.Stored> kept = stored.values()
			.stream()
			.filter((node) -> !computed.contains(node.record().id()) && node.unitA() != null
					&& (node.record().status() == FindingStatus.DISMISSED
							|| node.record().status() == FindingStatus.RESOLVED))
			.toList();
		if (kept.isEmpty()) {
			return drafts;
		}
		Map<Long, long[]> pairs = pairs(model, kept);
		for (FindingStore.Stored node : kept) {
			Integer unitA = model.bodyIndex.get(node.unitA());
			Integer unitB = model.bodyIndex.get(node.unitB());
			Integer subject = model.topicIndex.get(node.subject());
			if (unitA == null || unitB == null || subject == null) {
				continue;
			}
			List<long[]> found = new ArrayList<>();
			for (String pair : node.pairs()) {
				long[] key = pairs.get(unordered(model, pair));
				if (key != null) {
					found.add(key);
				}
			}
			int[] owners = node.owners().stream().map(model.bodyIndex::get).filter(Objects::nonNull)
				.mapToInt(Integer::intValue).toArray();
			drafts.add(new Findings.Draft(node.record().id(), node.scope(), unitA, unitB, subject, found, owners,
					node.sharedTopics().stream().filter(model.topicIndex::containsKey).toList(), node.severity(),
					node.statement(), node.proposedAction()));
		}
		drafts.sort(Findings.ORDER);
		return drafts;
	}

	/** The model's pairs {a, b, ranked key} among those of these nodes, by unordered key: one pass over the pairs. */
	static Map<Long, long[]> pairs(OverlapModel model, Collection<FindingStore.Stored> nodes) {
		Set<Long> wanted = new java.util.HashSet<>();
		for (FindingStore.Stored node : nodes) {
			for (String pair : node.pairs()) {
				long key = unordered(model, pair);
				if (key >= 0) {
					wanted.add(key);
				}
			}
		}
		Map<Long, long[]> found = new java.util.HashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		for (long key : model.pairs) {
			int a = PairKeys.a(key);
			int b = PairKeys.b(key);
			long unordered = PairKeys.unordered(a, b);
			if (wanted.contains(unordered)) {
				found.put(unordered, new long[] { a, b, key });
			}
		}
		return found;
	}

	/** The unordered key of a pair id "a|b" in the model; -1 when an item is not in it (any more). */
	static long unordered(OverlapModel model, String pairId) {
		int bar = pairId.indexOf('|');
		Integer a = bar < 0 ? null : model.itemIndex.get(pairId.substring(0, bar));
		Integer b = bar < 0 ? null : model.itemIndex.get(pairId.substring(bar + 1));
		return a == null || b == null ? -1 : PairKeys.unordered(a, b);
	}

	/** Whether the finding's subject, or one of its shared topics, is the topic or below it. */
	private static boolean concerns(OverlapModel model, Findings.Draft draft, int topic) {
		if (below(model, draft.subject(), topic)) {
			return true;
		}
		return draft.sharedTopics().stream().anyMatch((id) -> below(model, model.topicIndex.get(id), topic));
	}

	private static boolean below(OverlapModel model, int topic, int ancestor) {
		for (int up = topic, guard = 0; up >= 0 && guard < 64; up = model.topicParent[up], guard++) {
			if (up == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The ids of the bodies and topics the findings show, per role, and their pairs. */
	private record Prepared(List<long[]> pairs, Set<String> units, Set<String> owners, Set<String> subjects,
			Set<String> sharedTopics) {
	}

	private static Prepared prepare(OverlapModel model, List<Findings.Draft> drafts) {
		List<long[]> allPairs = new ArrayList<>();
		Set<String> units = new LinkedHashSet<>();
		Set<String> owners = new LinkedHashSet<>();
		Set<String> subjects = new LinkedHashSet<>();
		Set<String> sharedTopics = new LinkedHashSet<>();
		for (Findings.Draft draft : drafts) {
			allPairs.addAll(draft.pairs());
			units.add(model.bodyIds[draft.unitA()]);
			units.add(model.bodyIds[draft.unitB()]);
			for (int owner : draft.owners()) {
				owners.add(model.bodyIds[owner]);
			}
			subjects.add(model.topicIds[draft.subject()]);
			sharedTopics.addAll(draft.sharedTopics());
		}
		return new Prepared(allPairs, units, owners, subjects, sharedTopics);
	}

	/** The nodes the findings show, per role. */
	private record Nodes(Map<String, Body> units, Map<String, Body> owners, Map<String, Topic> subjects,
			Map<String, Topic> sharedTopics) {
	}

	private List<Finding> hydrate(OverlapModel model, CoordinationPolicy policy, List<Findings.Draft> drafts,
			Map<String, FindingStore.Stored> stored) {
		Prepared prepared = prepare(model, drafts);
		Set<String> bodyIds = new LinkedHashSet<>(prepared.units());
		bodyIds.addAll(prepared.owners());
		Set<String> topicIds = new LinkedHashSet<>(prepared.subjects());
		topicIds.addAll(prepared.sharedTopics());
		List<Overlap> overlaps = this.overlaps.hydrate(model, prepared.pairs(), policy);
		Map<String, Body> bodies = OverlapService.nodes(model.nodes.bodies(), bodyIds, this.repository::bodies);
		Map<String, Topic> topics = OverlapService.nodes(model.nodes.topics(), topicIds, this.repository::topics);
		return build(model, drafts, stored, overlaps, new Nodes(bodies, bodies, topics, topics));
	}

	/**
	 * Adds the nodes of these findings, as {@code prefix} + {@code units}, {@code pairs/a} ... select them, to the
	 * statement; the findings once it ran.
	 */
	private static java.util.function.Supplier<List<Finding>> compiled(AnalysisStatement statement,
			OverlapService.Request request, String prefix, OverlapModel model, CoordinationPolicy policy,
			List<Findings.Draft> drafts, Map<String, FindingStore.Stored> stored) {
		Prepared prepared = prepare(model, drafts);
		OverlapService.Prepared pairs = OverlapService.prepare(model, prepared.pairs(), policy);
		var selection = request.selection();
		AnalysisStatement.Role<Body> units = statement.role("Body", Body.class,
				AnalysisStatement.selections(selection, prefix + "units"), prepared.units());
		AnalysisStatement.Role<Body> owners = statement.role("Body", Body.class,
				AnalysisStatement.selections(selection, prefix + "owners"), prepared.owners());
		AnalysisStatement.Role<Topic> subjects = statement.role("Topic", Topic.class,
				AnalysisStatement.selections(selection, prefix + "subject"), prepared.subjects());
		AnalysisStatement.Role<Topic> sharedTopics = statement.role("Topic", Topic.class,
				AnalysisStatement.selections(selection, prefix + "sharedTopics"), prepared.sharedTopics());
		var pairNodes = OverlapService.roles(statement, selection, prefix + "pairs/", pairs, model);
		return () -> build(model, drafts, stored, OverlapService.build(model, pairs, pairNodes.get()),
				new Nodes(AnalysisStatement.nodes(units, model.nodes.bodies()),
						AnalysisStatement.nodes(owners, model.nodes.bodies()),
						AnalysisStatement.nodes(subjects, model.nodes.topics()),
						AnalysisStatement.nodes(sharedTopics, model.nodes.topics())));
	}

	private static List<Finding> build(OverlapModel model, List<Findings.Draft> drafts,
			Map<String, FindingStore.Stored> stored, List<Overlap> overlaps, Nodes nodes) {
		Map<OverlapPair, Overlap> byPair = new java.util.HashMap<>();
		overlaps.forEach((overlap) -> byPair.put(overlap.pair(), overlap));
		List<Finding> findings = new ArrayList<>();
		for (Findings.Draft draft : drafts) {
			List<Overlap> pairs = draft.pairs()
				.stream()
				.map((pair) -> byPair.get(new OverlapPair(model.itemIds[(int) pair[0]], model.itemIds[(int) pair[1]])))
				.filter(Objects::nonNull)
				.toList();
			List<Body> units = java.util.stream.Stream.of(draft.unitA(), draft.unitB())
				.map((unit) -> nodes.units().get(model.bodyIds[unit]))
				.filter(Objects::nonNull)
				.toList();
			List<Body> owners = java.util.Arrays.stream(draft.owners())
				.mapToObj((owner) -> nodes.owners().get(model.bodyIds[owner]))
				.filter(Objects::nonNull)
				.toList();
			FindingStore.Stored node = stored.get(draft.id());
			FindingRecord state = node != null ? node.record()
					: new FindingRecord(draft.id(), FindingStatus.OPEN, null, null, null, null, null, List.of());
			findings.add(new Finding(draft.id(), state.status(), draft.scope(), node != null ? (int) node.version() : 0,
					units, owners, nodes.subjects().get(model.topicIds[draft.subject()]), pairs,
					draft.sharedTopics().stream().map(nodes.sharedTopics()::get).filter(Objects::nonNull).toList(),
					draft.severity(), draft.statement(), draft.proposedAction(), state.note(), state.meeting(),
					state.liaison(), state.report(), state.resolvedBy(), state.resolvedByLiaisons(),
					node != null ? node.statusChangedAt() : null, node != null ? node.statusChangedBy() : null));
		}
		return findings;
	}

}
