package io.mvgraph.workitem;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.partialDate;
import static io.mvgraph.api.RecordCypher.text;
import static io.mvgraph.api.RecordCypher.integer;
import static io.mvgraph.api.RecordCypher.string;
import static io.mvgraph.api.RecordCypher.strings;

/**
 * The Cypher that reads and writes {@link WorkItemRecord}s, the canonical form of the graph's work items: for the
 * import (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both).
 * One statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class WorkItemStore extends RecordStore<WorkItemRecord> {

	WorkItemStore(RecordCypher cypher) {
		super(EntityType.WORK_ITEM, cypher);
	}

	@Override
	protected List<WorkItemRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
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
					strings(row, "topics"), links(row), partialDate(row, "startDate"),
					partialDate(row, "publishedDate"), partialDate(row, "targetDate"), integer(row, "year"), string(row, "url"), string(row, "source"),
					string(row, "confidence"), string(row, "note")))
			.toList();
	}

	/** The work items that link to this one. */
	public List<String> linkingTo(String id) {
		return List.copyOf(this.cypher.client()
			.query("MATCH (o:WorkItem)-[:" + WorkItemLinkKind.ALL + "]->(:WorkItem {id: $id}) RETURN DISTINCT o.id")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	@Override
	public void write(List<WorkItemRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("work items", records, now, user, WorkItemStore::row, """
				UNWIND $rows AS row
				MERGE (n:WorkItem {id: row.id})
				""" + RecordCypher.STAMP + """
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
		this.cypher.write("work item links", records, now, user, WorkItemStore::row, """
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

	static Map<String, Object> row(WorkItemRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
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
		row.put("startDate", text(record.startDate()));
		row.put("publishedDate", text(record.publishedDate()));
		row.put("targetDate", text(record.targetDate()));
		row.put("year", record.year());
		return row;
	}

	private static List<WorkItemRecord.Link> links(Map<String, Object> row) {
		List<Map<String, Object>> links = (List<Map<String, Object>>) row.get("links");
		return links == null ? List.of()
				: links.stream()
					.map((link) -> new WorkItemRecord.Link((String) link.get("to"),
							WorkItemLinkKind.valueOf((String) link.get("kind"))))
					.toList();
	}

}
