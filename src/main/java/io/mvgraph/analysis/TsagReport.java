package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.List;

import io.mvgraph.liaison.Liaison;
import io.mvgraph.workitem.WorkItem;

/** The coordination report to TSAG for a period, as data and as Markdown (the same content). */
public record TsagReport(LocalDate since, LocalDate until, List<Overlap> coordinationGaps, int coordinationGapCount,
		List<TopicGap> topicGaps, List<Liaison> overdueLiaisons, List<WorkItem> newWorkItems,
		List<WorkItemChange> changedWorkItems, String markdown) {
}
