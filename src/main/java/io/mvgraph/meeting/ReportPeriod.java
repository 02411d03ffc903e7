package io.mvgraph.meeting;

import java.time.LocalDate;

/**
 * The period a meeting reports on (the executive summary to TSAG after each meeting): from the day the previous
 * meeting of the same body ended to the day this one starts, both included. {@code since} is null for a body's
 * first meeting: everything before it.
 */
public record ReportPeriod(LocalDate since, LocalDate until, String previousMeetingId) {
}
