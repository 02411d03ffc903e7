package io.mvgraph.analysis;

import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;

/** A topic nobody covers, only one body covers, or ITU-T does not cover. */
public record TopicGap(Topic topic, TopicGapKind kind, List<Body> bodies, int workItemCount) {
}
