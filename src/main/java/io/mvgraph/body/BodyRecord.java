package io.mvgraph.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/** A body as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BodyRecord(String id, String name, String acronym, BodyKind kind, String parent, String url,
		String mandate, String source, String confidence, String note) implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<BodyRecord> FORMAT = new RecordFormat<>(BodyRecord.class, RecordReader.fields("id", "name", "acronym", "kind", "parent", "url",
			"mandate", "source", "confidence", "note"),
			BodyRecord::read);

	private static BodyRecord read(RecordReader r) {
		return new BodyRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH),
				r.text("acronym", false, FieldRules.NAME_LENGTH), r.enumValue("kind", BodyKind.class, true),
				r.reference("parent", false), r.url("url"), r.text("mandate", false, FieldRules.TEXT_LENGTH),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

}
