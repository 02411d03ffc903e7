package io.mvgraph.workitem;

/**
 * A link between two work items, seen from one of them: {@code OUTGOING} when that one is {@code from}.
 */
public record WorkItemLink(WorkItemLinkKind kind, LinkDirection direction, WorkItem from, WorkItem to) {

	public enum LinkDirection {

		OUTGOING, INCOMING

	}

	/** The work item at the other end. */
	public WorkItem workItem() {
		return this.direction == LinkDirection.OUTGOING ? this.to : this.from;
	}

}
