package io.mvgraph.history;

import java.util.List;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** recentChanges: the history of every record, newest first, since a moment and of some kinds. */
class RecentChangesTests extends ApiTestSupport {

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldListTheChangesSinceAMoment() {
		String importedAt = anonymous().document("{ recentChanges(first: 1) { at } }").execute()
			.path("recentChanges[0].at").entity(String.class).get();
		as("editor").document("mutation { updateTopic(id: \"core\", version: 1, input: { name: \"Core tech\" }) { id } }")
			.execute();
		as("editor").document("mutation { updateWorkItem(id: \"h-haptics\", version: 1, input: { status: APPROVED }) { id } }")
			.execute();
		List<String> all = anonymous().document("{ recentChanges(first: 500) { entityId } }").execute()
			.path("recentChanges[*].entityId").entityList(String.class).get();
		assertThat(all).hasSize(17 + 2).startsWith("h-haptics", "core");
		String since = anonymous().document("{ recentChanges(first: 1) { at } }").execute()
			.path("recentChanges[0].at").entity(String.class).get();
		anonymous().document("query($since: DateTime) { recentChanges(since: $since) { entityId origin by } }")
			.variable("since", since)
			.execute()
			.path("recentChanges[*].entityId").entityList(String.class).containsExactly("h-haptics")
			.path("recentChanges[0].origin").entity(String.class).isEqualTo("api")
			.path("recentChanges[0].by").entity(String.class).isEqualTo("editor");
		// the import's five topics and the update of one
		List<String> topics = anonymous()
			.document("query($since: DateTime) { recentChanges(since: $since, entityTypes: [TOPIC]) { entityId } }")
			.variable("since", importedAt)
			.execute()
			.path("recentChanges[*].entityId").entityList(String.class).get();
		assertThat(topics).hasSize(6).startsWith("core");
	}

}
