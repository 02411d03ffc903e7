package io.mvgraph.topic;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/** A topic as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicRecord(String id, String name, String parent, String description, String url, String source,
		String confidence, String note) implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<TopicRecord> FORMAT = new RecordFormat<>(TopicRecord.class, RecordReader.fields("id", "name", "parent", "description", "url",
			"source", "confidence", "note"),
			TopicRecord::read);

	private static TopicRecord read(RecordReader r) {
		return new TopicRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH), r.reference("parent", false),
				r.text("description", false, FieldRules.TEXT_LENGTH), r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

}
