package io.mvgraph.workitem;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The roadmap editors' mutations of work items; the rules are in {@link WorkItemEditing}. */
@Controller
class WorkItemMutationController {

	private final WorkItemEditing editing;

	WorkItemMutationController(WorkItemEditing editing) {
		this.editing = editing;
	}

	@MutationMapping
	WorkItem createWorkItem(@Argument CreateWorkItemInput input) {
		return this.editing.create(input);
	}

	@MutationMapping
	WorkItem updateWorkItem(@Argument String id, @Argument Long version, @Argument UpdateWorkItemInput input) {
		return this.editing.update(id, version, input);
	}

	@MutationMapping
	String deleteWorkItem(@Argument String id, @Argument Long version) {
		return this.editing.delete(id, version);
	}

	@MutationMapping
	WorkItem linkWorkItems(@Argument String from, @Argument String to, @Argument WorkItemLinkKind kind,
			@Argument Long version) {
		return this.editing.link(from, to, kind, version);
	}

	@MutationMapping
	WorkItem unlinkWorkItems(@Argument String from, @Argument String to, @Argument WorkItemLinkKind kind,
			@Argument Long version) {
		return this.editing.unlink(from, to, kind, version);
	}

	@MutationMapping
	WorkItem tagWorkItem(@Argument String id, @Argument List<String> topicIds, @Argument Boolean replace,
			@Argument Long version) {
		return this.editing.tag(id, topicIds, Boolean.TRUE.equals(replace), version);
	}

	@MutationMapping
	WorkItem untagWorkItem(@Argument String id, @Argument List<String> topicIds, @Argument Long version) {
		return this.editing.untag(id, topicIds, version);
	}

}
