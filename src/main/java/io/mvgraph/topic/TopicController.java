package io.mvgraph.topic;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
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
	Topic topic(@Argument String id, DataFetchingEnvironment environment) {
		return this.topics.get(id, environment.getSelectionSet(), environment.getGraphQlContext());
	}

	@QueryMapping
	List<Topic> topics(@Argument Boolean rootsOnly, DataFetchingEnvironment environment) {
		return this.topics.list(Boolean.TRUE.equals(rootsOnly), environment.getSelectionSet(),
				environment.getGraphQlContext());
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
