package io.mvgraph.workitem;

import java.util.List;

/**
 * Records of other features that refer to work items (liaisons concern them, overlap reviews judge pairs of them).
 * Before a work item is deleted, inside the same transaction, each drops its references to it through
 * {@code Edits}, so that every one of those records its own change. The features implement it; this one only calls
 * it, which keeps the dependency pointing at {@code workitem}.
 */
public interface WorkItemReferences {

	/** The relationship types into work items that {@link #forget} takes care of. */
	List<String> relationships();

	/** Drops every reference to the work item (locking the records it changes). */
	void forget(String workItemId);

}
