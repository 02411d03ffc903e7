package io.mvgraph.meeting;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/**
 * A contribution (input document) to a meeting, as the data-set format writes it: {@code from} is the body that
 * submitted it, {@code agendaItem} the number of the meeting's agenda item it is for. {@code source} is, as on
 * every record, where the record comes from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContributionRecord(String id, String meeting, String number, String title, String from,
		LocalDate submittedOn, String agendaItem, String url, String source, String confidence, String note)
		implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<ContributionRecord> FORMAT = new RecordFormat<>(ContributionRecord.class, RecordReader.fields("id", "meeting", "number", "title", "from",
			"submittedOn", "agendaItem", "url", "source", "confidence", "note"),
			ContributionRecord::read);

	private static ContributionRecord read(RecordReader r) {
		return new ContributionRecord(r.id(), r.reference("meeting", true), r.text("number", true, FieldRules.NUMBER_LENGTH),
				r.text("title", true, FieldRules.TITLE_LENGTH), r.reference("from", false),
				r.date("submittedOn", true), r.text("agendaItem", false, FieldRules.NUMBER_LENGTH), r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

}
