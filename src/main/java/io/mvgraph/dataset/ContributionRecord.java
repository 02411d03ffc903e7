package io.mvgraph.dataset;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contribution (input document) to a meeting, as the data-set format writes it: {@code from} is the body that
 * submitted it, {@code agendaItem} the number of the meeting's agenda item it is for. {@code source} is, as on
 * every record, where the record comes from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContributionRecord(String id, String meeting, String number, String title, String from,
		LocalDate submittedOn, String agendaItem, String url, String source, String confidence, String note)
		implements DatasetRecord {
}
