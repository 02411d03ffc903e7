package io.mvgraph.history;

/** One field of a record before and after a change, as JSON text (null where the field was absent). */
public record FieldChange(String field, String before, String after) {
}
