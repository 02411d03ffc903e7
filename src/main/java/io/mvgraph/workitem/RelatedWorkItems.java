package io.mvgraph.workitem;

import java.util.List;

/**
 * The key of a batch load of work items related to a body or a topic: the parent's id with the field's arguments,
 * so that one query answers every parent asked with the same arguments.
 */
public record RelatedWorkItems(Via via, String id, List<WorkItemStatus> status, boolean transitive) {

	public enum Via {

		OWNER, TOPIC

	}

	record Arguments(Via via, List<WorkItemStatus> status, boolean transitive) {
	}

	Arguments arguments() {
		return new Arguments(this.via, this.status, this.transitive);
	}

}
