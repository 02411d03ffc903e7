package io.mvgraph.dataset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A whole data-set file (docs/dataset-format.md): the import format and the export format at once.
 */
@JsonPropertyOrder({ "formatVersion", "topics", "bodies", "workItems", "liaisons" })
public record Dataset(int formatVersion, List<TopicRecord> topics, List<BodyRecord> bodies,
		List<WorkItemRecord> workItems, List<LiaisonRecord> liaisons) {

	public static final int FORMAT_VERSION = 1;

	public Dataset {
		topics = topics != null ? List.copyOf(topics) : List.of();
		bodies = bodies != null ? List.copyOf(bodies) : List.of();
		workItems = workItems != null ? List.copyOf(workItems) : List.of();
		liaisons = liaisons != null ? List.copyOf(liaisons) : List.of();
	}

	public int size() {
		return this.topics.size() + this.bodies.size() + this.workItems.size() + this.liaisons.size();
	}

}
