package io.mvgraph.workitem;

import java.util.List;

/** The filter of the work item list; every part is optional and the parts combine with AND. */
public record WorkItemFilter(List<WorkItemStatus> status, String owner, String topic, String text, String confidence) {

	public static final WorkItemFilter NONE = new WorkItemFilter(null, null, null, null, null);

}
