package io.mvgraph.dataset;

import java.time.ZonedDateTime;
import java.util.Arrays;
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
				SET n.title = row.title, n.purpose = row.purpose, n.sentOn = row.sentOn, n.deadline = row.deadline
				WITH n, row
				CALL (n) { MATCH (n)-[old:FROM|TO|CONCERNS]->() DELETE old }
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
				  UNWIND range(0, size(row.concerns) - 1) AS i
				  MATCH (w:WorkItem {id: row.concerns[i]})
				  CREATE (n)-[:CONCERNS {position: i}]->(w)
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
		row.put("purpose", record.purpose().name());
		row.put("sentOn", record.sentOn());
		row.put("deadline", record.deadline());
		row.put("replyTo", record.replyTo());
		row.put("concerns", record.concerns());
		return row;
	}

}
