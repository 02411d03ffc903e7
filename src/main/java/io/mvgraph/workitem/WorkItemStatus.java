package io.mvgraph.workitem;

public enum WorkItemStatus {

	PROPOSED, UNDER_DEVELOPMENT, APPROVED, PUBLISHED, WITHDRAWN

}
