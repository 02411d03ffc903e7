package io.mvgraph.history;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.security.Roles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undo: reverts one recorded change of a record, for any kind of record, through its {@link RecordKind} (the
 * canonical form the history compared). The fields the change changed go back to their values before it, as a new
 * change of its own (history and {@code roadmapChanged} as for every edit). Refused with {@code CONFLICT} when
 * the record changed since in one of those fields (a later change touched them, or their values are not the
 * change's after-values), so that an undo never overwrites someone else's later edit. Only updates can be
 * undone: a creation is undone by a delete mutation, and a deleted record would have to be re-created with every
 * relationship it had, which its history alone does not tell reliably.
 */
@Service
public class ChangeReverts {

	private final HistoryRepository history;

	private final Edits edits;

	private final ChangeRecorder recorder;

	private final ObjectProvider<RecordKind<?>> kinds;

	/** The mapper the recorder compares with, so that values read back are the ones it wrote. */
	private final JsonMapper json = JsonMapper.builder().build();

	ChangeReverts(HistoryRepository history, Edits edits, ChangeRecorder recorder, ObjectProvider<RecordKind<?>> kinds) {
		this.history = history;
		this.edits = edits;
		this.recorder = recorder;
		this.kinds = kinds;
	}

	@Transactional
	@PreAuthorize(Roles.IS_EDITOR)
	public Change revert(String changeId) {
		Change change = this.history.byId(changeId).orElseThrow(() -> ApiException.notFound("id", "change", changeId));
		if (change.action() != ChangeAction.UPDATED) {
			throw ApiException.badRequest("id", "only an update can be undone; this change "
					+ (change.action() == ChangeAction.CREATED ? "created the " + change.entityType().noun()
							+ " (delete it instead)" : "deleted the " + change.entityType().noun()));
		}
		RecordKind<?> kind = kindOf(change.entityType());
		return revert(kind, change);
	}

	private <T> Change revert(RecordKind<T> kind, Change change) {
		EntityType type = change.entityType();
		String id = change.entityId();
		List<String> fields = change.fieldNames();
		// the later changes first: the record may be gone (a later delete)
		List<Change> later = this.history.laterTouching(type, id, change.at(), fields);
		if (!later.isEmpty()) {
			Change next = later.get(0);
			throw ApiException.conflict("id", "The " + type.noun() + " '" + id + "' changed since: " + next.by()
					+ " " + next.action().name().toLowerCase() + " " + String.join(", ", next.fieldNames())
					+ " at " + next.at() + "; undo that change first, or edit the record");
		}
		T current = this.edits.current(kind, id, null);
		Map<String, Object> values = fields(current);
		List<String> differing = new ArrayList<>();
		for (FieldChange field : change.fields()) {
			if (!Objects.equals(normalized(field.after()), normalized(jsonOf(values.get(field.field()))))) {
				differing.add(field.field());
			}
		}
		if (!differing.isEmpty()) {
			throw ApiException.conflict("id", "The " + type.noun() + " '" + id + "' changed since: "
					+ String.join(", ", differing) + " no longer " + (differing.size() == 1 ? "has" : "have")
					+ " the value(s) this change gave");
		}
		for (FieldChange field : change.fields()) {
			values.put(field.field(), field.before() == null ? null : this.json.readTree(field.before()));
		}
		@SuppressWarnings("unchecked")
		T reverted = (T) this.json.convertValue(values, current.getClass());
		if (reverted instanceof DatasetRecord record) {
			// the values were valid once; rules may have tightened since
			RecordFormat.requireValid(record, "id", (name) -> "id", false);
		}
		this.edits.save(kind, current, reverted);
		// a value that refers to a record deleted since is not written (no relationship to it): refuse instead
		T written = kind.read(List.of(id)).get(0);
		if (!this.recorder.diff(reverted, written).isEmpty()) {
			throw ApiException.conflict("id", "The old values of " + String.join(", ", fields)
					+ " refer to records that no longer exist");
		}
		return new Change(this.edits.pendingChangeId(type, id), ZonedDateTime.now(ZoneOffset.UTC), this.edits.user(),
				Edits.ORIGIN, ChangeAction.UPDATED, type, id, this.recorder.diff(current, reverted));
	}

	private RecordKind<?> kindOf(EntityType type) {
		return this.kinds.orderedStream()
			.filter((kind) -> kind.type() == type)
			.findFirst()
			.orElseThrow(() -> ApiException.badRequest("id", "changes of a " + type.noun() + " cannot be undone"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> fields(Object record) {
		return new LinkedHashMap<>(this.json.convertValue(record, Map.class));
	}

	private String jsonOf(Object value) {
		return value == null ? null : this.json.writeValueAsString(value);
	}

	/** Absent, null and an empty list mean the same in the recorded form; JSON compared as trees. */
	private JsonNode normalized(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		JsonNode node = this.json.readTree(value);
		return node.isNull() || (node.isArray() && node.isEmpty()) ? null : node;
	}

}
