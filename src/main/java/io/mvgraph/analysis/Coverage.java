package io.mvgraph.analysis;

import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;

/** The topic x body matrix of a heat map; cells with a count of zero are left out. */
public record Coverage(List<Topic> topics, List<Body> bodies, List<CoverageCell> cells) {
}
