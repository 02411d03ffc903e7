package io.mvgraph.analysis;

import java.time.ZonedDateTime;
import java.util.List;

import io.mvgraph.workitem.WorkItem;

/** A work item changed in a period: its last change, by whom, and every field changed in the period. */
public record WorkItemChange(WorkItem workItem, ZonedDateTime at, String by, List<String> fields) {
}
