package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's workflow of incoming statements (issue 12): the states per direction, the action holder,
 * attachments, and state changes recorded after the fact with the day they happened; every refusal with its code,
 * naming the field, changing nothing.
 */
class LiaisonWorkflowTests extends MutationTestSupport {

	private static final String CHANGE_STATE = """
			mutation($id: ID!, $version: Int!, $state: LiaisonState!, $on: Date, $note: String, $holder: ActionHolderInput) {
			  changeLiaisonState(id: $id, version: $version, state: $state, on: $on, note: $note, actionHolder: $holder) {
			    state version workflows actionHolder { body { id } personId personName }
			    stateHistory { state on by note } } }""";

	private static final String RECORD = """
			mutation($input: RecordLiaisonInput!) { recordLiaison(input: $input) {
			  id state workflows attachments actionHolder { body { id } personId } } }""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: UpdateLiaisonInput!) {
			  updateLiaison(id: $id, version: $version, input: $input) { id version attachments } }""";

	/** The IETF asks the JCA-MV for action: sent 2025-09-01, deadline 2025-10-01 (fixtures/coordination.json). */
	private static final String INCOMING = "ls-ietf-jca";

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	private Map<String, Object> move(String id, int version, String state, String on, Map<String, Object> holder) {
		return as("editor").document(CHANGE_STATE)
			.variable("id", id).variable("version", version).variable("state", state).variable("on", on)
			.variable("holder", holder)
			.execute()
			.path("changeLiaisonState")
			.entity(Map.class)
			.get();
	}

	private List<String> overdue(String asOf) {
		return anonymous().document("{ overdueLiaisons(asOf: \"" + asOf + "\") { id } }")
			.execute()
			.path("overdueLiaisons[*].id")
			.entityList(String.class)
			.get();
	}

	@Test
	void shouldWalkAnIncomingStatementThroughTheSecretariatsStatesRecordedAfterTheFact() {
		anonymous().document("{ liaison(id: \"" + INCOMING + "\") { state workflows } }").execute()
			.path("liaison.state").entity(String.class).isEqualTo("SENT")
			.path("liaison.workflows").entityList(String.class).containsExactly("INCOMING");
		move(INCOMING, 1, "RECEIVED", "2025-09-02", null);
		Map<String, Object> assigned = move(INCOMING, 2, "ASSIGNED", "2025-09-10", vars("body", "sg21"));
		assertThat(assigned).containsEntry("state", "ASSIGNED");
		assertThat(((Map<?, ?>) ((Map<?, ?>) assigned.get("actionHolder")).get("body")).get("id")).isEqualTo("sg21");
		// handed over to a person
		Map<String, Object> reassigned = move(INCOMING, 3, "ASSIGNED", "2025-09-12", vars("person", "alice"));
		Map<?, ?> holder = (Map<?, ?>) reassigned.get("actionHolder");
		assertThat(holder.get("personId")).isEqualTo("alice");
		assertThat(holder.get("body")).isNull();
		move(INCOMING, 4, "UNDER_STUDY", "2025-09-20", null);
		// the deadline (2025-10-01) passes while it is under study: the ITU-T side owes an answer
		assertThat(overdue("2025-10-05")).contains(INCOMING);
		Map<String, Object> noted = move(INCOMING, 5, "NOTED", "2025-10-15", null);
		assertThat((List<Map<String, Object>>) noted.get("stateHistory")).extracting((change) -> change.get("state"))
			.containsExactly("RECEIVED", "ASSIGNED", "ASSIGNED", "UNDER_STUDY", "NOTED");
		assertThat((List<Map<String, Object>>) noted.get("stateHistory")).extracting((change) -> change.get("on"))
			.containsExactly("2025-09-02", "2025-09-10", "2025-09-12", "2025-09-20", "2025-10-15");
		// as of each day, its state of that day: overdue before it was noted, not after
		assertThat(overdue("2025-10-05")).contains(INCOMING);
		assertThat(overdue("2025-10-16")).doesNotContain(INCOMING);
		anonymous().document("{ liaisons(state: [NOTED]) { edges { node { id } } } }").execute()
			.path("liaisons.edges[*].node.id").entityList(String.class).containsExactly(INCOMING);
		// a noted statement can be studied again
		assertThat(move(INCOMING, 6, "UNDER_STUDY", null, null)).containsEntry("state", "UNDER_STUDY");
	}

	@Test
	void shouldRefuseMovesTheWorkflowDoesNotHave() {
		// the JCA-MV's own draft to the MSF: outgoing only
		anonymous().document("{ liaison(id: \"ls-jca-msf\") { workflows } }").execute()
			.path("liaison.workflows").entityList(String.class).containsExactly("OUTGOING");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 1, "state", "RECEIVED"),
				"BAD_REQUEST", "state");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 1, "state", "NOTED"),
				"BAD_REQUEST", "state");
		// an incoming statement is not drafted or approved here
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "APPROVED"),
				"BAD_REQUEST", "state");
		// assigning needs an action holder, one that exists, and only one
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "ASSIGNED"),
				"BAD_REQUEST", "actionHolder");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "ASSIGNED", "holder",
				vars("body", "sg21", "person", "alice")), "BAD_REQUEST", "actionHolder");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "ASSIGNED", "holder",
				vars("body", "atlantis")), "NOT_FOUND", "actionHolder.body");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "ASSIGNED", "holder",
				vars("person", "nobody")), "NOT_FOUND", "actionHolder.person");
		// a holder goes with ASSIGNED or UNDER_STUDY only
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "NOTED", "holder",
				vars("body", "sg21")), "BAD_REQUEST", "actionHolder");
		move(INCOMING, 1, "CLOSED", "2025-10-20", null);
		// closed: only studied again
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 2, "state", "RECEIVED"),
				"BAD_REQUEST", "state");
	}

	@Test
	void shouldRefuseADayBeforeTheStatementInTheFutureOrBeforeAnEarlierChange() {
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "RECEIVED", "on",
				"2025-08-31"), "BAD_REQUEST", "on");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 1, "state", "RECEIVED", "on",
				LocalDate.now().plusDays(1).toString()), "BAD_REQUEST", "on");
		// its own day is the earliest allowed
		move(INCOMING, 1, "RECEIVED", "2025-09-01", null);
		move(INCOMING, 2, "UNDER_STUDY", "2025-09-15", null);
		assertRefused(as("editor"), CHANGE_STATE, vars("id", INCOMING, "version", 3, "state", "REPLIED", "on",
				"2025-09-14"), "BAD_REQUEST", "on");
		// the same day as the last change is fine
		assertThat(move(INCOMING, 3, "REPLIED", "2025-09-15", null)).containsEntry("state", "REPLIED");
	}

	@Test
	void shouldFollowBothWorkflowsBetweenTwoItuTGroups() {
		as("editor").document(RECORD).variable("input", vars("id", "ls-sg21-sg17", "title", "LS on avatar identity",
				"from", "sg21", "to", List.of("sg17"), "purpose", "ACTION",
				"deadline", LocalDate.now().plusMonths(2).toString()))
			.execute()
			.path("recordLiaison.state").entity(String.class).isEqualTo("DRAFT")
			.path("recordLiaison.workflows").entityList(String.class).containsExactly("INCOMING", "OUTGOING");
		// drafted today (its first entry): approved, sent and received from today on
		move("ls-sg21-sg17", 1, "APPROVED", null, null);
		move("ls-sg21-sg17", 2, "SENT", null, null);
		assertThat(move("ls-sg21-sg17", 3, "RECEIVED", null, null)).containsEntry("state", "RECEIVED");
		// a statement between outside bodies has the sender's states only
		as("editor").document(RECORD).variable("input", vars("id", "ls-w3c-ietf", "title", "LS on identity",
				"from", "w3c", "to", List.of("ietf"), "purpose", "INFORMATION", "sentOn", "2025-10-01"))
			.execute()
			.path("recordLiaison.workflows").entityList(String.class).containsExactly("OUTGOING");
	}

	@Test
	void shouldRecordAttachmentsAndAnActionHolderWithAStatementReceived() {
		Map<String, Object> received = vars("id", "ls-msf-sg21", "title", "LS on 3D asset interoperability",
				"from", "msf", "to", List.of("sg21"), "purpose", "ACTION", "sentOn", "2025-10-01",
				"deadline", "2025-12-01", "state", "ASSIGNED", "actionHolder", vars("person", "bob"),
				"attachments", List.of("https://example.org/msf-ls.pdf", "https://example.org/msf-annex.zip"));
		assertRefused(as("editor"), RECORD, vars("input", with(received, "attachments",
				List.of("https://example.org/msf-ls.pdf", "ftp://example.org/annex"))), "BAD_REQUEST", "input.attachments[1]");
		assertRefused(as("editor"), RECORD, vars("input", with(received, "attachments",
				List.of("https://example.org/a.pdf", "https://example.org/a.pdf"))), "BAD_REQUEST", "input.attachments[1]");
		assertRefused(as("editor"), RECORD, vars("input", with(received, "actionHolder", null)), "BAD_REQUEST",
				"input.actionHolder");
		// an outgoing statement is not received
		assertRefused(as("editor"), RECORD, vars("input", with(received, "from", "sg21", "to", List.of("msf"))),
				"BAD_REQUEST", "input.state");
		as("editor").document(RECORD).variable("input", received).execute()
			.path("recordLiaison.state").entity(String.class).isEqualTo("ASSIGNED")
			.path("recordLiaison.actionHolder.personId").entity(String.class).isEqualTo("bob")
			.path("recordLiaison.attachments").entityList(String.class)
			.containsExactly("https://example.org/msf-ls.pdf", "https://example.org/msf-annex.zip");
		as("editor").document(UPDATE).variable("id", "ls-msf-sg21").variable("version", 1)
			.variable("input", vars("attachments", List.of("https://example.org/msf-ls-rev1.pdf")))
			.execute()
			.path("updateLiaison.attachments").entityList(String.class).containsExactly("https://example.org/msf-ls-rev1.pdf");
		// the export carries them, so an import gives them back
		assertThat(exportJson("analyst").replaceAll("\\s", "")).contains("\"actionHolder\":{\"person\":\"bob\"}",
				"\"attachments\":[\"https://example.org/msf-ls-rev1.pdf\"]");
	}

}
