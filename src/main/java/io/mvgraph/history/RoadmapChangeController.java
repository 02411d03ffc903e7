package io.mvgraph.history;

import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** {@code roadmapChanged}: open to anonymous readers, like the roadmap itself. */
@Controller
class RoadmapChangeController {

	private final RoadmapChangeFeed feed;

	RoadmapChangeController(RoadmapChangeFeed feed) {
		this.feed = feed;
	}

	@SubscriptionMapping
	Flux<RoadmapChange> roadmapChanged(@Argument List<EntityType> entityTypes, @Argument List<String> ids) {
		return this.feed.changes(entityTypes, ids);
	}

}
