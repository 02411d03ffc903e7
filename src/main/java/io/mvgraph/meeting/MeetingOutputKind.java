package io.mvgraph.meeting;

/** A document a meeting produced: its report, an outgoing liaison statement, or another output document. */
public enum MeetingOutputKind {

	REPORT, LIAISON_STATEMENT, OTHER

}
