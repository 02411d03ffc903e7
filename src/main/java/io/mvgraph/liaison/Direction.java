package io.mvgraph.liaison;

/** Seen from a body: liaisons it sent, or liaisons addressed to it (to or in copy). */
public enum Direction {

	INCOMING, OUTGOING

}
