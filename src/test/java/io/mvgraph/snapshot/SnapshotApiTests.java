package io.mvgraph.snapshot;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** takeSnapshot, snapshots, roadmapDiff: "what changed since the last meeting". */
class SnapshotApiTests extends MutationTestSupport {

	private static final String TAKE = """
			mutation($label: String!) { takeSnapshot(label: $label) {
			  id label takenBy takenAt workItemCount bodyCount topicCount liaisonCount sizeBytes } }""";

	private static final String DIFF = """
			query($from: ID!, $to: ID) { roadmapDiff(from: $from, to: $to) {
			  from { id } to { id } since until
			  workItems { count added { id name fields { field before after } } removed { id name fields { field before after } }
			              changed { id name fields { field before after } } }
			  statusMoves { id name from to }
			  topics { count added { id } removed { id } changed { id fields { field } } }
			  bodies { count added { id } removed { id } changed { id fields { field } } }
			  liaisons { count added { id } removed { id } changed { id fields { field before after } } } } }""";

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	private String take(String label) {
		return as("editor").document(TAKE).variable("label", label).execute()
			.path("takeSnapshot.id").entity(String.class).get();
	}

	@Test
	void shouldTakeASnapshotOfTheWholeRoadmap() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		as("editor").document(TAKE).variable("label", "JCA-MV meeting 1, Geneva").execute()
			.path("takeSnapshot.id").entity(String.class).isEqualTo(today + "-jca-mv-meeting-1-geneva")
			.path("takeSnapshot.label").entity(String.class).isEqualTo("JCA-MV meeting 1, Geneva")
			.path("takeSnapshot.takenBy").entity(String.class).isEqualTo("editor")
			.path("takeSnapshot.workItemCount").entity(Integer.class).isEqualTo(4)
			.path("takeSnapshot.bodyCount").entity(Integer.class).isEqualTo(6)
			.path("takeSnapshot.topicCount").entity(Integer.class).isEqualTo(5)
			.path("takeSnapshot.liaisonCount").entity(Integer.class).isEqualTo(2)
			.path("takeSnapshot.sizeBytes").entity(Integer.class).satisfies((size) -> assertThat(size).isPositive());
		// the same label again gets its own id
		assertThat(take("JCA-MV meeting 1, Geneva")).isEqualTo(today + "-jca-mv-meeting-1-geneva-2");
		anonymous().document("{ snapshots { id } }").execute()
			.path("snapshots[*].id").entityList(String.class).hasSize(2);
		// nothing changed since: the diff is empty
		anonymous().document(DIFF).variable("from", today + "-jca-mv-meeting-1-geneva").execute()
			.path("roadmapDiff.to").valueIsNull()
			.path("roadmapDiff.workItems.count").entity(Integer.class).isEqualTo(0)
			.path("roadmapDiff.statusMoves").entityList(Object.class).hasSize(0)
			.path("roadmapDiff.topics.count").entity(Integer.class).isEqualTo(0)
			.path("roadmapDiff.bodies.count").entity(Integer.class).isEqualTo(0)
			.path("roadmapDiff.liaisons.count").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void shouldListExactlyTheChangesMadeSinceASnapshot() {
		String meeting = take("Meeting 1");
		as("editor").document("""
				mutation { createWorkItem(input: { id: "new-one", title: "A new one", status: PROPOSED, owner: "sg21",
				                                   topics: ["haptics"] }) { id } }""").execute();
		as("editor").document("""
				mutation { updateWorkItem(id: "h-haptics", version: 1,
				                          input: { status: UNDER_DEVELOPMENT, title: "Haptic coding" }) { id } }""").execute();
		as("editor").document("""
				mutation { updateWorkItem(id: "jtc1-green", version: 1, input: { scope: null }) { id } }""").execute();
		as("editor").document("mutation { deleteWorkItem(id: \"iso-avatar\", version: 1) }").execute();
		as("editor").document("""
				mutation { updateTopic(id: "haptics", version: 1, input: { name: "Haptics and touch" }) { id } }""").execute();

		GraphQlTester.Response diff = anonymous().document(DIFF).variable("from", meeting).execute();
		diff.path("roadmapDiff.from.id").entity(String.class).isEqualTo(meeting)
			.path("roadmapDiff.workItems.added[*].id").entityList(String.class).containsExactly("new-one")
			.path("roadmapDiff.workItems.added[0].fields[?(@.field == 'title')].after").entityList(String.class)
			.containsExactly("\"A new one\"")
			.path("roadmapDiff.workItems.removed[*].id").entityList(String.class).containsExactly("iso-avatar")
			.path("roadmapDiff.workItems.removed[0].name").entity(String.class)
			.isEqualTo("ISO/IEC 23090-39: Avatar representation format")
			// h-avatar lost its link to the deleted item
			.path("roadmapDiff.workItems.changed[*].id").entityList(String.class)
			.containsExactly("h-avatar", "h-haptics", "jtc1-green")
			.path("roadmapDiff.workItems.changed[0].fields[*].field").entityList(String.class).containsExactly("links")
			.path("roadmapDiff.workItems.changed[1].fields").entityList(Map.class)
			.containsExactly(Map.of("field", "title", "before", "\"Haptic signal coding\"", "after", "\"Haptic coding\""),
					Map.of("field", "status", "before", "\"PROPOSED\"", "after", "\"UNDER_DEVELOPMENT\""))
			.path("roadmapDiff.workItems.changed[2].fields").entityList(Map.class)
			.containsExactly(map("field", "scope", "before", "\"Energy efficiency of immersive platforms\"", "after", null))
			.path("roadmapDiff.workItems.count").entity(Integer.class).isEqualTo(5)
			.path("roadmapDiff.statusMoves").entityList(Map.class)
			.containsExactly(Map.of("id", "h-haptics", "name", "ITU-T H.HAPT: Haptic coding", "from", "PROPOSED", "to",
					"UNDER_DEVELOPMENT"))
			.path("roadmapDiff.topics.changed[*].id").entityList(String.class).containsExactly("haptics")
			.path("roadmapDiff.topics.count").entity(Integer.class).isEqualTo(1)
			.path("roadmapDiff.bodies.count").entity(Integer.class).isEqualTo(0)
			.path("roadmapDiff.liaisons.changed[*].id").entityList(String.class).containsExactly("ls-sc29-reply")
			.path("roadmapDiff.liaisons.changed[0].fields").entityList(Map.class)
			.containsExactly(Map.of("field", "concerns", "before", "[\"iso-avatar\",\"h-avatar\"]", "after", "[\"h-avatar\"]"))
			.path("roadmapDiff.liaisons.count").entity(Integer.class).isEqualTo(1);

		// between two snapshots: the same differences, and nothing after the second one counts
		String later = take("Meeting 2");
		as("editor").document("""
				mutation { updateWorkItem(id: "h-haptics", version: 2, input: { status: PUBLISHED }) { id } }""").execute();
		anonymous().document(DIFF).variable("from", meeting).variable("to", later).execute()
			.path("roadmapDiff.to.id").entity(String.class).isEqualTo(later)
			.path("roadmapDiff.workItems.count").entity(Integer.class).isEqualTo(5)
			.path("roadmapDiff.statusMoves[*].to").entityList(String.class).containsExactly("UNDER_DEVELOPMENT");
		anonymous().document(DIFF).variable("from", later).execute()
			.path("roadmapDiff.workItems.changed[*].id").entityList(String.class).containsExactly("h-haptics")
			.path("roadmapDiff.statusMoves[*].from").entityList(String.class).containsExactly("UNDER_DEVELOPMENT");
	}

	@Test
	void shouldRefuseBadSnapshotRequests() {
		String meeting = take("Meeting 1");
		assertRefused(as("editor"), TAKE, vars("label", "  "), "BAD_REQUEST", "label");
		assertRefused(as("editor"), TAKE, vars("label", "l".repeat(301)), "BAD_REQUEST", "label");
		assertRefused(anonymous(), TAKE, vars("label", "Meeting"), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), TAKE, vars("label", "Meeting"), "FORBIDDEN", null);
		anonymous().document(DIFF).variable("from", "no-such-snapshot").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND")
				.containsEntry("field", "from"));
		anonymous().document(DIFF).variable("from", meeting).variable("to", "no-such-snapshot").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND")
				.containsEntry("field", "to"));
		String delete = "mutation($id: ID!) { deleteSnapshot(id: $id) }";
		assertRefused(anonymous(), delete, vars("id", meeting), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), delete, vars("id", meeting), "FORBIDDEN", null);
		assertRefused(as("editor"), delete, vars("id", "no-such-snapshot"), "NOT_FOUND", "id");
		as("editor").document(delete).variable("id", meeting).execute().path("deleteSnapshot").entity(String.class)
			.isEqualTo(meeting);
		anonymous().document("{ snapshots { id } }").execute().path("snapshots").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldKeepTheReferenceDataSetCompactly() {
		loadReferenceData();
		int exportSize = http().get().uri("/api/export?format=json").exchange().expectBody(byte[].class)
			.returnResult().getResponseBody().length;
		as("editor").document(TAKE).variable("label", "Reference").execute()
			.path("takeSnapshot.workItemCount").entity(Integer.class).satisfies((count) -> assertThat(count).isGreaterThan(300))
			.path("takeSnapshot.sizeBytes").entity(Integer.class)
			.satisfies((size) -> assertThat(size).isLessThan(exportSize / 3));
		List<String> ids = anonymous().document("{ snapshots { id } }").execute().path("snapshots[*].id")
			.entityList(String.class).get();
		anonymous().document(DIFF).variable("from", ids.get(0)).execute()
			.path("roadmapDiff.workItems.count").entity(Integer.class).isEqualTo(0);
	}

}
