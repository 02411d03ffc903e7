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
 * data); statement ages as of today. Two statements besides the model: the finding nodes, the bodies and topics.
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
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, ORDER);
		CoordinationPolicy policy = this.overlaps.policy(asOf);
		OverlapModel model = this.overlaps.model(asOf);
		Integer unitIndex = null;
		if (unit != null) {
			Integer body = model.bodyIndex.get(unit);
			if (body == null) {
				throw ApiException.notFound("unit", "body", unit);
			}
			// any body names its unit: asking for SC 29 gives JTC 1's findings
			unitIndex = model.units.unit[body];
		}
		Integer topicIndex = null;
		if (topic != null) {
			topicIndex = model.topicIndex.get(topic);
			if (topicIndex == null) {
				throw ApiException.notFound("topic", "topic", topic);
			}
		}
		List<Findings.Draft> matching = new ArrayList<>();
		Map<String, FindingStore.Stored> nodes = new java.util.HashMap<>();
		this.store.all().forEach((node) -> nodes.put(node.record().id(), node));
		Map<String, FindingStore.Stored> stored = asOf == null ? nodes
				: this.store.asOf(nodes, RoadmapAsOf.endOf(policy.asOf()));
		for (Findings.Draft draft : all(model, policy, stored)) {
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
		boolean started = cursor == null;
		for (Findings.Draft draft : matching) {
			if (!started) {
				started = draft.id().equals(cursor.id());
				continue;
			}
			if (page.size() > size) {
				break;
			}
			page.add(draft);
		}
		List<Finding> hydrated = hydrate(model, policy, page, stored);
		return Connection.of(hydrated, size, cursor != null, matching.size(),
				(finding) -> new Cursor(ORDER, Double.toString(finding.severity()), finding.id()));
	}

	public Finding finding(String id) {
		OverlapModel model = this.overlaps.model();
		CoordinationPolicy policy = this.overlaps.policy();
		Map<String, FindingStore.Stored> stored = new java.util.HashMap<>();
		this.store.stored(List.of(id)).forEach((node) -> stored.put(node.record().id(), node));
		return all(model, policy, stored).stream()
			.filter((draft) -> draft.id().equals(id))
			.findFirst()
			.map((draft) -> hydrate(model, policy, List.of(draft), stored).get(0))
			.orElse(null);
	}

	/** Whether a finding with this id exists now: computed, or kept (DISMISSED, RESOLVED). */
	boolean exists(String id) {
		return finding(id) != null;
	}

	/** The findings computed on this model. */
	List<Findings.Draft> computed(OverlapModel model, CoordinationPolicy policy) {
		return Findings.compute(model, policy, OverlapScoring.DEFAULT_MIN_SCORE, this.overlaps.rejected());
	}

	/**
	 * The findings there are: those computed now, and those no longer computed that were dismissed or resolved
	 * (shown as last computed, with the pairs whose items still exist). Others that are no longer computed (their
	 * items deleted or changed) are gone. Most severe first.
	 */
	private List<Findings.Draft> all(OverlapModel model, CoordinationPolicy policy,
			Map<String, FindingStore.Stored> stored) {
		List<Findings.Draft> drafts = new ArrayList<>(computed(model, policy));
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

	private List<Finding> hydrate(OverlapModel model, CoordinationPolicy policy, List<Findings.Draft> drafts,
			Map<String, FindingStore.Stored> stored) {
		List<long[]> allPairs = new ArrayList<>();
		Set<String> bodyIds = new LinkedHashSet<>();
		Set<String> topicIds = new LinkedHashSet<>();
		for (Findings.Draft draft : drafts) {
			allPairs.addAll(draft.pairs());
			bodyIds.add(model.bodyIds[draft.unitA()]);
			bodyIds.add(model.bodyIds[draft.unitB()]);
			for (int owner : draft.owners()) {
				bodyIds.add(model.bodyIds[owner]);
			}
			topicIds.add(model.topicIds[draft.subject()]);
			topicIds.addAll(draft.sharedTopics());
		}
		List<Overlap> overlaps = this.overlaps.hydrate(model, allPairs, policy);
		Map<OverlapPair, Overlap> byPair = new java.util.HashMap<>();
		overlaps.forEach((overlap) -> byPair.put(overlap.pair(), overlap));
		Map<String, Body> bodies = nodes(model.nodes.bodies(), bodyIds, this.repository::bodies);
		Map<String, Topic> topics = nodes(model.nodes.topics(), topicIds, this.repository::topics);
		List<Finding> findings = new ArrayList<>();
		for (Findings.Draft draft : drafts) {
			List<Overlap> pairs = draft.pairs()
				.stream()
				.map((pair) -> byPair.get(new OverlapPair(model.itemIds[(int) pair[0]], model.itemIds[(int) pair[1]])))
				.filter(Objects::nonNull)
				.toList();
			List<Body> units = java.util.stream.Stream.of(draft.unitA(), draft.unitB())
				.map((unit) -> bodies.get(model.bodyIds[unit]))
				.filter(Objects::nonNull)
				.toList();
			List<Body> owners = java.util.Arrays.stream(draft.owners())
				.mapToObj((owner) -> bodies.get(model.bodyIds[owner]))
				.filter(Objects::nonNull)
				.toList();
			FindingStore.Stored node = stored.get(draft.id());
			FindingRecord state = node != null ? node.record()
					: new FindingRecord(draft.id(), FindingStatus.OPEN, null, null, null, null, null, List.of());
			findings.add(new Finding(draft.id(), state.status(), draft.scope(), node != null ? (int) node.version() : 0,
					units, owners, topics.get(model.topicIds[draft.subject()]), pairs,
					draft.sharedTopics().stream().map(topics::get).filter(Objects::nonNull).toList(), draft.severity(),
					draft.statement(), draft.proposedAction(), state.note(), state.meeting(), state.liaison(),
					state.report(), state.resolvedBy(), state.resolvedByLiaisons(),
					node != null ? node.statusChangedAt() : null, node != null ? node.statusChangedBy() : null));
		}
		return findings;
	}

	private static <T> Map<String, T> nodes(Map<String, T> cached, Set<String> ids,
			java.util.function.Function<java.util.Collection<String>, Map<String, T>> load) {
		Map<String, T> found = new java.util.HashMap<>();
		Set<String> missing = new LinkedHashSet<>();
		for (String id : ids) {
			T node = cached.get(id);
			if (node != null) {
				found.put(id, node);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			found.putAll(load.apply(missing));
		}
		return found;
	}

}
