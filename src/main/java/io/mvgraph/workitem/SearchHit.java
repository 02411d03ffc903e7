package io.mvgraph.workitem;

public record SearchHit(WorkItem workItem, double score) {
}
