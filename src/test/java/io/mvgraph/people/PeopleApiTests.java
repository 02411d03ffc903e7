package io.mvgraph.people;

import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** People, roles, contact lists (ToR 2.7, 2.8) and representation gaps, read through HTTP. */
class PeopleApiTests extends ApiTestSupport {

	/** Every path by which a person's e-mail can be reached: a query, and batch loaders at two depths. */
	private static final String EVERY_PATH_TO_AN_EMAIL = """
			{ person(id: "alice") { name email roles { kind person { email } } }
			  people(first: 10) { edges { node { id email } } }
			  contacts(body: "sg17") { person { email } }
			  body(id: "ietf") { contacts { person { email roles { body { contacts { person { email } } } } } } }
			  representationGaps(asOf: "2025-11-01") { kind expiredRole { person { email } } } }""";

	@BeforeAll
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldNeverShowAnEmailAddressToAnonymousReaders() {
		String body = anonymous().document(EVERY_PATH_TO_AN_EMAIL).execute()
			.path("person.name").entity(String.class).isEqualTo("Alice Martin")
			.path("person.roles[0].kind").entity(String.class).isEqualTo("CONTACT_POINT")
			.path("person.email").valueIsNull()
			.path("person.roles[0].person.email").valueIsNull()
			.path("people.edges[*].node.email").entityList(Object.class).satisfies((emails) ->
					assertThat(emails).hasSize(4).containsOnlyNulls())
			.path("contacts[0].person.email").valueIsNull()
			.path("body.contacts[0].person.email").valueIsNull()
			.path("body.contacts[0].person.roles[1].body.contacts[*].person.email").entityList(Object.class)
			.satisfies((emails) -> assertThat(emails).hasSize(2).containsOnlyNulls())
			.path("representationGaps[*].expiredRole.person.email").entityList(Object.class)
			.satisfies((emails) -> assertThat(emails).containsOnlyNulls())
			.path("")
			.entity(Map.class)
			.get()
			.toString();
		assertThat(body).doesNotContain("@example.org");
	}

	@Test
	void shouldShowEmailAddressesToAnalystsAndAbove() {
		for (String user : List.of("analyst", "editor", "admin")) {
			HttpGraphQlTester tester = as(user);
			tester.document(EVERY_PATH_TO_AN_EMAIL).execute()
				.path("person.email").entity(String.class).isEqualTo("alice@example.org")
				.path("person.roles[0].person.email").entity(String.class).isEqualTo("alice@example.org")
				.path("contacts[0].person.email").entity(String.class).isEqualTo("alice@example.org")
				.path("body.contacts[0].person.email").entity(String.class).isEqualTo("bob@example.org")
				.path("body.contacts[0].person.roles[1].body.contacts[*].person.email").entityList(String.class)
				.containsExactly(null, "bob@example.org")
				.path("representationGaps[?(@.kind == 'EXPIRED_ROLE')].expiredRole.person.email").entityList(String.class)
				.containsExactly("carol@example.org");
		}
	}

	@Test
	void shouldHideEmailValuesInTheHistoryFromAnonymousReaders() {
		anonymous().document("{ history(id: \"alice\") { action fields { field before after } } }").execute()
			.path("history[0].action").entity(String.class).isEqualTo("CREATED")
			.path("history[0].fields[?(@.field == 'email')].after").entityList(Object.class)
			.satisfies((values) -> assertThat(values).hasSize(1).containsOnlyNulls())
			.path("history[0].fields[?(@.field == 'name')].after").entityList(String.class).containsExactly("\"Alice Martin\"");
		as("analyst").document("{ history(id: \"alice\") { fields { field after } } }").execute()
			.path("history[0].fields[?(@.field == 'email')].after").entityList(String.class)
			.containsExactly("\"alice@example.org\"");
	}

	@Test
	void shouldExportPeopleOnlyToAnalystsAndAbove() {
		assertThat(exportJson(null)).doesNotContain("@example.org").doesNotContain("\"people\"");
		assertThat(exportJson("analyst")).contains("\"people\"").contains("alice@example.org");
	}

	@Test
	void shouldGiveThePersonItsCountryNameAndRolesInRecordOrder() {
		anonymous().document("{ person(id: \"bob\") { country countryName roles { kind body { id } since until current } } }")
			.execute()
			.path("person.countryName").entity(String.class).isEqualTo("South Korea")
			.path("person.roles[*].kind").entityList(String.class).containsExactly("LIAISON_REPRESENTATIVE", "VICE_CHAIR")
			.path("person.roles[1].body.id").entity(String.class).isEqualTo("jca")
			.path("person.roles[1].current").entity(Boolean.class).isEqualTo(true);
		anonymous().document("{ person(id: \"carol\") { roles { current until } } }").execute()
			.path("person.roles[0].current").entity(Boolean.class).isEqualTo(false)
			.path("person.roles[0].until").entity(String.class).isEqualTo("2025-01-31");
	}

	@Test
	void shouldListContactsPerBodyForStudyGroupsAndForExternalBodies() {
		// a body's contact list, in role order
		assertThat(contacts("body: \"jca\"")).containsExactly("jca CHAIR dave", "jca VICE_CHAIR bob");
		// all ITU-T study groups (the contact point of SG21 ended in January 2025)
		assertThat(contacts("bodyKinds: [ITU_T_SG]")).containsExactly("sg17 CONTACT_POINT alice");
		assertThat(contacts("bodyKinds: [ITU_T_SG], asOf: \"2024-06-01\""))
			.containsExactly("sg17 CONTACT_POINT alice", "sg21 CONTACT_POINT carol");
		// all external bodies, and all of ITU's own
		assertThat(contacts("external: true")).containsExactly("ietf LIAISON_REPRESENTATIVE bob");
		assertThat(contacts("external: false")).containsExactly("sg17 CONTACT_POINT alice", "jca CHAIR dave",
				"jca VICE_CHAIR bob");
		assertThat(contacts("body: \"itu-t\", includeDescendants: true, roleKinds: [CHAIR, CONTACT_POINT]"))
			.containsExactly("sg17 CONTACT_POINT alice", "jca CHAIR dave");
		assertThat(contacts("body: \"itu-t\"")).isEmpty();
	}

	@Test
	void shouldFindTheRepresentationGaps() {
		List<Map<String, Object>> gaps = anonymous().document("""
				{ representationGaps(asOf: "2025-11-01") { kind roleKind detail body { id }
				                                           expiredRole { person { id } until } } }""")
			.execute()
			.path("representationGaps")
			.entityList(Map.class)
			.get()
			.stream()
			.map((gap) -> (Map<String, Object>) gap)
			.toList();
		assertThat(gaps).extracting((gap) -> gap.get("kind") + " " + ((Map<?, ?>) gap.get("body")).get("id"))
			// SG21's contact point expired; SG17 has one; SG20 has no work; TSAG has neither a chair nor a contact
			// point (ToR 2.2, 7). SC 29 overlaps SG21 on avatars, the MSF guide references SG17's work; the IETF
			// overlaps too but has a representative; W3C overlaps nobody.
			// by kind, then most overlapping work first, then by body name
			.containsExactly("NO_CONTACT_POINT tsag", "NO_LIAISON_REPRESENTATIVE sc29", "NO_LIAISON_REPRESENTATIVE msf",
					"EXPIRED_ROLE sg21");
		assertThat((String) gaps.get(0).get("detail")).contains("TSAG");
		assertThat(gaps.get(3)).containsEntry("roleKind", "CONTACT_POINT")
			.containsEntry("expiredRole", Map.of("person", Map.of("id", "carol"), "until", "2025-01-31"));
		// the ITU side named by its study group (Q1/21 is SG21's)
		assertThat((String) gaps.get(1).get("detail")).contains("1 work item").contains("SG21").doesNotContain("Q1/21");
		assertThat((String) gaps.get(2).get("detail")).contains("SG17");
		// before Carol's role ended there was no gap for SG21; before Bob's role began the IETF had one
		assertThat(gapsOn("2024-12-01")).containsExactly("NO_CONTACT_POINT tsag", "NO_LIAISON_REPRESENTATIVE sc29",
				"NO_LIAISON_REPRESENTATIVE msf");
		assertThat(gapsOn("2024-01-15")).contains("NO_LIAISON_REPRESENTATIVE ietf");
	}

	@Test
	void shouldCoverTsagItuRAndItuDInTheGapsAndListTheJcaMembership() {
		importJson("""
				{ "bodies": [ { "id": "itu-r", "name": "ITU Radiocommunication Sector", "acronym": "ITU-R", "kind": "ITU_R", "parent": "itu" },
				              { "id": "itu-r-sg6", "name": "ITU-R Study Group 6", "kind": "ITU_R", "parent": "itu-r" },
				              { "id": "itu-d", "name": "ITU Development Sector", "acronym": "ITU-D", "kind": "ITU_D", "parent": "itu" } ],
				  "people": [ { "id": "erin", "name": "Erin Moss", "roles": [ { "body": "tsag", "kind": "CHAIR", "since": "2025-01" },
				                                                            { "body": "itu-d", "kind": "CONTACT_POINT", "since": "2025-01" } ] },
				              { "id": "frank", "name": "Frank Ode", "roles": [ { "body": "sg21", "kind": "CHAIR", "since": "2025-01" } ] } ] }
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		try {
			// TSAG has its chair now, ITU-D its contact point; ITU-R has nobody (its SG6 has no metaverse work)
			assertThat(gapsOn("2025-11-01")).contains("NO_CONTACT_POINT itu-r")
				.doesNotContain("NO_CONTACT_POINT tsag", "NO_CONTACT_POINT itu-d", "NO_CONTACT_POINT itu-r-sg6");
			assertThat(gapsOn("2024-11-01")).contains("NO_CONTACT_POINT tsag", "NO_CONTACT_POINT itu-d");
			List<String> members = anonymous().document("""
					{ jcaMembership(body: "jca", asOf: "2025-11-01") { basis person { id } role { body { id } kind } } }""")
				.execute()
				.path("jcaMembership")
				.entityList(Map.class)
				.get()
				.stream()
				.map((m) -> m.get("basis") + " " + ((Map<?, ?>) m.get("person")).get("id") + " "
						+ ((Map<?, ?>) ((Map<?, ?>) m.get("role")).get("body")).get("id"))
				.toList();
			// Carol's contact point of SG21 ended in January 2025; Erin's ITU-D contact point is not an ITU-T one
			assertThat(members).containsExactly("JCA_CHAIR bob jca", "JCA_CHAIR dave jca", "STUDY_GROUP_CHAIR frank sg21",
					"TSAG_CHAIR erin tsag", "CONTACT_POINT alice sg17", "INVITED_REPRESENTATIVE bob ietf");
			anonymous().document("{ jcaMembership(body: \"atlantis\") { basis } }").execute().errors()
				.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
		}
		finally {
			coordinationGraph();
		}
	}

	@Test
	void shouldReportAStudyGroupWithWorkAndNoContactPoint() {
		// a graph of its own: SG21 with work and no one at all
		importJson("""
				{ "bodies": [ { "id": "sg5", "name": "ITU-T Study Group 5", "kind": "ITU_T_SG", "parent": "itu-t" } ],
				  "workItems": [ { "id": "l-green-xr", "title": "Green XR", "status": "PROPOSED", "owner": "sg5",
				                   "topics": ["economy"] } ] }""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		try {
			assertThat(gapsOn("2025-11-01")).contains("NO_CONTACT_POINT sg5").doesNotContain("NO_CONTACT_POINT sg17",
					"NO_CONTACT_POINT sg20", "NO_CONTACT_POINT sg21");
		}
		finally {
			coordinationGraph();
		}
	}

	@Test
	void shouldReadContactListsInABoundedNumberOfStatements() {
		String query = "{ bodies(first: %d) { edges { node { id contacts { kind person { name email roles { body { id } } } } } } } }";
		// by name, the second body is the IETF, which has a contact: both queries reach every level
		int two = CypherStatementCounter.count(() -> as("analyst").document(query.formatted(2)).execute()
			.path("bodies.edges[1].node.contacts[0].person.roles[0].body.id").entity(String.class).isEqualTo("ietf"));
		int all = CypherStatementCounter.count(() -> as("analyst").document(query.formatted(50)).execute()
			.path("bodies.edges").entityList(Object.class).hasSize(13));
		assertThat(all).isEqualTo(two);
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownPersonOrBody() {
		anonymous().document("{ person(id: \"nobody\") { id } }").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
		anonymous().document("{ contacts(body: \"atlantis\") { kind } }").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND")
				.containsEntry("field", "body"));
	}

	private List<String> contacts(String arguments) {
		return anonymous().document("{ contacts(" + arguments + ") { kind body { id } person { id } } }")
			.execute()
			.path("contacts")
			.entityList(Map.class)
			.get()
			.stream()
			.map((role) -> ((Map<?, ?>) role.get("body")).get("id") + " " + role.get("kind") + " "
					+ ((Map<?, ?>) role.get("person")).get("id"))
			.toList();
	}

	private List<String> gapsOn(String day) {
		return anonymous().document("{ representationGaps(asOf: \"" + day + "\") { kind body { id } } }")
			.execute()
			.path("representationGaps")
			.entityList(Map.class)
			.get()
			.stream()
			.map((gap) -> gap.get("kind") + " " + ((Map<?, ?>) gap.get("body")).get("id"))
			.toList();
	}

}
