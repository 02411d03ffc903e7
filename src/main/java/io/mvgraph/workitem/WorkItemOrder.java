package io.mvgraph.workitem;

/** The orders of the work item list, each with the Cypher of its sort key (ties broken by id). */
public enum WorkItemOrder {

	DESIGNATION("toLower(coalesce(w.designation, w.title))"), TITLE("toLower(w.title)"), ID("w.id");

	final String sortKey;

	WorkItemOrder(String sortKey) {
		this.sortKey = sortKey;
	}

}
