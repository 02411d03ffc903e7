package io.mvgraph.analysis;

import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;

/**
 * A coordination problem people act on: the uncoordinated overlaps between two coordination units on one subject.
 * Computed from the analysis for now: status OPEN, version 0 (persistence and review come in issue 11, phase 2).
 *
 * @param units the two coordination units, by id
 * @param owners the bodies inside them that own the items, unit A's first
 * @param pairs the overlaps, best first
 */
public record Finding(String id, FindingStatus status, FindingScope scope, int version, List<Body> units,
		List<Body> owners, Topic subject, List<Overlap> pairs, List<Topic> sharedTopics, double severity,
		String statement, String proposedAction) {
}
