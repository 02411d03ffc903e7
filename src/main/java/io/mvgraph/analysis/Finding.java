package io.mvgraph.analysis;

import java.time.ZonedDateTime;
import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;

/**
 * A coordination problem people act on: the uncoordinated overlaps between two coordination units on one subject.
 * The content is computed from the analysis (for a finding no longer computed, as last computed); the lifecycle
 * (status, version, note, reported-in, resolved-by) is persisted on its {@code (:Finding)} node.
 *
 * @param units the two coordination units, by id
 * @param owners the bodies inside them that own the items, unit A's first
 * @param pairs the overlaps, best first
 */
public record Finding(String id, FindingStatus status, FindingScope scope, int version, List<Body> units,
		List<Body> owners, Topic subject, List<Overlap> pairs, List<Topic> sharedTopics, double severity,
		String statement, String proposedAction, String note, String reportedAtMeeting, String reportedInLiaison,
		String report, String resolvedBy, List<String> resolvedByLiaisons, ZonedDateTime statusChangedAt,
		String statusChangedBy) {
}
