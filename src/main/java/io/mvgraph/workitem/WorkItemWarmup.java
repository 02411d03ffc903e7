package io.mvgraph.workitem;

import java.util.List;

import io.mvgraph.api.Warmup;

import org.springframework.stereotype.Component;

/** Compiles the plans of the work item list and its relationships. */
@Component
class WorkItemWarmup implements Warmup {

	private final WorkItemService workItems;

	WorkItemWarmup(WorkItemService workItems) {
		this.workItems = workItems;
	}

	@Override
	public void run() {
		List<String> ids = this.workItems.list(null, 20, null, null)
			.edges()
			.stream()
			.map((edge) -> edge.node().id())
			.toList();
		this.workItems.owners(ids);
		this.workItems.topics(ids);
		this.workItems.links(ids);
		this.workItems.search("metaverse", 5);
	}

}
