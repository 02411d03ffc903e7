package io.mvgraph.snapshot;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SnapshotController {

	private final SnapshotService snapshots;

	SnapshotController(SnapshotService snapshots) {
		this.snapshots = snapshots;
	}

	@MutationMapping
	Snapshot takeSnapshot(@Argument String label) {
		return this.snapshots.take(label);
	}

	@MutationMapping
	String deleteSnapshot(@Argument String id) {
		return this.snapshots.delete(id);
	}

	@QueryMapping
	List<Snapshot> snapshots(@Argument Integer first) {
		return this.snapshots.list(first);
	}

	@QueryMapping
	Snapshot snapshot(@Argument String id) {
		return this.snapshots.find(id).orElse(null);
	}

	@QueryMapping
	RoadmapDiff roadmapDiff(@Argument String from, @Argument String to) {
		return this.snapshots.diff(from, to);
	}

}
