package io.mvgraph.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.body.BodyKind;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.liaison.LiaisonState;
import io.mvgraph.meeting.MeetingMode;
import io.mvgraph.people.RoleKind;
import io.mvgraph.workitem.WorkItemLinkKind;
import io.mvgraph.workitem.WorkItemStatus;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the graph back into records of the data-set format: for the export, and for the import's comparison of
 * what a file says with what the graph holds. One query per section.
 */
@Component
class DatasetExporter {

	private final Neo4jClient client;

	DatasetExporter(Neo4jClient client) {
		this.client = client;
	}

	/** Everything, as one data set. Call inside a read transaction so that the sections agree. */
	Dataset export() {
		return new Dataset(Dataset.FORMAT_VERSION, topics(null), bodies(null), workItems(null), liaisons(null),
				people(null), meetings(null), contributions(null));
	}

	/** The records with these ids (all of the section when null). */
	List<TopicRecord> topics(Collection<String> ids) {
		return rows("""
				MATCH (n:Topic) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*, parent: COLLECT { MATCH (n)-[:SUBTOPIC_OF]->(p:Topic) RETURN p.id }[0]} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new TopicRecord(string(row, "id"), string(row, "name"), string(row, "parent"),
					string(row, "description"), string(row, "url"), string(row, "source"), string(row, "confidence"),
					string(row, "note")))
			.toList();
	}

	List<BodyRecord> bodies(Collection<String> ids) {
		return rows("""
				MATCH (n:Body) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*, parent: COLLECT { MATCH (n)-[:PART_OF]->(p:Body) RETURN p.id }[0]} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new BodyRecord(string(row, "id"), string(row, "name"), string(row, "acronym"),
					BodyKind.valueOf(string(row, "kind")), string(row, "parent"), string(row, "url"),
					string(row, "mandate"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	List<WorkItemRecord> workItems(Collection<String> ids) {
		return rows("""
				MATCH (n:WorkItem) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  owner: COLLECT { MATCH (n)-[:OWNED_BY]->(b:Body) RETURN b.id }[0],
				  topics: COLLECT { MATCH (n)-[r:ABOUT]->(t:Topic) RETURN t.id ORDER BY r.position, t.id },
				  links: COLLECT { MATCH (n)-[l:%s]->(o:WorkItem)
				                   RETURN {to: o.id, kind: type(l)} ORDER BY l.position, o.id }
				} AS row
				ORDER BY n.id
				""".formatted(WorkItemLinkKind.ALL), ids).stream()
			.map((row) -> new WorkItemRecord(string(row, "id"), string(row, "designation"), string(row, "title"),
					string(row, "scope"), WorkItemStatus.valueOf(string(row, "status")), string(row, "owner"),
					strings(row, "topics"), links(row), date(row, "startDate"), date(row, "publishedDate"),
					date(row, "targetDate"), integer(row, "year"), string(row, "url"), string(row, "source"),
					string(row, "confidence"), string(row, "note")))
			.toList();
	}

	List<LiaisonRecord> liaisons(Collection<String> ids) {
		return rows("""
				MATCH (n:Liaison) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  from: COLLECT { MATCH (n)-[:FROM]->(b:Body) RETURN b.id }[0],
				  to: COLLECT { MATCH (n)-[r:TO]->(b:Body) RETURN b.id ORDER BY r.position, b.id },
				  cc: COLLECT { MATCH (n)-[r:CC]->(b:Body) RETURN b.id ORDER BY r.position, b.id },
				  stateHistory: COLLECT { MATCH (n)-[r:HAS_STATE_CHANGE]->(s:LiaisonStateChange)
				                          RETURN s {.state, .on, .by, .note} ORDER BY r.position },
				  replyTo: COLLECT { MATCH (n)-[:REPLY_TO]->(l:Liaison) RETURN l.id }[0],
				  concerns: COLLECT { MATCH (n)-[r:CONCERNS]->(w:WorkItem) RETURN w.id ORDER BY r.position, w.id },
				  topics: COLLECT { MATCH (n)-[r:ABOUT]->(t:Topic) RETURN t.id ORDER BY r.position, t.id },
				  identifiers: COLLECT { MATCH (n)-[r:IDENTIFIED_BY]->(b:Body)
				                         RETURN {body: b.id, value: r.value, url: r.url} ORDER BY r.position }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new LiaisonRecord(string(row, "id"), string(row, "title"), string(row, "from"),
					strings(row, "to"), strings(row, "cc"), LiaisonPurpose.valueOf(string(row, "purpose")),
					enumValue(LiaisonState.class, row, "state"),
					maps(row, "stateHistory").stream()
						.map((change) -> new LiaisonRecord.StateChange(enumValue(LiaisonState.class, change, "state"),
								date(change, "on"), string(change, "by"), string(change, "note")))
						.toList(),
					date(row, "sentOn"), date(row, "deadline"), string(row, "replyTo"), strings(row, "concerns"),
					strings(row, "topics"),
					maps(row, "identifiers").stream()
						.map((identifier) -> new LiaisonRecord.Identifier(string(identifier, "body"),
								string(identifier, "value"), string(identifier, "url")))
						.toList(),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	List<PersonRecord> people(Collection<String> ids) {
		return rows("""
				MATCH (n:Person) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  roles: COLLECT { MATCH (n)-[r:HAS_ROLE]->(b:Body)
				                   RETURN {body: b.id, kind: r.kind, since: r.since, until: r.until, note: r.note}
				                   ORDER BY r.position }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new PersonRecord(string(row, "id"), string(row, "name"), string(row, "affiliation"),
					string(row, "country"), string(row, "email"),
					maps(row, "roles").stream()
						.map((role) -> new PersonRecord.Role(string(role, "body"), enumValue(RoleKind.class, role, "kind"),
								date(role, "since"), date(role, "until"), string(role, "note")))
						.toList(),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	List<MeetingRecord> meetings(Collection<String> ids) {
		return rows("""
				MATCH (n:Meeting) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  body: COLLECT { MATCH (n)-[:HELD_BY]->(b:Body) RETURN b.id }[0],
				  agenda: COLLECT { MATCH (n)-[r:HAS_AGENDA_ITEM]->(a:AgendaItem)
				                    RETURN a {.number, .title} ORDER BY r.position },
				  deadlines: COLLECT { MATCH (n)-[r:HAS_DEADLINE]->(d:Deadline) RETURN d {.kind, .due} ORDER BY r.position }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new MeetingRecord(string(row, "id"), string(row, "title"), string(row, "body"),
					dateTime(row, "start"), dateTime(row, "end"), string(row, "location"),
					enumValue(MeetingMode.class, row, "mode"), string(row, "collocatedWith"),
					maps(row, "agenda").stream()
						.map((item) -> new MeetingRecord.AgendaItem(string(item, "number"), string(item, "title")))
						.toList(),
					maps(row, "deadlines").stream()
						.map((deadline) -> new MeetingRecord.Deadline(string(deadline, "kind"), date(deadline, "due")))
						.toList(),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	List<ContributionRecord> contributions(Collection<String> ids) {
		return contributions("$ids IS NULL OR n.id IN $ids", ids);
	}

	/** The contributions to these meetings. */
	List<ContributionRecord> contributionsOf(Collection<String> meetingIds) {
		return contributions("EXISTS { (n)-[:SUBMITTED_TO]->(m:Meeting) WHERE m.id IN $ids }", meetingIds);
	}

	/** {@code condition} is one of this class's constants, never user input. */
	private List<ContributionRecord> contributions(String condition, Collection<String> ids) {
		return rows("""
				MATCH (n:Contribution) WHERE %s
				RETURN n {.*,
				  meeting: COLLECT { MATCH (n)-[:SUBMITTED_TO]->(m:Meeting) RETURN m.id }[0],
				  from: COLLECT { MATCH (n)-[:SUBMITTED_BY]->(b:Body) RETURN b.id }[0]
				} AS row
				ORDER BY n.id
				""".formatted(condition), ids).stream()
			.map((row) -> new ContributionRecord(string(row, "id"), string(row, "meeting"), string(row, "number"),
					string(row, "title"), string(row, "from"), date(row, "submittedOn"), string(row, "agendaItem"),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> row, String key) {
		String value = string(row, key);
		return value == null ? null : Enum.valueOf(type, value);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	private static OffsetDateTime dateTime(Map<String, Object> row, String key) {
		Object value = row.get(key);
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return (OffsetDateTime) value;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rows(String cypher, Collection<String> ids) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids == null ? null : new ArrayList<>(ids));
		return this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Map.class)
			.mappedBy((typeSystem, record) -> record.get("row").asMap())
			.all()
			.stream()
			.map((row) -> (Map<String, Object>) row)
			.toList();
	}

	private static String string(Map<String, Object> row, String key) {
		return (String) row.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? List.of() : (List<String>) value;
	}

	private static LocalDate date(Map<String, Object> row, String key) {
		return (LocalDate) row.get(key);
	}

	private static Integer integer(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? null : ((Number) value).intValue();
	}

	@SuppressWarnings("unchecked")
	private static List<WorkItemRecord.Link> links(Map<String, Object> row) {
		List<Map<String, Object>> links = (List<Map<String, Object>>) row.get("links");
		return links == null ? List.of()
				: links.stream()
					.map((link) -> new WorkItemRecord.Link((String) link.get("to"),
							WorkItemLinkKind.valueOf((String) link.get("kind"))))
					.toList();
	}

}
