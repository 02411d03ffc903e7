package io.mvgraph.analysis;

/** The number of work items of one body (column) about one topic (row). */
public record CoverageCell(String topicId, String bodyId, int count) {
}
