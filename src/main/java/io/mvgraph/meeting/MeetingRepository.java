package io.mvgraph.meeting;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mvgraph.api.Graph;
import io.mvgraph.liaison.Liaison;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Cypher of the meeting read model. Each method is one round trip. */
@Repository
class MeetingRepository {

	/**
	 * Meeting {@code m} as columns {@code key} (given) and {@code row}: its properties, body id, agenda and deadlines.
	 * The body is matched before the projection: a subquery in the projection that follows HELD_BY trips the
	 * 5.26 planner ("insertCachedProperties") once the meeting_start index exists.
	 */
	private static final String MEETING = """
			OPTIONAL MATCH (m)-[:HELD_BY]->(held:Body)
			RETURN key, m {.*,
			  body: held.id,
			  %s
			} AS row""".formatted(MeetingStore.OWNED.formatted("m"));

	/** The projection of contribution {@code c} as column {@code row}, lateness included. */
	private static final String CONTRIBUTION = """
			c {.*,
			  meeting: COLLECT { MATCH (c)-[:SUBMITTED_TO]->(m:Meeting) RETURN m.id }[0],
			  from: COLLECT { MATCH (c)-[:SUBMITTED_BY]->(b:Body) RETURN b.id }[0],
			  late: EXISTS { MATCH (c)-[:SUBMITTED_TO]->(:Meeting)-[:HAS_DEADLINE]->(d:Deadline)
			                 WHERE d.kind = 'CONTRIBUTIONS' AND c.submittedOn > d.due }
			} AS row""";

	private final Neo4jClient client;

	private final Graph graph;

	MeetingRepository(Neo4jClient client, Graph graph) {
		this.client = client;
		this.graph = graph;
	}

	/** A place where a liaison statement was taken: meeting, agenda item number, outcome. */
	record Consideration(String meetingId, String agendaItem, AgendaLiaisonOutcome outcome) {
	}

	/** The liaison statements with these ids (a batch). */
	Map<String, List<Liaison>> liaisons(Collection<String> ids) {
		return this.graph.grouped(Liaison.class, "UNWIND $ids AS key MATCH (n:Liaison {id: key}) RETURN key, n",
				Map.of("ids", ids));
	}

	/** The agenda items that took each liaison statement, earliest meeting first. */
	Map<String, List<Consideration>> considerations(Collection<String> liaisonIds) {
		Map<String, List<Consideration>> grouped = new LinkedHashMap<>();
		this.client.query("""
				UNWIND $ids AS key
				MATCH (m:Meeting)-[:HAS_AGENDA_ITEM]->(a:AgendaItem)-[c:CONSIDERED]->(:Liaison {id: key})
				RETURN key, m.id AS meeting, a.number AS number, c.outcome AS outcome
				ORDER BY key, m.start, m.id, a.number
				""")
			.bind(List.copyOf(liaisonIds))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> grouped.computeIfAbsent((String) row.get("key"), (key) -> new ArrayList<>())
				.add(new Consideration((String) row.get("meeting"), (String) row.get("number"),
						AgendaLiaisonOutcome.valueOf((String) row.get("outcome")))));
		return grouped;
	}

	Optional<Meeting> findById(String id) {
		return meetings("MATCH (m:Meeting {id: $id}) WITH m, m.id AS key " + MEETING, Map.of("id", id))
			.stream()
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/**
	 * Meetings of one body or of all; {@code upcoming}: those not yet over at {@code asOf}, soonest first;
	 * {@code false}: those over, latest first; null: all, in date order.
	 */
	List<Meeting> list(Boolean upcoming, String body, OffsetDateTime asOf, int limit) {
		String order = Boolean.FALSE.equals(upcoming) ? "m.start DESC, m.id" : "m.start, m.id";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("upcoming", upcoming);
		parameters.put("body", body);
		parameters.put("asOf", asOf);
		parameters.put("limit", limit);
		return meetings("""
				MATCH (m:Meeting)
				WHERE ($body IS NULL OR EXISTS { (m)-[:HELD_BY]->(:Body {id: $body}) })
				  AND ($upcoming IS NULL OR (m.end >= $asOf) = $upcoming)
				WITH m, m.id AS key ORDER BY %1$s LIMIT $limit
				%2$s
				ORDER BY %1$s
				""".formatted(order, MEETING), parameters).stream().map(Map.Entry::getValue).toList();
	}

	Map<String, List<Meeting>> byIds(Collection<String> ids) {
		return grouped(meetings("""
				UNWIND $ids AS key
				MATCH (m:Meeting {id: key})
				%s
				""".formatted(MEETING), Map.of("ids", ids)));
	}

	/** The meeting of the same body that started last before each meeting (or first after it, for next). */
	Map<String, List<Meeting>> neighbours(Collection<String> ids, boolean next) {
		String condition = next ? "other.start > this.start" : "other.start < this.start";
		String order = next ? "other.start" : "other.start DESC";
		return grouped(meetings("""
				UNWIND $ids AS key
				MATCH (this:Meeting {id: key})
				CALL (this) {
				  MATCH (this)-[:HELD_BY]->(:Body)<-[:HELD_BY]-(other:Meeting)
				  WHERE %s
				  RETURN other.id AS neighbour ORDER BY %s, other.id LIMIT 1
				}
				MATCH (m:Meeting {id: neighbour})
				%s
				""".formatted(condition, order, MEETING), Map.of("ids", ids)));
	}

	/** The contributions to each meeting, by number. */
	Map<String, List<Contribution>> contributionsOf(Collection<String> meetingIds) {
		Map<String, List<Contribution>> grouped = new LinkedHashMap<>();
		for (Map.Entry<String, Contribution> entry : contributions("""
				UNWIND $ids AS key
				MATCH (c:Contribution)-[:SUBMITTED_TO]->(:Meeting {id: key})
				RETURN key, %s
				ORDER BY key, c.number, c.id
				""".formatted(CONTRIBUTION), Map.of("ids", meetingIds))) {
			grouped.computeIfAbsent(entry.getKey(), (key) -> new ArrayList<>()).add(entry.getValue());
		}
		return grouped;
	}

	Optional<Contribution> contribution(String id) {
		return contributions("MATCH (c:Contribution {id: $id}) RETURN c.id AS key, " + CONTRIBUTION, Map.of("id", id))
			.stream()
			.map(Map.Entry::getValue)
			.findFirst();
	}

	private List<Map.Entry<String, Contribution>> contributions(String cypher, Map<String, ?> parameters) {
		return new ArrayList<>(this.client.query(cypher)
			.bindAll(new HashMap<>(parameters))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> Map.entry(record.get("key").asString(), contribution(record.get("row"))))
			.all()
			.stream()
			.map((entry) -> (Map.Entry<String, Contribution>) entry)
			.toList());
	}

	/** Rows {@code key, row} as meetings, in the order of the query. */
	private List<Map.Entry<String, Meeting>> meetings(String cypher, Map<String, ?> parameters) {
		return new ArrayList<>(this.client.query(cypher)
			.bindAll(new HashMap<>(parameters))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> Map.entry(record.get("key").asString(), meeting(record.get("row"))))
			.all()
			.stream()
			.map((entry) -> (Map.Entry<String, Meeting>) entry)
			.toList());
	}

	private static Map<String, List<Meeting>> grouped(List<Map.Entry<String, Meeting>> rows) {
		Map<String, List<Meeting>> grouped = new LinkedHashMap<>();
		rows.forEach((row) -> grouped.computeIfAbsent(row.getKey(), (key) -> new ArrayList<>()).add(row.getValue()));
		return grouped;
	}

	private static Meeting meeting(Value value) {
		Map<String, Object> row = value.asMap();
		MeetingStore.Owned owned = MeetingStore.owned(row);
		return new Meeting(value.get("id").asString(), value.get("title").asString(), value.get("body").asString(null),
				dateTime(value.get("start")), dateTime(value.get("end")), value.get("location").asString(null),
				MeetingMode.valueOf(value.get("mode").asString()), value.get("collocatedWith").asString(null),
				owned.agenda(), owned.deadlines(), owned.participants(), owned.participantCounts(), owned.outputs(),
				owned.actionItems(), owned.appointments(), value.get("url").asString(null),
				value.get("source").asString(null), value.get("confidence").asString(null),
				value.get("note").asString(null), value.get("version").isNull() ? 0L : value.get("version").asLong(),
				zoned(value.get("updatedAt")), value.get("updatedBy").asString(null));
	}

	private static Contribution contribution(Value row) {
		return new Contribution(row.get("id").asString(), row.get("number").asString(), row.get("title").asString(),
				row.get("submittedOn").isNull() ? null : row.get("submittedOn").asLocalDate(),
				row.get("agendaItem").asString(null), row.get("url").asString(null), row.get("source").asString(null),
				row.get("confidence").asString(null), row.get("note").asString(null),
				row.get("version").isNull() ? 0L : row.get("version").asLong(), zoned(row.get("updatedAt")),
				row.get("updatedBy").asString(null), row.get("meeting").asString(null), row.get("from").asString(null),
				row.get("late").asBoolean());
	}

	private static OffsetDateTime dateTime(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}

	private static ZonedDateTime zoned(Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
	}

}
