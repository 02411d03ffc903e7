package io.mvgraph.dataset;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mvgraph.workitem.WorkItemLinkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes records of the data-set format into the graph, inside the caller's transaction: nodes first, then the
 * relationships between them (so that a record may refer to one later in the file), in batches of
 * {@value #BATCH} rows per statement. A written record replaces the node's properties and outgoing
 * relationships; its version goes up by one.
 */
@Component
class DatasetWriter {

	private static final Logger log = LoggerFactory.getLogger(DatasetWriter.class);

	static final int BATCH = 1000;

	/** Above this many rows a section logs its progress. */
	private static final int PROGRESS_THRESHOLD = 5 * BATCH;

	private static final String STAMP = """
			ON CREATE SET n.version = 0, n.createdAt = $now, n.createdBy = $user
			SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $user,
			    n.url = row.url, n.source = row.source, n.confidence = row.confidence, n.note = row.note
			""";

	private final Neo4jClient client;

	DatasetWriter(Neo4jClient client) {
		this.client = client;
	}

	record Stamp(ZonedDateTime now, String user) {
	}

	void topics(List<TopicRecord> records, Stamp stamp) {
		write("topics", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:Topic {id: row.id})
				""" + STAMP + """
				SET n.name = row.name, n.description = row.description
				""");
		write("topic parents", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MATCH (n:Topic {id: row.id})
				CALL (n) { MATCH (n)-[old:SUBTOPIC_OF]->() DELETE old }
				WITH n, row WHERE row.parent IS NOT NULL
				MATCH (p:Topic {id: row.parent})
				CREATE (n)-[:SUBTOPIC_OF]->(p)
				""");
	}

	void bodies(List<BodyRecord> records, Stamp stamp) {
		write("bodies", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:Body {id: row.id})
				""" + STAMP + """
				SET n.name = row.name, n.acronym = row.acronym, n.kind = row.kind, n.mandate = row.mandate
				""");
		write("body parents", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MATCH (n:Body {id: row.id})
				CALL (n) { MATCH (n)-[old:PART_OF]->() DELETE old }
				WITH n, row WHERE row.parent IS NOT NULL
				MATCH (p:Body {id: row.parent})
				CREATE (n)-[:PART_OF]->(p)
				""");
	}

	void workItems(List<WorkItemRecord> records, Stamp stamp) {
		write("work items", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:WorkItem {id: row.id})
				""" + STAMP + """
				SET n.designation = row.designation, n.title = row.title, n.scope = row.scope, n.status = row.status,
				    n.startDate = row.startDate, n.publishedDate = row.publishedDate, n.targetDate = row.targetDate,
				    n.year = row.year
				WITH n, row
				CALL (n) { MATCH (n)-[old:OWNED_BY|ABOUT]->() DELETE old }
				WITH n, row
				MATCH (owner:Body {id: row.owner})
				CREATE (n)-[:OWNED_BY]->(owner)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.topics) - 1) AS i
				  MATCH (t:Topic {id: row.topics[i]})
				  CREATE (n)-[:ABOUT {position: i}]->(t)
				}
				""");
		// one FOREACH per kind: a relationship type cannot be a parameter
		String createLink = Arrays.stream(WorkItemLinkKind.values())
			.map((kind) -> "FOREACH (_ IN CASE WHEN link.kind = '%1$s' THEN [1] ELSE [] END | CREATE (n)-[:%1$s {position: i}]->(o))"
				.formatted(kind.name()))
			.collect(Collectors.joining("\n"));
		write("work item links", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MATCH (n:WorkItem {id: row.id})
				CALL (n) { MATCH (n)-[old:%s]->(:WorkItem) DELETE old }
				WITH n, row
				UNWIND range(0, size(row.links) - 1) AS i
				WITH n, row.links[i] AS link, i
				MATCH (o:WorkItem {id: link.to})
				%s
				""".formatted(WorkItemLinkKind.ALL, createLink));
	}

	void liaisons(List<LiaisonRecord> records, Stamp stamp) {
		write("liaisons", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:Liaison {id: row.id})
				""" + STAMP + """
				SET n.title = row.title, n.purpose = row.purpose, n.state = row.state, n.sentOn = row.sentOn,
				    n.deadline = row.deadline
				WITH n, row
				CALL (n) {
				  MATCH (n)-[old:FROM|TO|CC|CONCERNS|ABOUT|IDENTIFIED_BY]->() DELETE old
				}
				CALL (n) {
				  MATCH (n)-[:HAS_STATE_CHANGE]->(old:LiaisonStateChange) DETACH DELETE old
				}
				WITH n, row
				MATCH (sender:Body {id: row.from})
				CREATE (n)-[:FROM]->(sender)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.to) - 1) AS i
				  MATCH (b:Body {id: row.to[i]})
				  CREATE (n)-[:TO {position: i}]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.cc) - 1) AS i
				  MATCH (b:Body {id: row.cc[i]})
				  CREATE (n)-[:CC {position: i}]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.concerns) - 1) AS i
				  MATCH (w:WorkItem {id: row.concerns[i]})
				  CREATE (n)-[:CONCERNS {position: i}]->(w)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.topics) - 1) AS i
				  MATCH (t:Topic {id: row.topics[i]})
				  CREATE (n)-[:ABOUT {position: i}]->(t)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.identifiers) - 1) AS i
				  WITH i, row.identifiers[i] AS identifier
				  MATCH (b:Body {id: identifier.body})
				  CREATE (n)-[:IDENTIFIED_BY {position: i, value: identifier.value, url: identifier.url}]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.stateHistory) - 1) AS i
				  WITH i, row.stateHistory[i] AS change
				  CREATE (n)-[:HAS_STATE_CHANGE {position: i}]->(:LiaisonStateChange {state: change.state, on: change.on,
				                                                                     by: change.by, note: change.note})
				}
				""");
		write("liaison replies", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MATCH (n:Liaison {id: row.id})
				CALL (n) { MATCH (n)-[old:REPLY_TO]->() DELETE old }
				WITH n, row WHERE row.replyTo IS NOT NULL
				MATCH (p:Liaison {id: row.replyTo})
				CREATE (n)-[:REPLY_TO]->(p)
				""");
	}

	void people(List<PersonRecord> records, Stamp stamp) {
		write("people", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:Person {id: row.id})
				""" + STAMP + """
				SET n.name = row.name, n.affiliation = row.affiliation, n.country = row.country, n.email = row.email
				WITH n, row
				CALL (n) { MATCH (n)-[old:HAS_ROLE]->() DELETE old }
				CALL (n, row) {
				  UNWIND range(0, size(row.roles) - 1) AS i
				  WITH i, row.roles[i] AS role
				  MATCH (b:Body {id: role.body})
				  CREATE (n)-[:HAS_ROLE {position: i, kind: role.kind, since: role.since, until: role.until,
				                         note: role.note}]->(b)
				}
				""");
	}

	void meetings(List<MeetingRecord> records, Stamp stamp) {
		write("meetings", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:Meeting {id: row.id})
				""" + STAMP + """
				SET n.title = row.title, n.start = row.start, n.end = row.end, n.location = row.location,
				    n.mode = row.mode, n.collocatedWith = row.collocatedWith
				WITH n, row
				CALL (n) { MATCH (n)-[old:HELD_BY]->() DELETE old }
				CALL (n) { MATCH (n)-[:HAS_AGENDA_ITEM|HAS_DEADLINE]->(old) DETACH DELETE old }
				WITH n, row
				MATCH (b:Body {id: row.body})
				CREATE (n)-[:HELD_BY]->(b)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.agenda) - 1) AS i
				  WITH i, row.agenda[i] AS item
				  CREATE (n)-[:HAS_AGENDA_ITEM {position: i}]->(:AgendaItem {number: item.number, title: item.title})
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.deadlines) - 1) AS i
				  WITH i, row.deadlines[i] AS deadline
				  CREATE (n)-[:HAS_DEADLINE {position: i}]->(:Deadline {kind: deadline.kind, due: deadline.due})
				}
				""");
	}

	void contributions(List<ContributionRecord> records, Stamp stamp) {
		write("contributions", records, stamp, DatasetWriter::row, """
				UNWIND $rows AS row
				MERGE (n:Contribution {id: row.id})
				""" + STAMP + """
				SET n.number = row.number, n.title = row.title, n.submittedOn = row.submittedOn,
				    n.agendaItem = row.agendaItem
				WITH n, row
				CALL (n) { MATCH (n)-[old:SUBMITTED_TO|SUBMITTED_BY]->() DELETE old }
				WITH n, row
				MATCH (m:Meeting {id: row.meeting})
				CREATE (n)-[:SUBMITTED_TO]->(m)
				WITH n, row
				CALL (n, row) {
				  WITH n, row WHERE row.from IS NOT NULL
				  MATCH (b:Body {id: row.from})
				  CREATE (n)-[:SUBMITTED_BY]->(b)
				}
				""");
	}

	/**
	 * Deletes the nodes that belong to records of one kind alone (a liaison's state history, a meeting's agenda and
	 * deadlines), so that deleting the records leaves nothing behind. {@code label} is a constant of the caller's.
	 */
	void deleteOwned(String label, Collection<String> ids) {
		String owned = switch (label) {
			case "Liaison" -> "HAS_STATE_CHANGE";
			case "Meeting" -> "HAS_AGENDA_ITEM|HAS_DEADLINE";
			default -> null;
		};
		if (owned != null) {
			this.client.query("""
					UNWIND $ids AS id
					MATCH (:%s {id: id})-[:%s]->(owned)
					DETACH DELETE owned
					""".formatted(label, owned)).bind(List.copyOf(ids)).to("ids").run();
		}
	}

	private <T> void write(String what, List<T> records, Stamp stamp, Function<T, Map<String, Object>> toRow,
			String cypher) {
		for (int from = 0; from < records.size(); from += BATCH) {
			List<Map<String, Object>> rows = records.subList(from, Math.min(from + BATCH, records.size()))
				.stream()
				.map(toRow)
				.toList();
			this.client.query(cypher)
				.bindAll(Map.of("rows", rows, "now", stamp.now(), "user", stamp.user()))
				.run();
			if (records.size() > PROGRESS_THRESHOLD) {
				int done = Math.min(from + BATCH, records.size());
				log.info("Import: {} {}/{} ({}%)", what, done, records.size(), done * 100 / records.size());
			}
		}
	}

	private static Map<String, Object> common(DatasetRecord record, String url, String source, String confidence,
			String note) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", record.id());
		row.put("url", url);
		row.put("source", source);
		row.put("confidence", confidence);
		row.put("note", note);
		return row;
	}

	private static Map<String, Object> row(TopicRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("name", record.name());
		row.put("parent", record.parent());
		row.put("description", record.description());
		return row;
	}

	private static Map<String, Object> row(BodyRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("name", record.name());
		row.put("acronym", record.acronym());
		row.put("kind", record.kind().name());
		row.put("parent", record.parent());
		row.put("mandate", record.mandate());
		return row;
	}

	private static Map<String, Object> row(WorkItemRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("designation", record.designation());
		row.put("title", record.title());
		row.put("scope", record.scope());
		row.put("status", record.status().name());
		row.put("owner", record.owner());
		row.put("topics", record.topics());
		row.put("links", record.links()
			.stream()
			.map((link) -> Map.of("to", link.to(), "kind", link.kind().name()))
			.toList());
		row.put("startDate", record.startDate());
		row.put("publishedDate", record.publishedDate());
		row.put("targetDate", record.targetDate());
		row.put("year", record.year());
		return row;
	}

	private static Map<String, Object> row(LiaisonRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("title", record.title());
		row.put("from", record.from());
		row.put("to", record.to());
		row.put("cc", record.cc());
		row.put("purpose", record.purpose().name());
		row.put("state", record.state() != null ? record.state().name() : null);
		row.put("stateHistory", record.stateHistory().stream().map((change) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("state", change.state().name());
			map.put("on", change.on());
			map.put("by", change.by());
			map.put("note", change.note());
			return map;
		}).toList());
		row.put("sentOn", record.sentOn());
		row.put("deadline", record.deadline());
		row.put("replyTo", record.replyTo());
		row.put("concerns", record.concerns());
		row.put("topics", record.topics());
		row.put("identifiers", record.identifiers().stream().map((identifier) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("body", identifier.body());
			map.put("value", identifier.value());
			map.put("url", identifier.url());
			return map;
		}).toList());
		return row;
	}

	private static Map<String, Object> row(PersonRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("name", record.name());
		row.put("affiliation", record.affiliation());
		row.put("country", record.country());
		row.put("email", record.email());
		row.put("roles", record.roles().stream().map((role) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("body", role.body());
			map.put("kind", role.kind().name());
			map.put("since", role.since());
			map.put("until", role.until());
			map.put("note", role.note());
			return map;
		}).toList());
		return row;
	}

	private static Map<String, Object> row(MeetingRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("title", record.title());
		row.put("body", record.body());
		row.put("start", record.start());
		row.put("end", record.end());
		row.put("location", record.location());
		row.put("mode", record.mode().name());
		row.put("collocatedWith", record.collocatedWith());
		row.put("agenda", record.agenda()
			.stream()
			.map((item) -> Map.of("number", item.number(), "title", item.title()))
			.toList());
		row.put("deadlines", record.deadlines()
			.stream()
			.map((deadline) -> Map.of("kind", deadline.kind(), "due", deadline.due()))
			.toList());
		return row;
	}

	private static Map<String, Object> row(ContributionRecord record) {
		Map<String, Object> row = common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("meeting", record.meeting());
		row.put("number", record.number());
		row.put("title", record.title());
		row.put("from", record.from());
		row.put("submittedOn", record.submittedOn());
		row.put("agendaItem", record.agendaItem());
		return row;
	}

}
