package io.mvgraph.meeting;

public enum MeetingMode {

	PHYSICAL, VIRTUAL, HYBRID

}
