package io.mvgraph.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher of snapshots: each method one statement. */
@Repository
class SnapshotRepository {

	private static final String FIELDS = """
			s {.id, .label, .takenAt, .takenBy, .workItemCount, .bodyCount, .topicCount, .liaisonCount, .sizeBytes}""";

	private final Neo4jClient client;

	SnapshotRepository(Neo4jClient client) {
		this.client = client;
	}

	/** Creates the snapshot node; a snapshot with the same id fails on the id constraint. */
	void create(Map<String, Object> parameters) {
		this.client.query("""
				CREATE (s:Snapshot {id: $id, label: $label, takenAt: $takenAt, takenBy: $takenBy,
				  workItemCount: $workItems, bodyCount: $bodies, topicCount: $topics, liaisonCount: $liaisons,
				  sizeBytes: size($content), content: $content})
				""").bindAll(parameters).run();
	}

	void delete(String id) {
		this.client.query("MATCH (s:Snapshot {id: $id}) DELETE s").bind(id).to("id").run();
	}

	Optional<Snapshot> find(String id) {
		return this.client.query("MATCH (s:Snapshot {id: $id}) RETURN " + FIELDS + " AS s")
			.bind(id)
			.to("id")
			.fetchAs(Snapshot.class)
			.mappedBy((typeSystem, record) -> snapshot(record.get("s")))
			.one();
	}

	/** The latest first. */
	List<Snapshot> list(int first) {
		return List.copyOf(this.client
			.query("MATCH (s:Snapshot) RETURN " + FIELDS + " AS s ORDER BY s.takenAt DESC, s.id LIMIT $first")
			.bind(first)
			.to("first")
			.fetchAs(Snapshot.class)
			.mappedBy((typeSystem, record) -> snapshot(record.get("s")))
			.all());
	}

	/** The latest snapshot taken before {@code end} (ties: the greatest id), if any. */
	Optional<Snapshot> latestBefore(java.time.ZonedDateTime end) {
		return this.client
			.query("MATCH (s:Snapshot) WHERE s.takenAt < $end RETURN " + FIELDS
					+ " AS s ORDER BY s.takenAt DESC, s.id DESC LIMIT 1")
			.bind(end)
			.to("end")
			.fetchAs(Snapshot.class)
			.mappedBy((typeSystem, record) -> snapshot(record.get("s")))
			.one();
	}

	/** The gzipped data set the snapshot keeps. */
	Optional<byte[]> content(String id) {
		return this.client.query("MATCH (s:Snapshot {id: $id}) RETURN s.content")
			.bind(id)
			.to("id")
			.fetchAs(byte[].class)
			.mappedBy((typeSystem, record) -> record.get(0).asByteArray())
			.one();
	}

	/** The ids taken by {@code base} and its numbered variants ({@code base-2} ...). */
	List<String> idsLike(String base) {
		return List.copyOf(this.client
			.query("MATCH (s:Snapshot) WHERE s.id = $base OR s.id STARTS WITH $base + '-' RETURN s.id")
			.bind(base)
			.to("base")
			.fetchAs(String.class)
			.all());
	}

	private static Snapshot snapshot(Value s) {
		return new Snapshot(s.get("id").asString(), s.get("label").asString(), s.get("takenAt").asZonedDateTime(),
				s.get("takenBy").asString(), s.get("workItemCount").asInt(), s.get("bodyCount").asInt(),
				s.get("topicCount").asInt(), s.get("liaisonCount").asInt(), s.get("sizeBytes").asInt());
	}

}
