package io.mvgraph.meeting;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A contribution (input document) to a meeting ({@code SUBMITTED_TO}) from a body ({@code SUBMITTED_BY}).
 * {@code late}: submitted after the meeting's CONTRIBUTIONS deadline. {@code provenance} is where the record comes
 * from (the {@code source} of the data-set format; in the API, {@code source} is the submitting body).
 */
public record Contribution(String id, String number, String title, LocalDate submittedOn, String agendaItem,
		String url, String provenance, String confidence, String note, Long version, ZonedDateTime updatedAt,
		String updatedBy, String meetingId, String fromId, boolean late) {
}
