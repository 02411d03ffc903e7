package io.mvgraph.history;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records changes in the caller's transaction, as {@code (:Change)} nodes keyed by the changed record's id (not
 * linked to it, so that they outlive it), and announces them with a {@link RoadmapChanged} event.
 *
 * <p>A record is compared as its data-set form (any record class; Jackson turns it into fields), so that "which
 * fields changed" means the same for a mutation, an import and a snapshot diff.
 */
@Component
public class ChangeRecorder {

	private final Neo4jClient client;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ServiceInstance instance;

	ChangeRecorder(Neo4jClient client, ApplicationEventPublisher events, ServiceInstance instance) {
		this.client = client;
		this.events = events;
		this.instance = instance;
	}

	/** What changed between two forms of a record (either may be null: created or deleted). */
	public record Entry(EntityType type, String id, Object before, Object after, String changeId) {

		public Entry(EntityType type, String id, Object before, Object after) {
			this(type, id, before, after, null);
		}

	}

	/**
	 * Records the entries that changed something, in one statement, and returns them as changes. Must run in a
	 * write transaction; the event goes out to listeners at once (transactional listeners: after commit).
	 */
	public List<Change> record(List<Entry> entries, String by, String origin) {
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		List<Change> changes = new ArrayList<>();
		for (Entry entry : entries) {
			List<FieldChange> fields = diff(entry.before(), entry.after());
			if (fields.isEmpty()) {
				continue;
			}
			ChangeAction action = entry.before() == null ? ChangeAction.CREATED
					: entry.after() == null ? ChangeAction.DELETED : ChangeAction.UPDATED;
			changes.add(new Change(entry.changeId() != null ? entry.changeId() : UUID.randomUUID().toString(), now, by, origin, action, entry.type(), entry.id(),
					fields));
		}
		if (changes.isEmpty()) {
			return changes;
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Changes must be recorded in the transaction that makes them");
		}
		// the transaction and the instance that made the changes: other instances send them to their subscribers
		String transaction = UUID.randomUUID().toString();
		for (int from = 0; from < changes.size(); from += 1000) {
			List<Map<String, Object>> rows = changes.subList(from, Math.min(from + 1000, changes.size()))
				.stream()
				.map(ChangeRecorder::row)
				.toList();
			this.client.query("""
					UNWIND $rows AS row
					CREATE (c:Change {id: row.id, at: row.at, by: row.by, origin: row.origin, action: row.action,
					                  entityType: row.entityType, entityId: row.entityId, fields: row.fields,
					                  before: row.before, after: row.after, transaction: $transaction,
					                  instance: $instance})
					""").bindAll(Map.of("rows", rows, "transaction", transaction, "instance", this.instance.id())).run();
		}
		this.events.publishEvent(new RoadmapChanged(List.copyOf(changes)));
		return changes;
	}

	/** The fields whose values differ, in the order of the record's fields; values as JSON text. */
	public List<FieldChange> diff(Object before, Object after) {
		Map<String, Object> old = fields(before);
		Map<String, Object> now = fields(after);
		Set<String> names = new LinkedHashSet<>(now.keySet());
		names.addAll(old.keySet());
		List<FieldChange> changed = new ArrayList<>();
		for (String name : names) {
			Object a = old.get(name);
			Object b = now.get(name);
			if (!Objects.equals(a, b)) {
				changed.add(new FieldChange(name, a == null ? null : this.json.writeValueAsString(a),
						b == null ? null : this.json.writeValueAsString(b)));
			}
		}
		return changed;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> fields(Object record) {
		if (record == null) {
			return Map.of();
		}
		Map<String, Object> fields = new LinkedHashMap<>(this.json.convertValue(record, Map.class));
		// absent, null and empty lists mean the same in the data-set format
		fields.values().removeIf((value) -> value == null || (value instanceof List<?> list && list.isEmpty()));
		return fields;
	}

	private static Map<String, Object> row(Change change) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", change.id());
		row.put("at", change.at());
		row.put("by", change.by());
		row.put("origin", change.origin());
		row.put("action", change.action().name());
		row.put("entityType", change.entityType().name());
		row.put("entityId", change.entityId());
		row.put("fields", change.fieldNames());
		row.put("before", change.fields().stream().map((field) -> field.before() == null ? "" : field.before()).toList());
		row.put("after", change.fields().stream().map((field) -> field.after() == null ? "" : field.after()).toList());
		return row;
	}

}
