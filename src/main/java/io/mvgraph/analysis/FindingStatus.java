package io.mvgraph.analysis;

/** Where a finding is in its review; computed findings are OPEN until findings are persisted (issue 11, phase 2). */
public enum FindingStatus {

	OPEN, CONFIRMED, DISMISSED, REPORTED, RESOLVED

}
