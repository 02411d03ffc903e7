package io.mvgraph.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.mvgraph.api.Batches;
import io.mvgraph.api.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BodyController {

	private final BodyService bodies;

	BodyController(BodyService bodies) {
		this.bodies = bodies;
	}

	@QueryMapping
	Body body(@Argument String id, DataFetchingEnvironment environment) {
		return this.bodies.get(id, environment.getSelectionSet(), environment.getGraphQlContext());
	}

	@QueryMapping
	Connection<Body> bodies(@Argument List<BodyKind> kind, @Argument String parent, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		return this.bodies.list(kind, parent, first, after, environment.getSelectionSet(),
				environment.getGraphQlContext());
	}

	@BatchMapping
	Map<Body, Body> parent(List<Body> bodies) {
		return Batches.singles(bodies, Body::id, this.bodies.parents(Batches.ids(bodies, Body::id)));
	}

	@BatchMapping
	Map<Body, List<Body>> children(List<Body> bodies) {
		return Batches.lists(bodies, Body::id, this.bodies.children(Batches.ids(bodies, Body::id)));
	}

	@BatchMapping
	Map<Body, Body> successor(List<Body> bodies) {
		return Batches.singles(bodies, Body::id, this.bodies.successors(Batches.ids(bodies, Body::id)));
	}

	@BatchMapping
	Map<Body, List<Body>> predecessors(List<Body> bodies) {
		return Batches.lists(bodies, Body::id, this.bodies.predecessors(Batches.ids(bodies, Body::id)));
	}

	/** Whether the body existed and had not ended on that day (today without one). */
	@SchemaMapping
	boolean active(Body body, @Argument LocalDate on) {
		return BodyRecord.activeOn(body.activeFrom(), body.activeUntil(), on != null ? on : LocalDate.now());
	}

	@BatchMapping
	Map<Body, List<Body>> ancestors(List<Body> bodies) {
		return Batches.lists(bodies, Body::id, this.bodies.ancestors(Batches.ids(bodies, Body::id)));
	}

}
