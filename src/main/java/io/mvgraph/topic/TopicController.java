package io.mvgraph.topic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.mvgraph.api.Batches;
import io.mvgraph.workitem.RelatedWorkItems;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemStatus;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TopicController {

	private final TopicService topics;

	TopicController(TopicService topics) {
		this.topics = topics;
	}

	@QueryMapping
	Topic topic(@Argument String id) {
		return this.topics.get(id);
	}

	@QueryMapping
	List<Topic> topics(@Argument Boolean rootsOnly) {
		return this.topics.list(Boolean.TRUE.equals(rootsOnly));
	}

	@BatchMapping
	Map<Topic, Topic> parent(List<Topic> topics) {
		return Batches.singles(topics, Topic::id, this.topics.parents(Batches.ids(topics, Topic::id)));
	}

	@BatchMapping
	Map<Topic, List<Topic>> children(List<Topic> topics) {
		return Batches.lists(topics, Topic::id, this.topics.children(Batches.ids(topics, Topic::id)));
	}

	@SchemaMapping
	CompletableFuture<List<WorkItem>> workItems(Topic topic, @Argument List<WorkItemStatus> status,
			@Argument Boolean includeSubtopics, DataLoader<RelatedWorkItems, List<WorkItem>> relatedWorkItems) {
		return relatedWorkItems
			.load(new RelatedWorkItems(RelatedWorkItems.Via.TOPIC, topic.id(), status, Boolean.TRUE.equals(includeSubtopics)));
	}

}
