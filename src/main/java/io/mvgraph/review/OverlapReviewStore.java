package io.mvgraph.review;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordKind;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher that reads and writes {@link OverlapReviewRecord}s, for every edit through {@code Edits}, and finds
 * the reviews of a work item.
 */
@Component
class OverlapReviewStore implements RecordKind<OverlapReviewRecord> {

	private final Neo4jClient client;

	OverlapReviewStore(Neo4jClient client) {
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

	/** The reviews of the pairs a work item is in. */
	List<String> ofWorkItem(String workItemId) {
		return List.copyOf(this.client.query("MATCH (r:OverlapReview) WHERE r.a = $id OR r.b = $id RETURN r.id")
			.bind(workItemId)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

}
