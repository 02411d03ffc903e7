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

	/**
	 * The change as a caller below ANALYST may see it: the values of contact details (a person's e-mail address)
	 * are blanked; that the field changed stays visible. Every reader of changes (history, subscriptions) must
	 * apply it for such callers.
	 */
	public Change withoutContactDetails() {
		if (this.entityType != EntityType.PERSON) {
			return this;
		}
		return new Change(this.id, this.at, this.by, this.origin, this.action, this.entityType, this.entityId,
				this.fields.stream()
					.map((field) -> field.field().equals("email") ? new FieldChange("email", null, null) : field)
					.toList());
	}

}
