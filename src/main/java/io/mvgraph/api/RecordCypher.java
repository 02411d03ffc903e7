package io.mvgraph.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * How every feature's store runs the Cypher of its records, inside the caller's transaction: a section read back as
 * rows of maps (one statement for any number of ids), and written in batches of {@value #BATCH} rows per statement.
 * A written record replaces the node's properties and outgoing relationships; its version goes up by one.
 */
@Component
public class RecordCypher {

	private static final Logger log = LoggerFactory.getLogger(RecordCypher.class);

	public static final int BATCH = 1000;

	/** Above this many rows a section logs its progress. */
	private static final int PROGRESS_THRESHOLD = 5 * BATCH;

	/** The bookkeeping every record's node gets, and the four fields every record has; follows a MERGE of {@code n}. */
	public static final String STAMP = """
			ON CREATE SET n.version = 0, n.createdAt = $now, n.createdBy = $user
			SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $user,
			    n.url = row.url, n.source = row.source, n.confidence = row.confidence, n.note = row.note
			""";

	private final Neo4jClient client;

	RecordCypher(Neo4jClient client) {
		this.client = client;
	}

	public Neo4jClient client() {
		return this.client;
	}

	/** Runs {@code cypher} ({@code UNWIND $rows AS row ...}) over the records, {@value #BATCH} at a time. */
	public <T> void write(String what, List<T> records, ZonedDateTime now, String user,
			Function<T, Map<String, Object>> toRow, String cypher) {
		for (int from = 0; from < records.size(); from += BATCH) {
			List<Map<String, Object>> rows = records.subList(from, Math.min(from + BATCH, records.size()))
				.stream()
				.map(toRow)
				.toList();
			this.client.query(cypher).bindAll(Map.of("rows", rows, "now", now, "user", user)).run();
			if (records.size() > PROGRESS_THRESHOLD) {
				int done = Math.min(from + BATCH, records.size());
				log.info("Import: {} {}/{} ({}%)", what, done, records.size(), done * 100 / records.size());
			}
		}
	}

	/**
	 * Sets, for each record, its one reference of relationship {@code type} to another node of its {@code label}
	 * whose id is the row's {@code field} (none when null): the parent of a body or topic, the successor of a body, the
	 * statement a liaison replies to. Runs after all records of the section exist, so that a reference may point
	 * at a record later in the file. Label and type are the store's constants, never input.
	 */
	public <T> void writeReference(String what, List<T> records, ZonedDateTime now, String user,
			Function<T, Map<String, Object>> toRow, String label, String type, String field) {
		write(what, records, now, user, toRow, """
				UNWIND $rows AS row
				MATCH (n:%1$s {id: row.id})
				CALL (n) { MATCH (n)-[old:%2$s]->() DELETE old }
				WITH n, row WHERE row.%3$s IS NOT NULL
				MATCH (target:%1$s {id: row.%3$s})
				CREATE (n)-[:%2$s]->(target)
				""".formatted(label, type, field));
	}

	/** The column {@code row} of each result of {@code cypher}, which binds {@code $ids} (null: all records). */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> rows(String cypher, Collection<String> ids) {
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

	/** The row of the fields every record has: id, url, source, confidence, note. */
	public static Map<String, Object> common(DatasetRecord record, String url, String source, String confidence,
			String note) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", record.id());
		row.put("url", url);
		row.put("source", source);
		row.put("confidence", confidence);
		row.put("note", note);
		return row;
	}

	public static String string(Map<String, Object> row, String key) {
		return (String) row.get(key);
	}

	@SuppressWarnings("unchecked")
	public static List<String> strings(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? List.of() : (List<String>) value;
	}

	public static LocalDate date(Map<String, Object> row, String key) {
		return (LocalDate) row.get(key);
	}

	/** A partial date, stored as the text it was given (older graphs hold full dates as Neo4j dates). */
	public static PartialDate partialDate(Map<String, Object> row, String key) {
		Object value = row.get(key);
		if (value == null) {
			return null;
		}
		return value instanceof LocalDate day ? PartialDate.of(day) : PartialDate.parse(value.toString());
	}

	/** The stored form of a partial date: its text. */
	public static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

	public static Integer integer(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? null : ((Number) value).intValue();
	}

	public static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> row, String key) {
		String value = string(row, key);
		return value == null ? null : Enum.valueOf(type, value);
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	public static OffsetDateTime dateTime(Map<String, Object> row, String key) {
		Object value = row.get(key);
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return (OffsetDateTime) value;
	}

}
