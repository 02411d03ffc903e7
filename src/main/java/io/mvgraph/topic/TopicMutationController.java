package io.mvgraph.topic;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The roadmap editors' mutations of topics; the rules are in {@link TopicEditing}. */
@Controller
class TopicMutationController {

	private final TopicEditing editing;

	TopicMutationController(TopicEditing editing) {
		this.editing = editing;
	}

	@MutationMapping
	Topic createTopic(@Argument CreateTopicInput input) {
		return this.editing.create(input);
	}

	@MutationMapping
	Topic updateTopic(@Argument String id, @Argument Long version, @Argument UpdateTopicInput input) {
		return this.editing.update(id, version, input);
	}

	@MutationMapping
	String deleteTopic(@Argument String id, @Argument Long version) {
		return this.editing.delete(id, version);
	}

}
