package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One recorded change of one record: who, when, how (api, import, seed...), and each changed field before and
 * after. The history outlives the record: deleting a record keeps its changes.
 */
public record Change(String id, ZonedDateTime at, String by, String origin, ChangeAction action, EntityType entityType,
		String entityId, List<FieldChange> fields) {

	public List<String> fieldNames() {
		return this.fields.stream().map(FieldChange::field).toList();
	}

}
