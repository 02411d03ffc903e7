package io.mvgraph.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.body.BodyKind;
import io.mvgraph.liaison.LiaisonPurpose;
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
		return new Dataset(Dataset.FORMAT_VERSION, topics(null), bodies(null), workItems(null), liaisons(null));
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
				  replyTo: COLLECT { MATCH (n)-[:REPLY_TO]->(l:Liaison) RETURN l.id }[0],
				  concerns: COLLECT { MATCH (n)-[r:CONCERNS]->(w:WorkItem) RETURN w.id ORDER BY r.position, w.id }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new LiaisonRecord(string(row, "id"), string(row, "title"), string(row, "from"),
					strings(row, "to"), LiaisonPurpose.valueOf(string(row, "purpose")), date(row, "sentOn"),
					date(row, "deadline"), string(row, "replyTo"), strings(row, "concerns"), string(row, "url"),
					string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
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
