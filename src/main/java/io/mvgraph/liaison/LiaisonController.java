package io.mvgraph.liaison;

import java.util.List;
import java.util.Map;

import io.mvgraph.body.Body;
import io.mvgraph.graph.Batches;
import io.mvgraph.workitem.WorkItem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LiaisonController {

	private final LiaisonService liaisons;

	LiaisonController(LiaisonService liaisons) {
		this.liaisons = liaisons;
	}

	@QueryMapping
	Liaison liaison(@Argument String id) {
		return this.liaisons.get(id);
	}

	@BatchMapping
	Map<Liaison, Body> from(List<Liaison> liaisons) {
		return Batches.singles(liaisons, Liaison::id, this.liaisons.senders(ids(liaisons)));
	}

	@BatchMapping
	Map<Liaison, List<Body>> to(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.recipients(ids(liaisons)));
	}

	@BatchMapping
	Map<Liaison, Liaison> replyTo(List<Liaison> liaisons) {
		return Batches.singles(liaisons, Liaison::id, this.liaisons.repliedTo(ids(liaisons)));
	}

	@BatchMapping
	Map<Liaison, List<Liaison>> replies(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.replies(ids(liaisons)));
	}

	@BatchMapping
	Map<Liaison, List<WorkItem>> concerns(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.concerns(ids(liaisons)));
	}

	private static List<String> ids(List<Liaison> liaisons) {
		return liaisons.stream().map(Liaison::id).distinct().toList();
	}

}
