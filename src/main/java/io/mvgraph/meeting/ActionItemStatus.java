package io.mvgraph.meeting;

/** Where an action item of a meeting stands. */
public enum ActionItemStatus {

	OPEN, DONE, CANCELLED

}
