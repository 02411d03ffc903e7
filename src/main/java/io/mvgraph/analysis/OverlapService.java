package io.mvgraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overlaps and coordination gaps, answered from the cached {@link OverlapModel} in four steps: select the pairs
 * (score, filters, coordination), drop the pairs reviewers rejected ({@link OverlapVerdicts}), take the first ones,
 * and attach their evidence and nodes. A warm question costs two statements, whatever the number of pairs: the
 * fingerprint of the graph, and the rejected pairs of the reviews (read fresh each time, one statement per
 * {@link OverlapVerdicts} bean); fields of the work items (owner, topics...) add their usual batch statements.
 */
@Service
@Transactional(readOnly = true)
public class OverlapService {

	/** How many shared words an overlap shows. */
	static final int SHARED_TERMS = 8;

	private final OverlapModelCache models;

	private final AnalysisRepository repository;

	private final List<OverlapVerdicts> verdicts;

	private final GraphQlLimits limits;

	/** How old a liaison statement may be and still count as coordination ({@code mvgraph.analysis.statement-max-age}). */
	private final Period statementMaxAge;

	private final Clock clock = Clock.systemUTC();

	OverlapService(OverlapModelCache models, AnalysisRepository repository, List<OverlapVerdicts> verdicts,
			GraphQlLimits limits, @Value("${mvgraph.analysis.statement-max-age:P4Y}") Period statementMaxAge) {
		this.models = models;
		this.repository = repository;
		this.verdicts = verdicts;
		this.limits = limits;
		this.statementMaxAge = statementMaxAge;
	}

	/**
	 * What to select. {@code topic} and {@code body} are ids or null; {@code uncoordinatedOnly} for the gaps;
	 * {@code includeInternal} lets overlaps inside one coordination unit through.
	 */
	record Criteria(double minScore, String topic, String body, boolean uncoordinatedOnly, boolean includeInternal) {
	}

	/** The coordination rules as of today (later: as of a date the caller gives). */
	CoordinationPolicy policy() {
		return new CoordinationPolicy(LocalDate.now(this.clock), this.statementMaxAge);
	}

	OverlapModel model() {
		return this.models.current();
	}

	/**
	 * The coordination rules as of a day (null: today): liaisons sent after it do not coordinate, statement ages and
	 * ended bodies are counted on it. A day in the future is a BAD_REQUEST naming {@code asOf}.
	 */
	CoordinationPolicy policy(LocalDate asOf) {
		return new CoordinationPolicy(day(asOf), this.statementMaxAge);
	}

	/** The model of the roadmap as it stood on the day ({@link RoadmapAsOf}); null: today's. */
	OverlapModel model(LocalDate asOf) {
		return asOf == null ? this.models.current() : this.models.asOf(day(asOf));
	}

	private LocalDate day(LocalDate asOf) {
		LocalDate today = LocalDate.now(this.clock);
		if (asOf != null && asOf.isAfter(today)) {
			throw ApiException.badRequest("asOf", "must not be in the future, was " + asOf);
		}
		return asOf != null ? asOf : today;
	}

	public List<Overlap> overlaps(Double minScore, String topic, String body, Integer first) {
		return overlaps(minScore, topic, body, first, false, null);
	}

	public List<Overlap> overlaps(Double minScore, String topic, String body, Integer first, Boolean includeInternal,
			LocalDate asOf) {
		int size = this.limits.pageSize(first, 50);
		return find(new Criteria(minScore(minScore), topic, body, false, Boolean.TRUE.equals(includeInternal)), size,
				asOf);
	}

	public List<Overlap> coordinationGaps(Double minScore, String topic, String body, Integer first) {
		return coordinationGaps(minScore, topic, body, first, null);
	}

	public List<Overlap> coordinationGaps(Double minScore, String topic, String body, Integer first, LocalDate asOf) {
		int size = this.limits.pageSize(first, 50);
		return find(new Criteria(minScore(minScore), topic, body, true, false), size, asOf);
	}

	/** The coordination gaps, most severe first, and how many there are in all. */
	public record Ranked(List<Overlap> overlaps, int total) {
	}

	public Ranked gapsBySeverity(double minScore, int first) {
		OverlapModel model = this.models.current();
		List<long[]> all = select(model, new Criteria(minScore(minScore), null, null, true, false), Integer.MAX_VALUE,
				policy());
		List<long[]> top = all.stream()
			.sorted(Comparator.comparingDouble((long[] pair) -> -severity(model, pair))
				.thenComparing((long[] pair) -> model.itemIds[(int) pair[0]])
				.thenComparing((long[] pair) -> model.itemIds[(int) pair[1]]))
			.limit(first)
			.toList();
		return new Ranked(hydrate(model, top, policy()), all.size());
	}

	private List<Overlap> find(Criteria criteria, int size, LocalDate asOf) {
		CoordinationPolicy policy = policy(asOf);
		OverlapModel model = model(asOf);
		return hydrate(model, select(model, criteria, size, policy), policy);
	}

	private double minScore(Double minScore) {
		double value = minScore != null ? minScore : OverlapScoring.DEFAULT_MIN_SCORE;
		if (!(value >= OverlapScoring.FLOOR && value <= 1)) {
			throw ApiException.badRequest("minScore",
					"must be between " + OverlapScoring.FLOOR + " and 1, was " + minScore);
		}
		return value;
	}

	/** Step 1 and 2: the pairs that pass the criteria and no reviewer rejected, best first; {a, b, ranked key}. */
	private List<long[]> select(OverlapModel model, Criteria criteria, int limit, CoordinationPolicy policy) {
		IntPredicate aboutTopic = topicFilter(model, criteria.topic());
		IntPredicate ofBody = bodyFilter(model, criteria.body());
		Set<OverlapPair> rejected = rejected();
		List<long[]> selected = new ArrayList<>();
		for (long key : model.pairs) {
			if (selected.size() >= limit || PairKeys.score(key) < criteria.minScore()) {
				break;
			}
			int a = PairKeys.a(key);
			int b = PairKeys.b(key);
			if (!aboutTopic.test(a) || !aboutTopic.test(b)) {
				continue;
			}
			if (!ofBody.test(a) && !ofBody.test(b)) {
				continue;
			}
			if (!criteria.includeInternal() && model.internal(a, b)) {
				continue;
			}
			if (criteria.uncoordinatedOnly() && model.coordinated(a, b, policy)) {
				continue;
			}
			if (!rejected.isEmpty() && rejected.contains(new OverlapPair(model.itemIds[a], model.itemIds[b]))) {
				continue;
			}
			selected.add(new long[] { a, b, key });
		}
		return selected;
	}

	private static IntPredicate topicFilter(OverlapModel model, String topic) {
		if (topic == null) {
			return (item) -> true;
		}
		Integer index = model.topicIndex.get(topic);
		if (index == null) {
			throw ApiException.notFound("topic", "topic", topic);
		}
		return (item) -> model.about(item, index);
	}

	private static IntPredicate bodyFilter(OverlapModel model, String body) {
		if (body == null) {
			return (item) -> true;
		}
		Integer index = model.bodyIndex.get(body);
		if (index == null) {
			throw ApiException.notFound("body", "body", body);
		}
		return (item) -> model.within(model.owner[item], index);
	}

	Set<OverlapPair> rejected() {
		if (this.verdicts.isEmpty()) {
			return Set.of();
		}
		Set<OverlapPair> rejected = new HashSet<>();
		this.verdicts.forEach((verdict) -> rejected.addAll(verdict.rejected()));
		return rejected;
	}

	private static double severity(OverlapModel model, long[] pair) {
		return OverlapScoring.severity(PairKeys.score(pair[2]), model.status[(int) pair[0]], model.status[(int) pair[1]]);
	}

	/**
	 * Steps 3 and 4: the evidence of each pair and its nodes, from the model (which was built from the graph as it
	 * is now: the fingerprint says so).
	 */
	List<Overlap> hydrate(OverlapModel model, List<long[]> pairs, CoordinationPolicy policy) {
		Set<String> itemIds = new LinkedHashSet<>();
		Set<String> topicIds = new LinkedHashSet<>();
		Set<String> liaisonIds = new LinkedHashSet<>();
		Set<String> bodyIds = new LinkedHashSet<>();
		List<OverlapModel.Coordination> coordination = new ArrayList<>();
		List<List<String>> shared = new ArrayList<>();
		for (long[] pair : pairs) {
			int a = (int) pair[0];
			int b = (int) pair[1];
			itemIds.add(model.itemIds[a]);
			itemIds.add(model.itemIds[b]);
			List<String> topics = model.sharedTopics(a, b);
			shared.add(topics);
			topicIds.addAll(topics);
			OverlapModel.Coordination found = model.coordination(a, b, policy);
			coordination.add(found);
			bodyIds.add(model.bodyIds[model.unitOf(a)]);
			bodyIds.add(model.bodyIds[model.unitOf(b)]);
			liaisonIds.addAll(found.liaisonIds());
		}
		Map<String, WorkItem> items = nodes(model.nodes.workItems(), itemIds, this.repository::workItems);
		Map<String, Topic> topics = nodes(model.nodes.topics(), topicIds, this.repository::topics);
		Map<String, Liaison> liaisons = nodes(model.nodes.liaisons(), liaisonIds, this.repository::liaisons);
		Map<String, Body> bodies = nodes(model.nodes.bodies(), bodyIds, this.repository::bodies);
		List<Overlap> overlaps = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			int a = (int) pairs.get(i)[0];
			int b = (int) pairs.get(i)[1];
			WorkItem itemA = items.get(model.itemIds[a]);
			WorkItem itemB = items.get(model.itemIds[b]);
			if (itemA == null || itemB == null) {
				// deleted since the model was built, in a transaction that has not told us yet
				continue;
			}
			OverlapScoring.Score score = model.score(a, b);
			double total = PairKeys.score(pairs.get(i)[2]);
			OverlapModel.Coordination found = coordination.get(i);
			overlaps.add(new Overlap(itemA, itemB, total, round(score.topic()), round(score.text()), score.link(),
					round(OverlapScoring.severity(total, model.status[a], model.status[b])),
					shared.get(i).stream().map(topics::get).filter(java.util.Objects::nonNull).toList(),
					model.sharedTerms(a, b, SHARED_TERMS), model.links(a, b), found.coordinated(),
					List.copyOf(found.kinds()),
					found.liaisonIds().stream().map(liaisons::get).filter(java.util.Objects::nonNull).toList(),
					model.internal(a, b),
					java.util.stream.Stream.of(model.unitOf(a), model.unitOf(b))
						.map((unit) -> bodies.get(model.bodyIds[unit]))
						.filter(java.util.Objects::nonNull)
						.toList(),
					found.channels()));
		}
		return overlaps;
	}

	/** The nodes from the model, those it lacks from the graph (one statement, only when some are missing). */
	private static <T> Map<String, T> nodes(Map<String, T> cached, Set<String> ids,
			java.util.function.Function<Set<String>, Map<String, T>> load) {
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

	private static double round(double value) {
		return Math.round(value * 1_000_000) / 1_000_000.0;
	}

}
