package io.mvgraph.review;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.mvgraph.api.Graph;
import io.mvgraph.workitem.WorkItem;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading overlap reviews: the API the overlap analysis uses to leave rejected pairs out and to say which ones
 * were confirmed. A pair is unordered: {@link #pairId} gives it one id whatever the order of its two work items.
 * Reviews are {@code (:OverlapReview {id: pairId, a, b, verdict, note, ...})} nodes, {@code a < b}.
 */
@Service
@Transactional(readOnly = true)
public class OverlapReviews {

	/** Cannot occur in an id (FieldRules: lower-case letters, digits, '-', '.', '_'). */
	public static final String SEPARATOR = "|";

	private final Graph graph;

	OverlapReviews(Graph graph) {
		this.graph = graph;
	}

	/** The id of the unordered pair {a, b}: the smaller id, '|', the larger. */
	public static String pairId(String a, String b) {
		return a.compareTo(b) <= 0 ? a + SEPARATOR + b : b + SEPARATOR + a;
	}

	/** The same pair id in Cypher, for two work item variables (names of the caller's query, never user input). */
	public static String pairIdCypher(String a, String b) {
		return "CASE WHEN %1$s.id < %2$s.id THEN %1$s.id + '|' + %2$s.id ELSE %2$s.id + '|' + %1$s.id END"
			.formatted(a, b);
	}

	/**
	 * A Cypher predicate that holds unless the pair of work items bound to variables {@code a} and {@code b} was
	 * rejected, for the WHERE of an overlap query: {@code WHERE ... AND } + {@code notRejected("a", "b")}.
	 */
	public static String notRejected(String a, String b) {
		return "NOT EXISTS { MATCH (review:OverlapReview {id: " + pairIdCypher(a, b) + "}) WHERE review.verdict = 'REJECTED' }";
	}

	/** A pair of work item ids, the smaller first. */
	public record Pair(String a, String b) {
	}

	/** Every rejected pair (few: each is a human decision), in one statement. */
	public Set<Pair> rejectedPairs() {
		return new HashSet<>(this.graph.client()
			.query("MATCH (r:OverlapReview {verdict: 'REJECTED'}) RETURN r.a AS a, r.b AS b")
			.fetchAs(Pair.class)
			.mappedBy((typeSystem, record) -> new Pair(record.get("a").asString(), record.get("b").asString()))
			.all());
	}

	/** The ids of every rejected pair. */
	public Set<String> rejectedPairIds() {
		return new HashSet<>(this.graph.client()
			.query("MATCH (r:OverlapReview {verdict: 'REJECTED'}) RETURN r.id")
			.fetchAs(String.class)
			.all());
	}

	public Optional<OverlapVerdict> verdictOf(String a, String b) {
		return Optional.ofNullable(reviews(List.of(pairId(a, b))).get(pairId(a, b))).map(OverlapReview::verdict);
	}

	/** The reviews of these pairs (by pair id), for a batch of overlaps; pairs without a review are absent. */
	public Map<String, OverlapReview> reviews(Collection<String> pairIds) {
		Map<String, OverlapReview> reviews = new HashMap<>();
		this.graph.client()
			.query("UNWIND $ids AS id MATCH (r:OverlapReview {id: id}) RETURN r")
			.bind(List.copyOf(pairIds))
			.to("ids")
			.fetchAs(OverlapReview.class)
			.mappedBy((typeSystem, record) -> review(record.get("r")))
			.all()
			.forEach((review) -> reviews.put(review.id(), review));
		return reviews;
	}

	public Optional<OverlapReview> review(String a, String b) {
		return Optional.ofNullable(reviews(List.of(pairId(a, b))).get(pairId(a, b)));
	}

	/** Reviews, the latest first; all verdicts when {@code verdict} is null. */
	public List<OverlapReview> list(OverlapVerdict verdict, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("verdict", verdict == null ? null : verdict.name());
		parameters.put("first", first);
		return List.copyOf(this.graph.client()
			.query("""
					MATCH (r:OverlapReview) WHERE $verdict IS NULL OR r.verdict = $verdict
					RETURN r ORDER BY r.updatedAt DESC, r.id LIMIT $first
					""")
			.bindAll(parameters)
			.fetchAs(OverlapReview.class)
			.mappedBy((typeSystem, record) -> review(record.get("r")))
			.all());
	}

	/** The work items of a batch of reviews, by id (one query). */
	public Map<String, List<WorkItem>> workItems(Collection<String> ids) {
		return this.graph.grouped(WorkItem.class, "UNWIND $ids AS key MATCH (n:WorkItem {id: key}) RETURN key, n",
				Map.of("ids", List.copyOf(ids)));
	}

	static OverlapReview review(Value node) {
		ZonedDateTime at = node.get("updatedAt").isNull() ? null : node.get("updatedAt").asZonedDateTime();
		return new OverlapReview(node.get("id").asString(), node.get("a").asString(), node.get("b").asString(),
				OverlapVerdict.valueOf(node.get("verdict").asString()), node.get("note").asString(null), at,
				node.get("updatedBy").asString(null), node.get("version").asLong(0));
	}

}
