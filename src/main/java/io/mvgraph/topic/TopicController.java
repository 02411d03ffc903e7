package io.mvgraph.topic;

import java.util.List;
import java.util.Map;

import io.mvgraph.api.Batches;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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

}
