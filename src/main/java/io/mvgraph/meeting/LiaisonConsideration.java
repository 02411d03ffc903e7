package io.mvgraph.meeting;

/** Where a liaison statement was taken: a meeting, the agenda item that took it, and what it did with it. */
public record LiaisonConsideration(Meeting meeting, MeetingRecord.AgendaItem agendaItem, AgendaLiaisonOutcome outcome) {
}
