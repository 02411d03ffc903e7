package io.mvgraph.body;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The roadmap editors' mutations of bodies; the rules are in {@link BodyEditing}. */
@Controller
class BodyMutationController {

	private final BodyEditing editing;

	BodyMutationController(BodyEditing editing) {
		this.editing = editing;
	}

	@MutationMapping
	Body createBody(@Argument CreateBodyInput input) {
		return this.editing.create(input);
	}

	@MutationMapping
	Body updateBody(@Argument String id, @Argument Long version, @Argument UpdateBodyInput input) {
		return this.editing.update(id, version, input);
	}

	@MutationMapping
	String deleteBody(@Argument String id, @Argument Long version) {
		return this.editing.delete(id, version);
	}

}
