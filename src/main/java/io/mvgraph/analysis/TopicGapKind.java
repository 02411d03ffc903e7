package io.mvgraph.analysis;

public enum TopicGapKind {

	/** No work item is about the topic or one of its sub-topics. */
	UNCOVERED,
	/** One body (with the groups below it) owns every work item about the topic. */
	SINGLE_BODY,
	/** Work items cover the topic, none of them owned by ITU-T. */
	NO_ITU_T

}
