package io.mvgraph.people;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail addresses reach ANALYST and above only, on every path that shows field values: the history of one record,
 * the recent changes of all, and the differences between snapshots (which keep the people with their e-mails).
 * The person queries and the export are covered by {@link PeopleApiTests}; the subscription by
 * {@code RoadmapChangedSubscriptionTests}.
 */
class ContactDetailsTests extends ApiTestSupport {

	private static final String RECENT = """
			query($types: [EntityType!]) { recentChanges(first: 500, entityTypes: $types) {
			  entityType entityId action fields { field before after } } }""";

	private static final String DIFF = """
			query($from: ID!, $to: ID) { roadmapDiff(from: $from, to: $to) {
			  people { count added { id name fields { field before after } } removed { id name fields { field before after } }
			           changed { id name fields { field before after } } }
			  meetings { changed { id name fields { field before after } } } } }""";

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldHideEmailValuesInRecentChangesFromAnonymousReaders() {
		changeEmail("alice", "alice.martin@example.org");
		for (List<String> types : Arrays.asList(null, List.of("PERSON"))) {
			GraphQlTester.Response anonymous = anonymous().document(RECENT).variable("types", types).execute();
			assertThat(body(anonymous)).doesNotContain("@example.org").contains("Alice Martin");
			// the import that created alice, then the update: that the e-mail changed shows, its values do not
			anonymous.path("recentChanges[?(@.entityId == 'alice')].action").entityList(String.class)
				.containsExactly("UPDATED", "CREATED")
				.path("recentChanges[?(@.entityId == 'alice')].fields[?(@.field == 'email')]").entityList(Map.class)
				.satisfies((fields) -> assertThat(fields).hasSize(2)
					.allSatisfy((field) -> assertThat(field).containsEntry("before", null).containsEntry("after", null)));

			as("analyst").document(RECENT).variable("types", types).execute()
				.path("recentChanges[?(@.entityId == 'alice')].fields[?(@.field == 'email')].after")
				.entityList(String.class)
				.containsExactly("\"alice.martin@example.org\"", "\"alice@example.org\"")
				.path("recentChanges[?(@.entityId == 'bob')].fields[?(@.field == 'email')].after")
				.entityList(String.class)
				.containsExactly("\"bob@example.org\"");
		}
		// the history of one record reads the same way
		GraphQlTester.Response history = anonymous()
			.document("{ history(id: \"alice\") { action fields { field before after } } }").execute();
		assertThat(body(history)).doesNotContain("@example.org");
		as("analyst").document("{ history(id: \"alice\") { fields { field before after } } }").execute()
			.path("history[0].fields").entityList(Map.class)
			.containsExactly(Map.of("field", "email", "before", "\"alice@example.org\"", "after",
					"\"alice.martin@example.org\""));
	}

	@Test
	void shouldHideEmailValuesInRoadmapDiffsFromAnonymousReaders() {
		String meeting = takeSnapshot("Meeting 1");
		// alice's address changes, erin comes with one, carol (who had one) goes, and a meeting is renamed
		changeEmail("alice", "alice.martin@example.org");
		as("editor").document("""
				mutation { createPerson(input: { id: "erin", name: "Erin Park", country: "KR",
				                                 email: "erin@example.org" }) { id } }""").execute()
			.path("createPerson.id").entity(String.class).isEqualTo("erin");
		as("editor").document("mutation($version: Int!) { deletePerson(id: \"carol\", version: $version) }")
			.variable("version", version("carol"))
			.execute()
			.path("deletePerson").entity(String.class).isEqualTo("carol");
		as("editor").document("""
				mutation($version: Int!) { updateMeeting(id: "jca-1", version: $version,
				                                         input: { title: "JCA-MV meeting 1, Geneva" }) { id } }""")
			.variable("version", meetingVersion("jca-1"))
			.execute()
			.path("updateMeeting.id").entity(String.class).isEqualTo("jca-1");
		String later = takeSnapshot("Meeting 2");

		// with now, and between two stored snapshots
		for (String to : Arrays.asList(null, later)) {
			GraphQlTester.Response anonymous = anonymous().document(DIFF).variable("from", meeting).variable("to", to)
				.execute();
			assertThat(body(anonymous)).doesNotContain("@example.org");
			anonymous.path("roadmapDiff.people.count").entity(Integer.class).isEqualTo(3)
				.path("roadmapDiff.people.added[*].name").entityList(String.class).containsExactly("Erin Park")
				.path("roadmapDiff.people.added[0].fields[?(@.field == 'country')].after").entityList(String.class)
				.containsExactly("\"KR\"")
				.path("roadmapDiff.people.removed[*].name").entityList(String.class).containsExactly("Carol Diaz")
				.path("roadmapDiff.people.changed[*].id").entityList(String.class).containsExactly("alice")
				.path("roadmapDiff.people.changed[0].fields").entityList(Map.class)
				.satisfies((fields) -> assertThat(fields).singleElement()
					.satisfies((field) -> assertThat(field).containsEntry("field", "email")
						.containsEntry("before", null)
						.containsEntry("after", null)))
				.path("roadmapDiff.people.added[0].fields[?(@.field == 'email')]").entityList(Map.class)
				.satisfies((fields) -> assertThat(fields).singleElement()
					.satisfies((field) -> assertThat(field).containsEntry("after", null)))
				// the other sections show their values as ever
				.path("roadmapDiff.meetings.changed[0].fields[0].after").entity(String.class)
				.isEqualTo("\"JCA-MV meeting 1, Geneva\"");

			as("analyst").document(DIFF).variable("from", meeting).variable("to", to).execute()
				.path("roadmapDiff.people.added[0].fields[?(@.field == 'email')].after").entityList(String.class)
				.containsExactly("\"erin@example.org\"")
				.path("roadmapDiff.people.removed[0].fields[?(@.field == 'email')].before").entityList(String.class)
				.containsExactly("\"carol@example.org\"")
				.path("roadmapDiff.people.changed[0].fields").entityList(Map.class)
				.containsExactly(Map.of("field", "email", "before", "\"alice@example.org\"", "after",
						"\"alice.martin@example.org\""));
		}
	}

	private void changeEmail(String person, String email) {
		as("editor").document("""
				mutation($id: ID!, $version: Int!, $email: String) {
				  updatePerson(id: $id, version: $version, input: { email: $email }) { id } }""")
			.variable("id", person)
			.variable("version", version(person))
			.variable("email", email)
			.execute()
			.path("updatePerson.id").entity(String.class).isEqualTo(person);
	}

	private int version(String person) {
		return anonymous().document("query($id: ID!) { person(id: $id) { version } }").variable("id", person).execute()
			.path("person.version").entity(Integer.class).get();
	}

	private int meetingVersion(String meeting) {
		return anonymous().document("query($id: ID!) { meeting(id: $id) { version } }").variable("id", meeting)
			.execute()
			.path("meeting.version").entity(Integer.class).get();
	}

	private String takeSnapshot(String label) {
		return as("editor").document("mutation($label: String!) { takeSnapshot(label: $label) { id } }")
			.variable("label", label)
			.execute()
			.path("takeSnapshot.id").entity(String.class).get();
	}

	/** The whole answer as text, to be sure that no address is anywhere in it. */
	private static String body(GraphQlTester.Response response) {
		return response.path("").entity(Map.class).get().toString();
	}

}
