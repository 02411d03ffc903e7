package io.mvgraph.history;

import java.util.List;

/** One field of a record before and after a change, as JSON text (null where the field was absent). */
public record FieldChange(String field, String before, String after) {

	/**
	 * Whether a field of a record of this type is a contact detail (a person's e-mail address), which only ANALYST
	 * and above may read. The one place that says so for every reader of changes: history, subscriptions, diffs.
	 */
	public static boolean isContactDetail(EntityType type, String field) {
		return type == EntityType.PERSON && "email".equals(field);
	}

	/**
	 * The fields of a record of this type as a caller below ANALYST may see them: the values of contact details are
	 * blanked; that the field changed stays visible.
	 */
	public static List<FieldChange> withoutContactDetails(EntityType type, List<FieldChange> fields) {
		return fields.stream()
			.map((field) -> isContactDetail(type, field.field()) ? new FieldChange(field.field(), null, null) : field)
			.toList();
	}

}
