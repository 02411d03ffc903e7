package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class HistoryController {

	private final HistoryService history;

	private final ChangeReverts reverts;

	HistoryController(HistoryService history, ChangeReverts reverts) {
		this.history = history;
		this.reverts = reverts;
	}

	@MutationMapping
	Change revertChange(@Argument String id) {
		return this.reverts.revert(id);
	}

	@QueryMapping
	List<Change> history(@Argument String id, @Argument Integer first) {
		return this.history.of(id, first);
	}

	@QueryMapping
	List<Change> recentChanges(@Argument ZonedDateTime since, @Argument List<EntityType> entityTypes,
			@Argument Integer first) {
		return this.history.recent(since, entityTypes, first);
	}

}
