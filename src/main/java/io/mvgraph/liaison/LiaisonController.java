package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.Batches;
import io.mvgraph.api.Connection;
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LiaisonController {

	private final LiaisonService liaisons;

	private final LiaisonEditing editing;

	LiaisonController(LiaisonService liaisons, LiaisonEditing editing) {
		this.liaisons = liaisons;
		this.editing = editing;
	}

	@MutationMapping
	Liaison recordLiaison(@Argument RecordLiaisonInput input) {
		return this.editing.record(input);
	}

	@MutationMapping
	Liaison updateLiaison(@Argument String id, @Argument Long version, @Argument UpdateLiaisonInput input) {
		return this.editing.update(id, version, input);
	}

	@MutationMapping
	String deleteLiaison(@Argument String id, @Argument Long version) {
		return this.editing.delete(id, version);
	}

	@MutationMapping
	Liaison changeLiaisonState(@Argument String id, @Argument Long version, @Argument LiaisonState state,
			@Argument LocalDate on, @Argument String note,
			@Argument RecordLiaisonInput.ActionHolderInput actionHolder) {
		return this.editing.changeState(id, version, state, on, note, RecordLiaisonInput.ActionHolderInput.of(actionHolder));
	}

	@QueryMapping
	Liaison liaison(@Argument String id, DataFetchingEnvironment environment) {
		return this.liaisons.get(id, environment.getSelectionSet(), environment.getGraphQlContext());
	}

	@QueryMapping
	Connection<Liaison> liaisons(@Argument String body, @Argument Direction direction,
			@Argument Boolean includeDescendants, @Argument List<LiaisonState> state,
			@Argument List<LiaisonPurpose> purpose, @Argument LocalDate sentFrom, @Argument LocalDate sentUntil,
			@Argument Boolean awaitingReply, @Argument String identifier, @Argument String topic,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment environment) {
		return this.liaisons.list(new LiaisonFilter(body, direction, Boolean.TRUE.equals(includeDescendants), state,
				purpose, sentFrom, sentUntil, awaitingReply, identifier, topic), first, after,
				environment.getSelectionSet(), environment.getGraphQlContext());
	}

	@BatchMapping
	Map<Liaison, List<Body>> cc(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.copied(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping(typeName = "Liaison", field = "topics")
	Map<Liaison, List<Topic>> topics(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.topics(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, List<LiaisonIdentifier>> identifiers(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.identifiers(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, List<LiaisonStateChange>> stateHistory(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.stateHistory(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, Boolean> awaitingReply(List<Liaison> liaisons) {
		Map<String, Boolean> byId = this.liaisons.awaitingReply(Batches.ids(liaisons, Liaison::id));
		Map<Liaison, Boolean> result = new LinkedHashMap<>();
		liaisons.forEach((liaison) -> result.put(liaison, byId.getOrDefault(liaison.id(), false)));
		return result;
	}

	@BatchMapping
	Map<Liaison, List<Direction>> workflows(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.workflows(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, LiaisonActionHolder> actionHolder(List<Liaison> liaisons) {
		Map<String, LiaisonActionHolder> byId = this.liaisons.actionHolders(Batches.ids(liaisons, Liaison::id));
		Map<Liaison, LiaisonActionHolder> result = new LinkedHashMap<>();
		liaisons.forEach((liaison) -> result.put(liaison, byId.get(liaison.id())));
		return result;
	}

	@BatchMapping
	Map<Liaison, List<String>> attachments(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.attachments(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, Body> from(List<Liaison> liaisons) {
		return Batches.singles(liaisons, Liaison::id, this.liaisons.senders(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, List<Body>> to(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.recipients(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, Liaison> replyTo(List<Liaison> liaisons) {
		return Batches.singles(liaisons, Liaison::id, this.liaisons.repliedTo(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, List<Liaison>> replies(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.replies(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping
	Map<Liaison, List<WorkItem>> concerns(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.liaisons.concerns(Batches.ids(liaisons, Liaison::id)));
	}


	/** {@code WorkItem.liaisons}: here, beside the Cypher it runs. */
	@BatchMapping(typeName = "WorkItem", field = "liaisons")
	Map<WorkItem, List<Liaison>> liaisons(List<WorkItem> items) {
		return Batches.lists(items, WorkItem::id, this.liaisons.concerning(Batches.ids(items, WorkItem::id)));
	}

}
