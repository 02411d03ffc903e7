package io.mvgraph.meeting;

/**
 * What an agenda item did with a liaison statement: {@code CONSIDERED} an incoming one (or one for information),
 * {@code APPROVED} an outgoing one for sending.
 */
public enum AgendaLiaisonOutcome {

	CONSIDERED, APPROVED

}
