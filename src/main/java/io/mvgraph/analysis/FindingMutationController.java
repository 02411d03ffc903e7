package io.mvgraph.analysis;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class FindingMutationController {

	private final FindingLifecycle lifecycle;

	FindingMutationController(FindingLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@MutationMapping
	Finding confirmFinding(@Argument String id, @Argument Long version, @Argument String note) {
		return this.lifecycle.confirm(id, version, note);
	}

	@MutationMapping
	Finding dismissFinding(@Argument String id, @Argument Long version, @Argument String note) {
		return this.lifecycle.dismiss(id, version, note);
	}

	@MutationMapping
	Finding reopenFinding(@Argument String id, @Argument Long version, @Argument String note) {
		return this.lifecycle.reopen(id, version, note);
	}

	@MutationMapping
	Finding markFindingReported(@Argument String id, @Argument Long version, @Argument String meeting,
			@Argument String liaison, @Argument String report, @Argument String note) {
		return this.lifecycle.markReported(id, version, meeting, liaison, report, note);
	}

	@MutationMapping
	Finding resolveFinding(@Argument String id, @Argument Long version, @Argument String note) {
		return this.lifecycle.resolve(id, version, note);
	}

}
