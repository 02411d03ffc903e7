package io.mvgraph.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.PartialDate;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/**
 * A body as the data-set format writes it. {@code activeFrom} and {@code activeUntil} bound its life (partial dates,
 * either open); {@code succeededBy} names the body that took over its work (SG16 -> SG21).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BodyRecord(String id, String name, String acronym, BodyKind kind, String parent, String url,
		String mandate, PartialDate activeFrom, PartialDate activeUntil, String succeededBy, String source,
		String confidence, String note) implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<BodyRecord> FORMAT = new RecordFormat<>(BodyRecord.class, RecordReader.fields("id", "name", "acronym", "kind", "parent", "url",
			"mandate", "activeFrom", "activeUntil", "succeededBy", "source", "confidence", "note"),
			BodyRecord::read);

	/** Whether the body existed and had not ended on that day (an open bound is no bound). */
	public static boolean activeOn(PartialDate activeFrom, PartialDate activeUntil, java.time.LocalDate day) {
		return (activeFrom == null || activeFrom.startsOnOrBefore(day))
				&& (activeUntil == null || !activeUntil.end().isBefore(day));
	}

	private static BodyRecord read(RecordReader r) {
		BodyRecord record = new BodyRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH),
				r.text("acronym", false, FieldRules.NAME_LENGTH), r.enumValue("kind", BodyKind.class, true),
				r.reference("parent", false), r.url("url"), r.text("mandate", false, FieldRules.TEXT_LENGTH),
				r.partialDate("activeFrom", false), r.partialDate("activeUntil", false),
				r.reference("succeededBy", false), r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.activeFrom() != null && record.activeUntil() != null
				&& record.activeUntil().isBefore(record.activeFrom())) {
			r.problem("activeUntil", "must not be before activeFrom (" + record.activeFrom() + ")");
		}
		if (record.id() != null && record.id().equals(record.succeededBy())) {
			r.problem("succeededBy", "a body cannot succeed itself");
		}
		return record;
	}

}
