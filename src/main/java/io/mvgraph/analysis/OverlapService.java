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
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.api.SelectionCompiler;
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
 * and attach their evidence and nodes. A warm GraphQL question of today's roadmap costs one statement, whatever the
 * number of pairs and whatever it selects of their nodes ({@link #compiled}): the pairs are selected on the cached
 * model with the rejected pairs the last statement saw, and one {@link AnalysisStatement} reads the fingerprint, the
 * rejected pairs and the selected nodes with their compiled fields; when the fingerprint or the verdicts moved, the
 * model is refreshed and the statement repeated. Other callers (reports, {@code asOf}) read the fingerprint, the
 * rejected pairs (one statement per {@link OverlapVerdicts} bean) and let the fields of the nodes be batch-loaded.
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

	private final SelectionCompiler compiler;

	/**
	 * The rejected pairs as the last statement read them (null: none read yet): a warm request selects its pairs with
	 * them and checks them in its one statement, so that a review written anywhere is seen by the next request.
	 */
	private volatile Set<OverlapPair> lastRejected;

	OverlapService(OverlapModelCache models, AnalysisRepository repository, List<OverlapVerdicts> verdicts,
			GraphQlLimits limits, @Value("${mvgraph.analysis.statement-max-age:P4Y}") Period statementMaxAge,
			SelectionCompiler compiler) {
		this.compiler = compiler;
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
		return overlaps(minScore, topic, body, first, includeInternal, asOf, null);
	}

	/** The GraphQL question: {@code request} is its selection, for the one statement ({@link #compiled}). */
	List<Overlap> overlaps(Double minScore, String topic, String body, Integer first, Boolean includeInternal,
			LocalDate asOf, Request request) {
		int size = this.limits.pageSize(first, 50);
		return find(new Criteria(minScore(minScore), topic, body, false, Boolean.TRUE.equals(includeInternal)), size,
				asOf, request);
	}

	public List<Overlap> coordinationGaps(Double minScore, String topic, String body, Integer first) {
		return coordinationGaps(minScore, topic, body, first, null);
	}

	public List<Overlap> coordinationGaps(Double minScore, String topic, String body, Integer first, LocalDate asOf) {
		return coordinationGaps(minScore, topic, body, first, asOf, null);
	}

	List<Overlap> coordinationGaps(Double minScore, String topic, String body, Integer first, LocalDate asOf,
			Request request) {
		int size = this.limits.pageSize(first, 50);
		return find(new Criteria(minScore(minScore), topic, body, true, false), size, asOf, request);
	}

	/** What a GraphQL request selects below an analysis root, and its context (where the prefetched values go). */
	record Request(DataFetchingFieldSelectionSet selection, GraphQLContext context) {
	}

	/** How an answer is made on a model and a set of rejected pairs: it adds the nodes it shows to the statement. */
	interface Plan<R> {

		Supplier<R> plan(OverlapModel model, Set<OverlapPair> rejected, AnalysisStatement statement);

	}

	/**
	 * The answer of a warm request in one statement. Optimistic: the answer is planned on the cached model and the
	 * rejected pairs the last statement read, and the one statement that fetches its nodes also reads the graph's
	 * fingerprint and the rejected pairs; when either differs from what the plan used (a write here or through
	 * another instance, or a review), the model is refreshed from that fingerprint (a rebuild: the corpus' statements)
	 * and the plan run again. A cold request reads the fingerprint and the verdicts first (two statements more, plus
	 * the build). After three tries that each saw the graph move, the batch path answers. {@code fallback}: the
	 * batch path, also when a verdicts bean has no Cypher of its rejected pairs.
	 */
	<R> R compiled(Request request, Plan<R> plan, Supplier<R> fallback) {
		String rejectedCypher = rejectedCypher();
		if (rejectedCypher == null) {
			return fallback.get();
		}
		OverlapModelCache.Cached cached = this.models.peek();
		Set<OverlapPair> rejected = this.lastRejected;
		if (cached == null || rejected == null) {
			cached = this.models.current(this.repository.fingerprint());
			rejected = rejected();
		}
		for (int attempt = 1; attempt <= 3; attempt++) {
			AnalysisStatement statement = new AnalysisStatement(this.compiler, rejectedCypher, request.context());
			Supplier<R> answer = plan.plan(cached.model(), rejected, statement);
			AnalysisStatement.Checked checked = statement.run();
			this.lastRejected = checked.rejected();
			if (cached.fingerprint().equals(checked.fingerprint()) && rejected.equals(checked.rejected())
					&& !statement.isStale()) {
				return answer.get();
			}
			cached = this.models.current(checked.fingerprint());
			rejected = checked.rejected();
		}
		return fallback.get();
	}

	/** The rejected pairs of every verdicts bean as one Cypher list; null when a bean has no Cypher for them. */
	private String rejectedCypher() {
		if (this.verdicts.isEmpty()) {
			return "[]";
		}
		List<String> parts = new ArrayList<>();
		for (OverlapVerdicts verdict : this.verdicts) {
			if (verdict.rejectedCypher() == null) {
				return null;
			}
			parts.add(verdict.rejectedCypher());
		}
		return parts.size() == 1 ? parts.get(0) : "(" + String.join(" + ", parts) + ")";
	}

	/** The nodes an overlap shows, per role: fetched by the statement where selected, else the model's. */
	record Nodes(Map<String, WorkItem> a, Map<String, WorkItem> b, Map<String, Topic> sharedTopics,
			Map<String, Liaison> liaisons, Map<String, Body> units) {
	}

	/** Adds the nodes of these overlaps, as {@code prefix} + {@code a}, {@code b} ... select them, to the statement. */
	static Supplier<Nodes> roles(AnalysisStatement statement, DataFetchingFieldSelectionSet selection, String prefix,
			Prepared prepared, OverlapModel model) {
		AnalysisStatement.Role<WorkItem> a = statement.role("WorkItem", WorkItem.class,
				AnalysisStatement.selections(selection, prefix + "a"), prepared.aIds());
		AnalysisStatement.Role<WorkItem> b = statement.role("WorkItem", WorkItem.class,
				AnalysisStatement.selections(selection, prefix + "b"), prepared.bIds());
		AnalysisStatement.Role<Topic> topics = statement.role("Topic", Topic.class,
				AnalysisStatement.selections(selection, prefix + "sharedTopics"), prepared.topicIds());
		AnalysisStatement.Role<Liaison> liaisons = statement.role("Liaison", Liaison.class,
				AnalysisStatement.selections(selection, prefix + "liaisons"), prepared.liaisonIds());
		AnalysisStatement.Role<Body> units = statement.role("Body", Body.class,
				AnalysisStatement.selections(selection, prefix + "units"), prepared.bodyIds());
		return () -> new Nodes(AnalysisStatement.nodes(a, model.nodes.workItems()),
				AnalysisStatement.nodes(b, model.nodes.workItems()),
				AnalysisStatement.nodes(topics, model.nodes.topics()),
				AnalysisStatement.nodes(liaisons, model.nodes.liaisons()),
				AnalysisStatement.nodes(units, model.nodes.bodies()));
	}

	/** The coordination gaps, most severe first, and how many there are in all. */
	public record Ranked(List<Overlap> overlaps, int total) {
	}

	public Ranked gapsBySeverity(double minScore, int first) {
		OverlapModel model = this.models.current();
		List<long[]> all = select(model, new Criteria(minScore(minScore), null, null, true, false), Integer.MAX_VALUE,
				policy(), rejected());
		List<long[]> top = all.stream()
			.sorted(Comparator.comparingDouble((long[] pair) -> -severity(model, pair))
				.thenComparing((long[] pair) -> model.itemIds[(int) pair[0]])
				.thenComparing((long[] pair) -> model.itemIds[(int) pair[1]]))
			.limit(first)
			.toList();
		return new Ranked(hydrate(model, top, policy()), all.size());
	}

	private List<Overlap> find(Criteria criteria, int size, LocalDate asOf, Request request) {
		CoordinationPolicy policy = policy(asOf);
		Supplier<List<Overlap>> batch = () -> {
			OverlapModel model = model(asOf);
			return hydrate(model, select(model, criteria, size, policy, rejected()), policy);
		};
		// a past day's model is its own (OverlapModelCache#asOf): it keeps the batch path
		if (asOf != null || request == null) {
			return batch.get();
		}
		return compiled(request, (model, rejected, statement) -> {
			Prepared prepared = prepare(model, select(model, criteria, size, policy, rejected), policy);
			Supplier<Nodes> nodes = roles(statement, request.selection(), "", prepared, model);
			return () -> build(model, prepared, nodes.get());
		}, batch);
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
	private List<long[]> select(OverlapModel model, Criteria criteria, int limit, CoordinationPolicy policy,
			Set<OverlapPair> rejected) {
		IntPredicate aboutTopic = topicFilter(model, criteria.topic());
		IntPredicate ofBody = bodyFilter(model, criteria.body());
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

	/** What the overlaps of these pairs show, before their nodes are fetched: the ids per role. */
	record Prepared(List<long[]> pairs, List<OverlapModel.Coordination> coordination, List<List<String>> shared,
			Set<String> aIds, Set<String> bIds, Set<String> topicIds, Set<String> liaisonIds, Set<String> bodyIds) {
	}

	/** Step 3: the evidence of each pair, from the model, and the ids of the nodes it shows. */
	static Prepared prepare(OverlapModel model, List<long[]> pairs, CoordinationPolicy policy) {
		Set<String> aIds = new LinkedHashSet<>();
		Set<String> bIds = new LinkedHashSet<>();
		Set<String> topicIds = new LinkedHashSet<>();
		Set<String> liaisonIds = new LinkedHashSet<>();
		Set<String> bodyIds = new LinkedHashSet<>();
		List<OverlapModel.Coordination> coordination = new ArrayList<>();
		List<List<String>> shared = new ArrayList<>();
		for (long[] pair : pairs) {
			int a = (int) pair[0];
			int b = (int) pair[1];
			aIds.add(model.itemIds[a]);
			bIds.add(model.itemIds[b]);
			List<String> topics = model.sharedTopics(a, b);
			shared.add(topics);
			topicIds.addAll(topics);
			OverlapModel.Coordination found = model.coordination(a, b, policy);
			coordination.add(found);
			bodyIds.add(model.bodyIds[model.unitOf(a)]);
			bodyIds.add(model.bodyIds[model.unitOf(b)]);
			liaisonIds.addAll(found.liaisonIds());
		}
		return new Prepared(pairs, coordination, shared, aIds, bIds, topicIds, liaisonIds, bodyIds);
	}

	/**
	 * Steps 3 and 4: the evidence of each pair and its nodes, from the model (which was built from the graph as it
	 * is now: the fingerprint says so).
	 */
	List<Overlap> hydrate(OverlapModel model, List<long[]> pairs, CoordinationPolicy policy) {
		Prepared prepared = prepare(model, pairs, policy);
		Set<String> itemIds = new LinkedHashSet<>(prepared.aIds());
		itemIds.addAll(prepared.bIds());
		Map<String, WorkItem> items = nodes(model.nodes.workItems(), itemIds, this.repository::workItems);
		Map<String, Topic> topics = nodes(model.nodes.topics(), prepared.topicIds(), this.repository::topics);
		Map<String, Liaison> liaisons = nodes(model.nodes.liaisons(), prepared.liaisonIds(), this.repository::liaisons);
		Map<String, Body> bodies = nodes(model.nodes.bodies(), prepared.bodyIds(), this.repository::bodies);
		return build(model, prepared, new Nodes(items, items, topics, liaisons, bodies));
	}

	/** Step 4: the overlaps with their nodes; a pair whose item is gone is left out. */
	static List<Overlap> build(OverlapModel model, Prepared prepared, Nodes nodes) {
		List<long[]> pairs = prepared.pairs();
		List<Overlap> overlaps = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			int a = (int) pairs.get(i)[0];
			int b = (int) pairs.get(i)[1];
			WorkItem itemA = nodes.a().get(model.itemIds[a]);
			WorkItem itemB = nodes.b().get(model.itemIds[b]);
			if (itemA == null || itemB == null) {
				// deleted since the model was built, in a transaction that has not told us yet
				continue;
			}
			OverlapScoring.Score score = model.score(a, b);
			double total = PairKeys.score(pairs.get(i)[2]);
			OverlapModel.Coordination found = prepared.coordination().get(i);
			overlaps.add(new Overlap(itemA, itemB, total, round(score.topic()), round(score.text()), score.link(),
					round(OverlapScoring.severity(total, model.status[a], model.status[b])),
					prepared.shared().get(i).stream().map(nodes.sharedTopics()::get).filter(java.util.Objects::nonNull).toList(),
					model.sharedTerms(a, b, SHARED_TERMS), model.links(a, b), found.coordinated(),
					List.copyOf(found.kinds()),
					found.liaisonIds().stream().map(nodes.liaisons()::get).filter(java.util.Objects::nonNull).toList(),
					model.internal(a, b),
					java.util.stream.Stream.of(model.unitOf(a), model.unitOf(b))
						.map((unit) -> nodes.units().get(model.bodyIds[unit]))
						.filter(java.util.Objects::nonNull)
						.toList(),
					found.channels()));
		}
		return overlaps;
	}

	/** The nodes from the model, those it lacks from the graph (one statement, only when some are missing). */
	static <T> Map<String, T> nodes(Map<String, T> cached, Set<String> ids,
			java.util.function.Function<? super Set<String>, Map<String, T>> load) {
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
