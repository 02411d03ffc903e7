package io.mvgraph.editing;

import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemLinkKind;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The roadmap editors' mutations; the rules are in the services. */
@Controller
class EditingController {

	private final WorkItemEditing workItems;

	private final BodyEditing bodies;

	private final TopicEditing topics;

	EditingController(WorkItemEditing workItems, BodyEditing bodies, TopicEditing topics) {
		this.workItems = workItems;
		this.bodies = bodies;
		this.topics = topics;
	}

	@MutationMapping
	WorkItem createWorkItem(@Argument CreateWorkItemInput input) {
		return this.workItems.create(input);
	}

	@MutationMapping
	WorkItem updateWorkItem(@Argument String id, @Argument Long version, @Argument UpdateWorkItemInput input) {
		return this.workItems.update(id, version, input);
	}

	@MutationMapping
	String deleteWorkItem(@Argument String id, @Argument Long version) {
		return this.workItems.delete(id, version);
	}

	@MutationMapping
	WorkItem linkWorkItems(@Argument String from, @Argument String to, @Argument WorkItemLinkKind kind,
			@Argument Long version) {
		return this.workItems.link(from, to, kind, version);
	}

	@MutationMapping
	WorkItem unlinkWorkItems(@Argument String from, @Argument String to, @Argument WorkItemLinkKind kind,
			@Argument Long version) {
		return this.workItems.unlink(from, to, kind, version);
	}

	@MutationMapping
	WorkItem tagWorkItem(@Argument String id, @Argument List<String> topicIds, @Argument Boolean replace,
			@Argument Long version) {
		return this.workItems.tag(id, topicIds, Boolean.TRUE.equals(replace), version);
	}

	@MutationMapping
	WorkItem untagWorkItem(@Argument String id, @Argument List<String> topicIds, @Argument Long version) {
		return this.workItems.untag(id, topicIds, version);
	}

	@MutationMapping
	Body createBody(@Argument CreateBodyInput input) {
		return this.bodies.create(input);
	}

	@MutationMapping
	Body updateBody(@Argument String id, @Argument Long version, @Argument UpdateBodyInput input) {
		return this.bodies.update(id, version, input);
	}

	@MutationMapping
	String deleteBody(@Argument String id, @Argument Long version) {
		return this.bodies.delete(id, version);
	}

	@MutationMapping
	Topic createTopic(@Argument CreateTopicInput input) {
		return this.topics.create(input);
	}

	@MutationMapping
	Topic updateTopic(@Argument String id, @Argument Long version, @Argument UpdateTopicInput input) {
		return this.topics.update(id, version, input);
	}

	@MutationMapping
	String deleteTopic(@Argument String id, @Argument Long version) {
		return this.topics.delete(id, version);
	}

}
