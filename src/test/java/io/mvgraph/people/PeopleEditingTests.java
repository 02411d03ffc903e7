package io.mvgraph.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.CoordinationEditingSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing people and their roles: rules, roles, stale versions, refusals that change nothing. */
class PeopleEditingTests extends CoordinationEditingSupport {

	private static final String CREATE = """
			mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name country countryName email version } }""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
			  updatePerson(id: $id, version: $version, input: $input) { id affiliation email version } }""";

	private static final String ASSIGN = """
			mutation($input: AssignRoleInput!) { assignRole(input: $input) {
			  kind since until current person { id email } body { id } } }""";

	private static final String END = """
			mutation($input: EndRoleInput!) { endRole(input: $input) { kind since until current } }""";

	private static final String REMOVE = """
			mutation($input: RemoveRoleInput!) { removeRole(input: $input) { id roles { kind body { id } } version } }""";

	private static final String DELETE = "mutation($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) }";

	private static final Map<String, Object> ERIN = vars("id", "erin", "name", "Erin Novak", "affiliation", "Ericsson",
			"country", "SE", "email", "erin@example.org");

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldCreateAPersonAndGiveThemARole() {
		as("editor").document(CREATE).variable("input", ERIN).execute()
			.path("createPerson.countryName").entity(String.class).isEqualTo("Sweden")
			.path("createPerson.email").entity(String.class).isEqualTo("erin@example.org")
			.path("createPerson.version").entity(Integer.class).isEqualTo(1);
		as("editor").document(ASSIGN)
			.variable("input", vars("person", "erin", "body", "sg21", "kind", "CONTACT_POINT", "since", "2025-02-01"))
			.execute()
			.path("assignRole.kind").entity(String.class).isEqualTo("CONTACT_POINT")
			.path("assignRole.current").entity(Boolean.class).isEqualTo(true)
			.path("assignRole.body.id").entity(String.class).isEqualTo("sg21");
		// SG21 has a contact point again: its gap is gone
		anonymous().document("{ representationGaps { kind body { id } } contacts(body: \"sg21\") { person { id email } } }")
			.execute()
			.path("representationGaps[*].body.id").entityList(String.class).doesNotContain("sg21")
			.path("contacts[*].person.id").entityList(String.class).containsExactly("erin")
			.path("contacts[0].person.email").valueIsNull();
		assertThat(historyActions("erin")).containsExactly("UPDATED", "CREATED");
		anonymous().document("{ person(id: \"erin\") { version } }").execute()
			.path("person.version").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void shouldRefuseBadPeopleAndChangeNothing() {
		assertRefused(as("editor"), CREATE, vars("input", with(ERIN, "country", "Sweden")), "BAD_REQUEST", "input.country");
		assertRefused(as("editor"), CREATE, vars("input", with(ERIN, "email", "erin at example")), "BAD_REQUEST",
				"input.email");
		assertRefused(as("editor"), CREATE, vars("input", with(ERIN, "name", " ")), "BAD_REQUEST", "input.name");
		assertRefused(as("editor"), CREATE, vars("input", with(ERIN, "id", "alice")), "CONFLICT", "input.id");
		assertRefused(anonymous(), CREATE, vars("input", ERIN), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), CREATE, vars("input", ERIN), "FORBIDDEN", null);
		assertRefused(as("editor"), UPDATE, vars("id", "alice", "version", 9, "input", vars("affiliation", "X")),
				"CONFLICT", "version");
		assertRefused(as("editor"), UPDATE, vars("id", "alice", "version", 1, "input", vars("name", null)),
				"BAD_REQUEST", "input.name");
	}

	@Test
	void shouldUpdateOnlyTheFieldsGiven() {
		as("editor").document(UPDATE)
			.variable("id", "alice").variable("version", 1).variable("input", vars("affiliation", "Orange Labs", "email", null))
			.execute()
			.path("updatePerson.affiliation").entity(String.class).isEqualTo("Orange Labs")
			.path("updatePerson.email").valueIsNull()
			.path("updatePerson.version").entity(Integer.class).isEqualTo(2);
		as("analyst").document("{ person(id: \"alice\") { email country roles { kind } } }").execute()
			.path("person.email").valueIsNull()
			.path("person.country").entity(String.class).isEqualTo("FR")
			.path("person.roles[*].kind").entityList(String.class).containsExactly("CONTACT_POINT");
	}

	@Test
	void shouldRefuseARoleHeldAlreadyOrInAnUnknownBody() {
		assertRefused(as("editor"), ASSIGN, vars("input", vars("person", "alice", "body", "sg17", "kind",
				"CONTACT_POINT", "since", "2025-06-01")), "CONFLICT", "input.since");
		assertRefused(as("editor"), ASSIGN, vars("input", vars("person", "alice", "body", "atlantis", "kind", "CHAIR")),
				"NOT_FOUND", "input.body");
		assertRefused(as("editor"), ASSIGN, vars("input", vars("person", "nobody", "body", "sg17", "kind", "CHAIR")),
				"NOT_FOUND", "input.person");
		assertRefused(as("editor"), ASSIGN, vars("input", vars("person", "alice", "body", "sg17", "kind", "CHAIR",
				"since", "2025-06-01", "until", "2025-01-01")), "BAD_REQUEST", "input.until");
		assertRefused(as("analyst"), ASSIGN, vars("input", vars("person", "alice", "body", "sg17", "kind", "CHAIR")),
				"FORBIDDEN", null);
		// Carol's ended role does not overlap a new one after it
		as("editor").document(ASSIGN)
			.variable("input", vars("person", "carol", "body", "sg21", "kind", "CONTACT_POINT", "since", "2025-03-01"))
			.execute()
			.path("assignRole.current").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void shouldEndARoleAndShowTheGapItLeaves() {
		String yesterday = LocalDate.now().minusDays(1).toString();
		as("editor").document(END)
			.variable("input", vars("person", "bob", "body", "ietf", "kind", "LIAISON_REPRESENTATIVE", "until", yesterday))
			.execute()
			.path("endRole.until").entity(String.class).isEqualTo(yesterday)
			.path("endRole.current").entity(Boolean.class).isEqualTo(false);
		anonymous().document("{ representationGaps { kind roleKind body { id } expiredRole { person { id } } } }")
			.execute()
			.path("representationGaps[?(@.body.id == 'ietf')].kind").entityList(String.class).containsExactly("EXPIRED_ROLE")
			.path("representationGaps[?(@.body.id == 'ietf')].expiredRole.person.id").entityList(String.class)
			.containsExactly("bob");
		// nothing left to end
		assertRefused(as("editor"), END, vars("input", vars("person", "bob", "body", "ietf", "kind",
				"LIAISON_REPRESENTATIVE")), "NOT_FOUND", "input.kind");
		assertRefused(as("editor"), END, vars("input", vars("person", "dave", "body", "jca", "kind", "CHAIR",
				"until", "2025-01-01")), "NOT_FOUND", "input.kind");
	}

	@Test
	void shouldRemoveARoleRecordedByMistakeAndDeleteAPerson() {
		as("editor").document(REMOVE)
			.variable("input", vars("person", "bob", "body", "jca", "kind", "VICE_CHAIR", "since", "2025-06-01"))
			.execute()
			.path("removeRole.roles[*].kind").entityList(String.class).containsExactly("LIAISON_REPRESENTATIVE")
			.path("removeRole.version").entity(Integer.class).isEqualTo(2);
		assertRefused(as("editor"), REMOVE, vars("input", vars("person", "bob", "body", "jca", "kind", "VICE_CHAIR",
				"since", "2025-06-01")), "NOT_FOUND", "input.since");
		assertRefused(as("editor"), DELETE, vars("id", "bob", "version", 1), "CONFLICT", "version");
		as("editor").document(DELETE).variable("id", "bob").variable("version", 2).execute()
			.path("deletePerson").entity(String.class).isEqualTo("bob");
		anonymous().document("{ contacts(body: \"ietf\") { kind } person(id: \"bob\") { id } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")))
			.path("contacts").entityList(Object.class).hasSize(0);
		assertThat(historyActions("bob")).containsExactly("DELETED", "UPDATED", "CREATED");
		// the history keeps the e-mail from anonymous readers, also of a deleted person
		anonymous().document("{ history(id: \"bob\") { fields { field before } } }").execute()
			.path("history[0].fields[?(@.field == 'email')].before").entityList(Object.class)
			.satisfies((values) -> assertThat(values).hasSize(1).containsOnlyNulls());
		as("analyst").document("{ history(id: \"bob\") { fields { field before } } }").execute()
			.path("history[0].fields[?(@.field == 'email')].before").entityList(String.class)
			.containsExactly("\"bob@example.org\"");
	}

	@Test
	void shouldGiveARoleTodayWhenNoStartIsGiven() {
		as("editor").document(ASSIGN)
			.variable("input", vars("person", "dave", "body", "sg20", "kind", "CONTACT_POINT"))
			.execute()
			.path("assignRole.since").entity(String.class).isEqualTo(LocalDate.now().toString());
		List<String> kinds = anonymous().document("{ person(id: \"dave\") { roles { kind } } }").execute()
			.path("person.roles[*].kind").entityList(String.class).get();
		assertThat(kinds).containsExactly("CHAIR", "CONTACT_POINT");
	}

}
