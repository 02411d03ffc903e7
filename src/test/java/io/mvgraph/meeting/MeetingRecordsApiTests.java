package io.mvgraph.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of a meeting (the content of its executive summary): participants, outputs, agenda item summaries,
 * decisions and the liaisons each item took, action items, appointments; recorded through the API, read back,
 * kept across agenda edits and the export/import round trip; bad input refused with nothing changed.
 */
class MeetingRecordsApiTests extends MutationTestSupport {

	static final String RECORD = """
			mutation($id: ID!, $version: Int!, $input: RecordMeetingResultsInput!) {
			  recordMeetingResults(id: $id, version: $version, input: $input) { id version participantTotal } }""";

	private static final String READ = """
			query($id: ID!) { meeting(id: $id) {
			  participants { person { id name } represents { id } organisation }
			  participantCounts { organisation count represents { id } }
			  participantTotal
			  outputs { number title kind liaison { id } }
			  agenda { number title summary decisions liaisons { outcome liaison { id title } } }
			  actionItems { description person { id } holder due status agendaItem }
			  appointments { person { id } body { id } kind agendaItem role { kind since } }
			  version } }""";

	private static final String CONSIDERED_AT = """
			query($id: ID!) { liaison(id: $id) { consideredAt { meeting { id } agendaItem { number title summary } outcome } } }""";

	static Map<String, Object> results() {
		return map("participants", List.of(map("person", "alice", "represents", "sg17"),
				map("person", "bob", "organisation", "ETRI")),
				"participantCounts", List.of(map("organisation", "Huawei", "count", 3)),
				"outputs", List.of(map("number", "JCA-MV-R1", "title", "Report of the first meeting", "kind", "REPORT"),
						map("number", "JCA-MV-LS1", "title", "LS to MSF on avatars", "kind", "LIAISON_STATEMENT",
								"liaison", "ls-jca-msf")),
				"agendaItems", List.of(
						map("number", "6", "summary", "The meeting reviewed the IETF statement on haptics.",
								"decisions", List.of("To note the IETF statement.", "To invite the IETF to the next meeting."),
								"liaisons", List.of(map("liaison", "ls-ietf-jca", "outcome", "CONSIDERED"))),
						map("number", "8", "summary", "Three contributions were presented.",
								"decisions", List.of("To send a statement to MSF on avatars."),
								"liaisons", List.of(map("liaison", "ls-jca-msf", "outcome", "APPROVED")))),
				"actionItems", List.of(
						map("description", "Draft a reply to the IETF", "person", "bob", "due", "2025-11-30",
								"agendaItem", "6"),
						map("description", "Publish the meeting report", "holder", "TSB", "status", "DONE")),
				"appointments", List.of(map("person", "bob", "body", "ietf", "kind", "LIAISON_REPRESENTATIVE",
						"agendaItem", "8")));
	}

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldRecordAMeetingAndReadItBack() {
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 1).variable("input", results())
			.execute()
			.path("recordMeetingResults.version").entity(Integer.class).isEqualTo(2)
			.path("recordMeetingResults.participantTotal").entity(Integer.class).isEqualTo(5);
		anonymous().document(READ).variable("id", "jca-1").execute()
			.path("meeting.participants[*].person.id").entityList(String.class).containsExactly("alice", "bob")
			.path("meeting.participants[0].represents.id").entity(String.class).isEqualTo("sg17")
			.path("meeting.participants[1].organisation").entity(String.class).isEqualTo("ETRI")
			.path("meeting.participantCounts[0].count").entity(Integer.class).isEqualTo(3)
			.path("meeting.outputs[*].kind").entityList(String.class).containsExactly("REPORT", "LIAISON_STATEMENT")
			.path("meeting.outputs[1].liaison.id").entity(String.class).isEqualTo("ls-jca-msf")
			.path("meeting.agenda[*].number").entityList(String.class).containsExactly("1", "6", "8")
			.path("meeting.agenda[0].summary").valueIsNull()
			.path("meeting.agenda[0].decisions").entityList(String.class).hasSize(0)
			.path("meeting.agenda[1].decisions").entityList(String.class)
			.containsExactly("To note the IETF statement.", "To invite the IETF to the next meeting.")
			.path("meeting.agenda[1].liaisons[0].outcome").entity(String.class).isEqualTo("CONSIDERED")
			.path("meeting.agenda[1].liaisons[0].liaison.id").entity(String.class).isEqualTo("ls-ietf-jca")
			.path("meeting.agenda[2].liaisons[0].outcome").entity(String.class).isEqualTo("APPROVED")
			.path("meeting.actionItems[0].person.id").entity(String.class).isEqualTo("bob")
			.path("meeting.actionItems[0].due").entity(String.class).isEqualTo("2025-11-30")
			.path("meeting.actionItems[0].status").entity(String.class).isEqualTo("OPEN")
			.path("meeting.actionItems[1].holder").entity(String.class).isEqualTo("TSB")
			.path("meeting.actionItems[1].status").entity(String.class).isEqualTo("DONE")
			.path("meeting.appointments[0].person.id").entity(String.class).isEqualTo("bob")
			.path("meeting.appointments[0].role.kind").entity(String.class).isEqualTo("LIAISON_REPRESENTATIVE")
			.path("meeting.appointments[0].role.since").entity(String.class).isEqualTo("2024-03-01");
		anonymous().document(CONSIDERED_AT).variable("id", "ls-ietf-jca").execute()
			.path("liaison.consideredAt[0].meeting.id").entity(String.class).isEqualTo("jca-1")
			.path("liaison.consideredAt[0].agendaItem.number").entity(String.class).isEqualTo("6")
			.path("liaison.consideredAt[0].outcome").entity(String.class).isEqualTo("CONSIDERED");
		assertThat(historyActions("jca-1")).containsExactly("UPDATED", "CREATED");

		// only the items named change; a list left out is kept
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 2)
			.variable("input", map("agendaItems", List.of(map("number", "8", "summary", null))))
			.execute()
			.path("recordMeetingResults.version").entity(Integer.class).isEqualTo(3);
		anonymous().document(READ).variable("id", "jca-1").execute()
			.path("meeting.agenda[2].summary").valueIsNull()
			.path("meeting.agenda[2].decisions").entityList(String.class).hasSize(1)
			.path("meeting.agenda[1].summary").entity(String.class).isEqualTo("The meeting reviewed the IETF statement on haptics.")
			.path("meeting.participants").entityList(Object.class).hasSize(2);
	}

	@Test
	void shouldKeepAgendaItemsAndTheirLinksWhenTheAgendaIsEditedAndAcrossTheRoundTrip() {
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 1).variable("input", results())
			.execute();
		as("editor").document("""
				mutation($input: UpdateMeetingInput!) { updateMeeting(id: "jca-1", version: 2, input: $input) { version } }""")
			.variable("input", map("agenda", List.of(map("number", "1", "title", "Opening of the meeting"),
					map("number", "6", "title", "Incoming liaison statements (renamed)"), map("number", "8", "title", "Contributions"),
					map("number", "9", "title", "Any other business"))))
			.execute()
			.path("updateMeeting.version").entity(Integer.class).isEqualTo(3);
		anonymous().document(CONSIDERED_AT).variable("id", "ls-ietf-jca").execute()
			.path("liaison.consideredAt[0].agendaItem.title").entity(String.class)
			.isEqualTo("Incoming liaison statements (renamed)")
			.path("liaison.consideredAt[0].agendaItem.summary").entity(String.class)
			.isEqualTo("The meeting reviewed the IETF statement on haptics.");
		// dropping an item with results would lose them
		assertRefused(as("editor"), """
				mutation($input: UpdateMeetingInput!) { updateMeeting(id: "jca-1", version: 3, input: $input) { version } }""",
				vars("input", map("agenda", List.of(map("number", "1", "title", "Opening"), map("number", "8", "title", "C")))),
				"CONFLICT", "input.agenda");

		String before = exportJson("analyst");
		assertThat(before).contains("\"participantCounts\"", "\"CONSIDERED\"", "\"appointments\"");
		resetGraph();
		importJson(before.getBytes(StandardCharsets.UTF_8));
		assertThat(exportJson("analyst")).isEqualTo(before);
	}

	@Test
	void shouldRefuseBadMeetingRecordsAndChangeNothing() {
		assertRefused(as("editor"), RECORD, vars("id", "jca-9", "version", 1, "input", results()), "NOT_FOUND", "id");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("agendaItems", List.of(map("number", "6", "summary", "ok"), map("number", "42", "summary", "no")))),
				"BAD_REQUEST", "input.agendaItems[1].number");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("actionItems", List.of(map("description", "Too early", "holder", "TSB", "due", "2025-10-01")))),
				"BAD_REQUEST", "input.actionItems[0].due");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("actionItems", List.of(map("description", "No such day", "holder", "TSB", "due", "2025-02-30")))),
				"BAD_REQUEST", null);
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("actionItems", List.of(map("description", "Nobody's")))), "BAD_REQUEST", "input.actionItems[0].holder");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("participants", List.of(map("person", "zoe")))), "NOT_FOUND", "input.participants[0].person");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("participants", List.of(map("person", "alice", "represents", "atlantis")))), "NOT_FOUND",
				"input.participants[0].represents");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("agendaItems", List.of(map("number", "8", "liaisons", List.of(map("liaison", "ls-none", "outcome",
						"APPROVED")))))), "NOT_FOUND", "input.agendaItems[0].liaisons[0].liaison");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 1, "input",
				map("participantCounts", List.of(map("organisation", "Huawei", "count", 0)))), "BAD_REQUEST",
				"input.participantCounts[0].count");
		assertRefused(as("editor"), RECORD, vars("id", "jca-1", "version", 7, "input", results()), "CONFLICT", "version");
		assertRefused(anonymous(), RECORD, vars("id", "jca-1", "version", 1, "input", results()), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), RECORD, vars("id", "jca-1", "version", 1, "input", results()), "FORBIDDEN", null);
	}

	@Test
	void shouldReadMeetingRecordsInABoundedNumberOfStatements() {
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 1).variable("input", results())
			.execute();
		as("editor").document(RECORD).variable("id", "jca-2").variable("version", 1)
			.variable("input", map("participants", List.of(map("person", "carol")), "outputs",
					List.of(map("title", "Report", "kind", "REPORT")), "appointments",
					List.of(map("person", "alice", "body", "sg17", "kind", "CONTACT_POINT"))))
			.execute();
		String query = """
				{ meetings(body: "jca", first: %d) { id participants { person { name } represents { id } }
				    participantCounts { represents { id } } outputs { liaison { id } }
				    agenda { liaisons { liaison { id consideredAt { meeting { id } agendaItem { number } } } } }
				    actionItems { person { name } } appointments { person { name } body { id } role { kind } } } }""";
		int one = io.mvgraph.support.CypherStatementCounter.count(() -> anonymous().document(query.formatted(1)).execute()
			.path("meetings[0].participants").entityList(Object.class).hasSize(2));
		int all = io.mvgraph.support.CypherStatementCounter.count(() -> anonymous().document(query.formatted(10)).execute()
			.path("meetings").entityList(Object.class).hasSize(2));
		assertThat(all).isEqualTo(one);
	}

	@Test
	void shouldGiveTheAppointeesTheirRolesWhenAsked() {
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 1)
			.variable("input", map("assignRoles", true, "appointments", List.of(
					map("person", "alice", "body", "msf", "kind", "LIAISON_REPRESENTATIVE", "agendaItem", "8"),
					map("person", "bob", "body", "ietf", "kind", "LIAISON_REPRESENTATIVE"))))
			.execute()
			.path("recordMeetingResults.version").entity(Integer.class).isEqualTo(2);
		anonymous().document("""
				{ meeting(id: "jca-1") { appointments { person { id } role { since note body { id } } } }
				  alice: person(id: "alice") { version roles { body { id } kind since } }
				  bob: person(id: "bob") { version } }""")
			.execute()
			.path("meeting.appointments[0].role.since").entity(String.class).isEqualTo("2025-10-09")
			.path("meeting.appointments[0].role.note").entity(String.class).isEqualTo("Appointed at JCA-MV meeting 1, agenda item 8")
			// Bob holds his role since 2024: nothing to give
			.path("meeting.appointments[1].role.since").entity(String.class).isEqualTo("2024-03-01")
			.path("alice.version").entity(Integer.class).isEqualTo(2)
			.path("alice.roles[1].body.id").entity(String.class).isEqualTo("msf")
			.path("bob.version").entity(Integer.class).isEqualTo(1);
		assertThat(historyActions("alice")).containsExactly("UPDATED", "CREATED");
		anonymous().document("{ contacts(body: \"msf\") { person { id } kind } }").execute()
			.path("contacts[*].person.id").entityList(String.class).contains("alice");
	}

	@Test
	void shouldNotDeleteAPersonAMeetingNames() {
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 1).variable("input", results())
			.execute();
		assertRefused(as("editor"), "mutation { deletePerson(id: \"alice\", version: 1) }", "CONFLICT", "id");
	}

	@Test
	void shouldNotDeleteALiaisonAMeetingNames() {
		as("editor").document(RECORD).variable("id", "jca-1").variable("version", 1).variable("input", results())
			.execute();
		// ls-ietf-jca: considered under an agenda item; ls-jca-msf: an output and approved under an item
		for (String liaison : List.of("ls-ietf-jca", "ls-jca-msf")) {
			int version = anonymous().document("query($id: ID!) { liaison(id: $id) { version } }")
				.variable("id", liaison)
				.execute()
				.path("liaison.version").entity(Integer.class).get();
			assertRefused(as("editor"), "mutation { deleteLiaison(id: \"" + liaison + "\", version: " + version + ") }",
					"CONFLICT", "id");
		}
		anonymous().document("{ meeting(id: \"jca-1\") { agenda { liaisons { liaison { id } } } outputs { liaison { id } } } }")
			.execute()
			.path("meeting.agenda[*].liaisons[*].liaison.id").entityList(String.class).contains("ls-ietf-jca", "ls-jca-msf")
			.path("meeting.outputs[*].liaison.id").entityList(String.class).contains("ls-jca-msf");
	}

}
