package io.mvgraph.analysis;

import java.util.List;

import io.mvgraph.liaison.Liaison;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemLinkKind;

/**
 * Two work items of different bodies that cover the same ground, with the evidence. The pair is ordered:
 * {@code a.id < b.id}, so that {@code (a.id, b.id)} names it stably.
 */
public record Overlap(WorkItem a, WorkItem b, double score, double topicScore, double textScore, double linkScore,
		double severity, List<Topic> sharedTopics, List<String> sharedTerms, List<WorkItemLinkKind> links,
		boolean coordinated, List<CoordinationKind> coordination, List<Liaison> liaisons) {

	public OverlapPair pair() {
		return new OverlapPair(this.a.id(), this.b.id());
	}

}
