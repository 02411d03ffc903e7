package io.mvgraph.review;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.Graph;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordKind;
import io.mvgraph.security.Roles;
import io.mvgraph.workitem.WorkItemReferences;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording analysts' verdicts on overlaps, with the same locking and history as every other edit. EDITOR.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class OverlapReviewService implements WorkItemReferences {

	private final Edits edits;

	private final Graph graph;

	private final OverlapReviews reviews;

	private final RecordKind<OverlapReviewRecord> kind;

	OverlapReviewService(Edits edits, Graph graph, OverlapReviews reviews, Neo4jClient client) {
		this.edits = edits;
		this.graph = graph;
		this.reviews = reviews;
		this.kind = new ReviewKind(client);
	}

	/**
	 * Records (or changes) the verdict on the pair {a, b}. With {@code version}, a review that changed meanwhile
	 * (or was restored) is a CONFLICT.
	 */
	public OverlapReview review(String a, String b, OverlapVerdict verdict, String note, Long version) {
		if (a.equals(b)) {
			throw ApiException.badRequest("b", "a work item does not overlap itself");
		}
		if (note != null && FieldRules.textProblem(note, FieldRules.TEXT_LENGTH) != null) {
			throw ApiException.badRequest("note", FieldRules.textProblem(note, FieldRules.TEXT_LENGTH));
		}
		Set<String> found = this.edits.lockAll(EntityType.WORK_ITEM, List.of(a, b));
		for (String end : List.of(a, b)) {
			if (!found.contains(end)) {
				throw ApiException.notFound(end.equals(a) ? "a" : "b", EntityType.WORK_ITEM.noun(), end);
			}
		}
		String id = OverlapReviews.pairId(a, b);
		String first = a.compareTo(b) <= 0 ? a : b;
		String second = first.equals(a) ? b : a;
		OverlapReviewRecord after = new OverlapReviewRecord(id, first, second, verdict, note);
		if (this.graph.exists(EntityType.OVERLAP_REVIEW.label(), id)) {
			OverlapReviewRecord before = this.edits.current(this.kind, "a", id, version);
			this.edits.save(this.kind, before, after);
		}
		else if (version != null) {
			throw ApiException.conflict("version", "The pair '" + id + "' has no review any more: someone restored it "
					+ "meanwhile; reload it and retry");
		}
		else {
			this.edits.create(this.kind, "a", after);
		}
		return this.reviews.review(a, b).orElseThrow();
	}

	/** Takes the verdict back: the pair is an ordinary overlap again. Returns the pair id. */
	public String restore(String a, String b, Long version) {
		String id = OverlapReviews.pairId(a, b);
		OverlapReviewRecord before = this.edits.current(this.kind, "a", id, version);
		this.edits.delete(this.kind, before);
		return id;
	}

	/** Deletes the reviews of a work item that is being deleted (in the caller's transaction). */
	@Override
	public List<String> relationships() {
		return List.of();
	}

	/** Deletes the reviews of the pairs a work item about to be deleted is in. */
	@Override
	public void forget(String workItemId) {
		List<String> ids = List.copyOf(this.graph.client()
			.query("MATCH (r:OverlapReview) WHERE r.a = $id OR r.b = $id RETURN r.id")
			.bind(workItemId)
			.to("id")
			.fetchAs(String.class)
			.all());
		this.edits.lockAll(EntityType.OVERLAP_REVIEW, ids);
		for (OverlapReviewRecord review : this.kind.read(ids)) {
			this.edits.delete(this.kind, review);
		}
	}

	private static final class ReviewKind implements RecordKind<OverlapReviewRecord> {

		private final Neo4jClient client;

		ReviewKind(Neo4jClient client) {
			this.client = client;
		}

		@Override
		public EntityType type() {
			return EntityType.OVERLAP_REVIEW;
		}

		@Override
		public String idOf(OverlapReviewRecord record) {
			return record.id();
		}

		@Override
		public List<OverlapReviewRecord> read(Collection<String> ids) {
			return List.copyOf(this.client.query("UNWIND $ids AS id MATCH (r:OverlapReview {id: id}) RETURN r")
				.bind(List.copyOf(ids))
				.to("ids")
				.fetchAs(OverlapReviewRecord.class)
				.mappedBy((typeSystem, record) -> {
					OverlapReview review = OverlapReviews.review(record.get("r"));
					return new OverlapReviewRecord(review.id(), review.a(), review.b(), review.verdict(), review.note());
				})
				.all());
		}

		@Override
		public void write(List<OverlapReviewRecord> records, ZonedDateTime now, String user) {
			List<Map<String, Object>> rows = records.stream().map((record) -> {
				Map<String, Object> row = new HashMap<>();
				row.put("id", record.id());
				row.put("a", record.a());
				row.put("b", record.b());
				row.put("verdict", record.verdict().name());
				row.put("note", record.note());
				return row;
			}).toList();
			this.client.query("""
					UNWIND $rows AS row
					MERGE (n:OverlapReview {id: row.id})
					ON CREATE SET n.version = 0, n.createdAt = $now, n.createdBy = $user
					SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $user,
					    n.a = row.a, n.b = row.b, n.verdict = row.verdict, n.note = row.note
					""").bindAll(Map.of("rows", rows, "now", now, "user", user)).run();
		}

	}

}
