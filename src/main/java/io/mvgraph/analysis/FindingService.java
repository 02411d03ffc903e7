package io.mvgraph.analysis;

import java.util.ArrayList;
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
 * The findings of the current roadmap ({@link Findings}), filtered and paged, with their nodes. Computed from the
 * cached overlap model at each question (milliseconds on the reference data); statement ages as of today.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

	private static final String ORDER = "severity";

	private final OverlapService overlaps;

	private final AnalysisRepository repository;

	private final GraphQlLimits limits;

	FindingService(OverlapService overlaps, AnalysisRepository repository, GraphQlLimits limits) {
		this.overlaps = overlaps;
		this.repository = repository;
		this.limits = limits;
	}

	public Connection<Finding> findings(List<FindingStatus> status, List<FindingScope> scope, String unit, String topic,
			Integer first, String after) {
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, ORDER);
		OverlapModel model = this.overlaps.model();
		CoordinationPolicy policy = this.overlaps.policy();
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
		boolean open = status == null || status.isEmpty() || status.contains(FindingStatus.OPEN);
		for (Findings.Draft draft : all(model, policy)) {
			if (!open || (scope != null && !scope.isEmpty() && !scope.contains(draft.scope()))) {
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
		List<Finding> hydrated = hydrate(model, policy, page);
		return Connection.of(hydrated, size, cursor != null, matching.size(),
				(finding) -> new Cursor(ORDER, Double.toString(finding.severity()), finding.id()));
	}

	public Finding finding(String id) {
		OverlapModel model = this.overlaps.model();
		CoordinationPolicy policy = this.overlaps.policy();
		return all(model, policy).stream()
			.filter((draft) -> draft.id().equals(id))
			.findFirst()
			.map((draft) -> hydrate(model, policy, List.of(draft)).get(0))
			.orElse(null);
	}

	private List<Findings.Draft> all(OverlapModel model, CoordinationPolicy policy) {
		return Findings.compute(model, policy, OverlapScoring.DEFAULT_MIN_SCORE, this.overlaps.rejected());
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

	private List<Finding> hydrate(OverlapModel model, CoordinationPolicy policy, List<Findings.Draft> drafts) {
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
			findings.add(new Finding(draft.id(), FindingStatus.OPEN, draft.scope(), 0, units, owners,
					topics.get(model.topicIds[draft.subject()]), pairs,
					draft.sharedTopics().stream().map(topics::get).filter(Objects::nonNull).toList(), draft.severity(),
					draft.statement(), draft.proposedAction()));
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
