package io.mvgraph.workitem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.mvgraph.api.Batches;
import io.mvgraph.api.Connection;
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class WorkItemController {

	private final WorkItemService workItems;

	/** The loader behind {@code Body.workItems} and {@code Topic.workItems}, which take arguments. */
	public static final String RELATED_WORK_ITEMS = "relatedWorkItems";

	WorkItemController(WorkItemService workItems, BatchLoaderRegistry registry) {
		this.workItems = workItems;
		registry.<RelatedWorkItems, List<WorkItem>>forName(RELATED_WORK_ITEMS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> workItems.related(keys)));
	}

	@QueryMapping
	WorkItem workItem(@Argument String id, DataFetchingEnvironment environment) {
		return this.workItems.get(id, environment.getSelectionSet(), environment.getGraphQlContext());
	}

	@QueryMapping
	Connection<WorkItem> workItems(@Argument WorkItemFilter filter, @Argument Integer first, @Argument String after,
			@Argument WorkItemOrder orderBy, DataFetchingEnvironment environment) {
		return this.workItems.list(filter, first, after, orderBy, environment.getSelectionSet(),
				environment.getGraphQlContext());
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		return this.workItems.search(text, first);
	}

	@BatchMapping
	Map<WorkItem, Body> owner(List<WorkItem> items) {
		return Batches.singles(items, WorkItem::id, this.workItems.owners(Batches.ids(items, WorkItem::id)));
	}

	@BatchMapping
	Map<WorkItem, List<Topic>> topics(List<WorkItem> items) {
		return Batches.lists(items, WorkItem::id, this.workItems.topics(Batches.ids(items, WorkItem::id)));
	}

	@BatchMapping
	Map<WorkItem, List<WorkItemLink>> links(List<WorkItem> items) {
		return Batches.lists(items, WorkItem::id, this.workItems.links(Batches.ids(items, WorkItem::id)));
	}


	/** {@code Body.workItems}: here, beside the Cypher it runs. */
	@SchemaMapping(typeName = "Body", field = "workItems")
	CompletableFuture<List<WorkItem>> bodyWorkItems(Body body, @Argument List<WorkItemStatus> status,
			@Argument Boolean includeDescendants, DataLoader<RelatedWorkItems, List<WorkItem>> relatedWorkItems) {
		return relatedWorkItems
			.load(new RelatedWorkItems(RelatedWorkItems.Via.OWNER, body.id(), status, Boolean.TRUE.equals(includeDescendants)));
	}


	/** {@code Topic.workItems}: here, beside the Cypher it runs. */
	@SchemaMapping(typeName = "Topic", field = "workItems")
	CompletableFuture<List<WorkItem>> topicWorkItems(Topic topic, @Argument List<WorkItemStatus> status,
			@Argument Boolean includeSubtopics, DataLoader<RelatedWorkItems, List<WorkItem>> relatedWorkItems) {
		return relatedWorkItems
			.load(new RelatedWorkItems(RelatedWorkItems.Via.TOPIC, topic.id(), status, Boolean.TRUE.equals(includeSubtopics)));
	}

}
