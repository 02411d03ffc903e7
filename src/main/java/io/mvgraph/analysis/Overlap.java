package io.mvgraph.analysis;

import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemLinkKind;

/**
 * Two work items of different bodies that cover the same ground, with the evidence. The pair is ordered:
 * {@code a.id < b.id}, so that {@code (a.id, b.id)} names it stably. {@code units} are the coordination units of the
 * two owners (one, twice, when {@code internal}); {@code channels} everything that coordinates them, current or not;
 * {@code coordinated} says whether a current channel does, {@code coordination} and {@code liaisons} are the current
 * channels' kinds and liaisons.
 */
public record Overlap(WorkItem a, WorkItem b, double score, double topicScore, double textScore, double linkScore,
		double severity, List<Topic> sharedTopics, List<String> sharedTerms, List<WorkItemLinkKind> links,
		boolean coordinated, List<CoordinationKind> coordination, List<Liaison> liaisons, boolean internal,
		List<Body> units, List<CoordinationChannel> channels) {

	public OverlapPair pair() {
		return new OverlapPair(this.a.id(), this.b.id());
	}

}
