package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The liaison lifecycle mutations: record, reply, update, change state, delete; every rule, role and refusal. */
class LiaisonEditingTests extends MutationTestSupport {

	private static final String RECORD = """
			mutation($input: RecordLiaisonInput!) { recordLiaison(input: $input) {
			  id state version sentOn deadline from { id } to { id } cc { id } topics { id } concerns { id }
			  identifiers { body { id } value } stateHistory { state on by note } replyTo { id } } }""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: UpdateLiaisonInput!) {
			  updateLiaison(id: $id, version: $version, input: $input) { id title version deadline replyTo { id } updatedBy } }""";

	private static final String CHANGE_STATE = """
			mutation($id: ID!, $version: Int!, $state: LiaisonState!, $on: Date, $note: String) {
			  changeLiaisonState(id: $id, version: $version, state: $state, on: $on, note: $note) {
			    state version sentOn stateHistory { state on by note } } }""";

	private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteLiaison(id: $id, version: $version) }";

	private static final Map<String, Object> ACTION = vars("id", "ls-sg21-ietf", "title", "LS on haptic transport",
			"from", "sg21", "to", List.of("ietf"), "cc", List.of("jca"), "purpose", "ACTION", "sentOn", "2025-11-03",
			"deadline", "2026-02-01", "concerns", List.of("h-haptics"), "topics", List.of("haptics"),
			"identifiers", List.of(vars("body", "sg21", "value", "SG21-LS45")), "url", "https://example.org/ls45.docx");

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldRecordALiaisonAndThreadAReplyUnderIt() {
		as("editor").document(RECORD).variable("input", ACTION).execute()
			.path("recordLiaison.state").entity(String.class).isEqualTo("SENT")
			.path("recordLiaison.version").entity(Integer.class).isEqualTo(1)
			.path("recordLiaison.cc[*].id").entityList(String.class).containsExactly("jca")
			.path("recordLiaison.identifiers[0].value").entity(String.class).isEqualTo("SG21-LS45")
			.path("recordLiaison.stateHistory[*].state").entityList(String.class).containsExactly("SENT")
			.path("recordLiaison.stateHistory[0].on").entity(String.class).isEqualTo("2025-11-03")
			.path("recordLiaison.stateHistory[0].by").entity(String.class).isEqualTo("editor");
		anonymous().document("{ liaison(id: \"ls-sg21-ietf\") { awaitingReply } }").execute()
			.path("liaison.awaitingReply").entity(Boolean.class).isEqualTo(true);

		as("editor").document(RECORD)
			.variable("input", vars("id", "ls-ietf-sg21-reply", "title", "Reply LS on haptic transport", "from", "ietf",
					"to", List.of("sg21"), "purpose", "INFORMATION", "sentOn", "2025-12-01", "replyTo", "ls-sg21-ietf"))
			.execute()
			.path("recordLiaison.replyTo.id").entity(String.class).isEqualTo("ls-sg21-ietf");

		anonymous().document("""
				{ liaison(id: "ls-sg21-ietf") { state version awaitingReply replies { id replyTo { id } }
				                                stateHistory { state on note } } }""")
			.execute()
			.path("liaison.replies[*].id").entityList(String.class).containsExactly("ls-ietf-sg21-reply")
			.path("liaison.replies[0].replyTo.id").entity(String.class).isEqualTo("ls-sg21-ietf")
			// the reply went out: the liaison it answers is REPLIED, and no longer awaits anything
			.path("liaison.state").entity(String.class).isEqualTo("REPLIED")
			.path("liaison.version").entity(Integer.class).isEqualTo(2)
			.path("liaison.awaitingReply").entity(Boolean.class).isEqualTo(false)
			.path("liaison.stateHistory[*].state").entityList(String.class).containsExactly("SENT", "REPLIED")
			.path("liaison.stateHistory[1].on").entity(String.class).isEqualTo("2025-12-01")
			.path("liaison.stateHistory[1].note").entity(String.class).isEqualTo("answered by 'ls-ietf-sg21-reply'");
		assertThat(historyActions("ls-sg21-ietf")).containsExactly("UPDATED", "CREATED");
		assertThat(historyActions("ls-ietf-sg21-reply")).containsExactly("CREATED");
	}

	@Test
	void shouldRejectAnActionOrCommentLiaisonWithoutADeadline() {
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "deadline", null)), "BAD_REQUEST", "input.deadline");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "purpose", "COMMENT", "deadline", null)),
				"BAD_REQUEST", "input.deadline");
		// one for information needs none
		as("editor").document(RECORD).variable("input", with(ACTION, "purpose", "INFORMATION", "deadline", null))
			.execute()
			.path("recordLiaison.deadline").valueIsNull();
		// nor may an update take the deadline of an action liaison away
		assertRefused(as("editor"), UPDATE, vars("id", "ls-sg21-sc29", "version", 1, "input", vars("deadline", null)),
				"BAD_REQUEST", "input.deadline");
	}

	@Test
	void shouldRefuseBadInputAndChangeNothing() {
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "to", List.of("ietf", "atlantis"))), "NOT_FOUND",
				"input.to[1]");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "topics", List.of("nothing"))), "NOT_FOUND",
				"input.topics[0]");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "identifiers", List.of(vars("body", "mars",
				"value", "1")))), "NOT_FOUND", "input.identifiers[0].body");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "replyTo", "ls-none")), "NOT_FOUND",
				"input.replyTo");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "id", "ls-sg21-sc29")), "CONFLICT", "input.id");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "id", "Not A Slug")), "BAD_REQUEST", "input.id");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "deadline", "2025-10-01")), "BAD_REQUEST",
				"input.deadline");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "cc", List.of("ietf"))), "BAD_REQUEST",
				"input.cc[0]");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "to", List.of())), "BAD_REQUEST", "input.to");
		assertRefused(as("editor"), RECORD, vars("input", with(ACTION, "url", "ftp://nowhere")), "BAD_REQUEST",
				"input.url");
	}

	@Test
	void shouldLetOnlyEditorsChangeLiaisons() {
		assertRefused(anonymous(), RECORD, vars("input", ACTION), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), RECORD, vars("input", ACTION), "FORBIDDEN", null);
		assertRefused(as("analyst"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 1, "state", "APPROVED"),
				"FORBIDDEN", null);
		assertRefused(anonymous(), DELETE, vars("id", "ls-jca-msf", "version", 1), "UNAUTHORIZED", null);
	}

	@Test
	void shouldUpdateWithOptimisticLocking() {
		as("editor").document(UPDATE)
			.variable("id", "ls-jca-msf").variable("version", 1).variable("input", vars("title", "LS on the MSF guide"))
			.execute()
			.path("updateLiaison.title").entity(String.class).isEqualTo("LS on the MSF guide")
			.path("updateLiaison.version").entity(Integer.class).isEqualTo(2)
			.path("updateLiaison.deadline").entity(String.class).isEqualTo("2026-03-01")
			.path("updateLiaison.updatedBy").entity(String.class).isEqualTo("editor");
		assertRefused(as("editor"), UPDATE, vars("id", "ls-jca-msf", "version", 1, "input", vars("title", "Lost")),
				"CONFLICT", "version");
		assertRefused(as("editor"), UPDATE, vars("id", "ls-nothing", "version", 1, "input", vars("title", "X")),
				"NOT_FOUND", "id");
		// a reply cannot become what it replies to
		assertRefused(as("editor"), UPDATE, vars("id", "ls-sg21-sc29", "version", 1, "input",
				vars("replyTo", "ls-sc29-reply")), "BAD_REQUEST", "input.replyTo");
		assertThat(historyActions("ls-jca-msf")).containsExactly("UPDATED", "CREATED");
	}

	@Test
	void shouldMoveALiaisonThroughItsStates() {
		String yesterday = LocalDate.now().minusDays(1).toString();
		// a deadline in the past cannot be sent: first, a deadline two months from now
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 1, "state", "SENT", "on",
				"2026-03-02"), "BAD_REQUEST", "on");
		as("editor").document(UPDATE).variable("id", "ls-jca-msf").variable("version", 1)
			.variable("input", vars("deadline", LocalDate.now().plusMonths(2).toString()))
			.execute()
			.path("updateLiaison.version").entity(Integer.class).isEqualTo(2);
		as("editor").document(CHANGE_STATE)
			.variable("id", "ls-jca-msf").variable("version", 2).variable("state", "APPROVED")
			.variable("on", yesterday).variable("note", "approved by the meeting")
			.execute()
			.path("changeLiaisonState.state").entity(String.class).isEqualTo("APPROVED")
			.path("changeLiaisonState.version").entity(Integer.class).isEqualTo(3)
			.path("changeLiaisonState.sentOn").valueIsNull();
		as("editor").document(CHANGE_STATE)
			.variable("id", "ls-jca-msf").variable("version", 3).variable("state", "SENT")
			.execute()
			.path("changeLiaisonState.state").entity(String.class).isEqualTo("SENT")
			// sending dates it
			.path("changeLiaisonState.sentOn").entity(String.class).isEqualTo(LocalDate.now().toString())
			.path("changeLiaisonState.stateHistory[*].state").entityList(String.class).containsExactly("APPROVED", "SENT")
			.path("changeLiaisonState.stateHistory[0].note").entity(String.class).isEqualTo("approved by the meeting")
			.path("changeLiaisonState.stateHistory[1].by").entity(String.class).isEqualTo("editor");
		anonymous().document("{ liaisons(awaitingReply: true) { edges { node { id } } } }").execute()
			.path("liaisons.edges[*].node.id").entityList(String.class).contains("ls-jca-msf");

		// a SENT liaison cannot go back to DRAFT, nor stay SENT; no move in the future or before the last one
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 4, "state", "DRAFT"),
				"BAD_REQUEST", "state");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 4, "state", "SENT"),
				"BAD_REQUEST", "state");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 4, "state", "CLOSED", "on",
				LocalDate.now().plusDays(1).toString()), "BAD_REQUEST", "on");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 4, "state", "CLOSED", "on",
				LocalDate.now().minusDays(2).toString()), "BAD_REQUEST", "on");
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-jca-msf", "version", 3, "state", "CLOSED"),
				"CONFLICT", "version");
		as("editor").document(CHANGE_STATE)
			.variable("id", "ls-jca-msf").variable("version", 4).variable("state", "CLOSED")
			.execute()
			.path("changeLiaisonState.state").entity(String.class).isEqualTo("CLOSED");
		anonymous().document("{ history(id: \"ls-jca-msf\") { action fields { field } } }").execute()
			.path("history[*].action").entityList(String.class)
			.containsExactly("UPDATED", "UPDATED", "UPDATED", "UPDATED", "CREATED")
			.path("history[0].fields[*].field").entityList(String.class).containsExactly("state", "stateHistory");
	}

	@Test
	void shouldRefuseAnAnswerDatedBeforeTheStatementWasSent() {
		as("editor").document(RECORD).variable("input", ACTION).execute()
			.path("recordLiaison.version").entity(Integer.class).isEqualTo(1);
		// recorded after the fact: any day from the statement's own on, not before it
		assertRefused(as("editor"), CHANGE_STATE, vars("id", "ls-sg21-ietf", "version", 1, "state", "CLOSED", "on",
				"2025-11-02"), "BAD_REQUEST", "on");
		as("editor").document(CHANGE_STATE)
			.variable("id", "ls-sg21-ietf").variable("version", 1).variable("state", "CLOSED").variable("on", "2025-11-03")
			.execute()
			.path("changeLiaisonState.stateHistory[*].on").entityList(String.class).containsExactly("2025-11-03", "2025-11-03");
	}

	@Test
	void shouldCloseALiaisonImportedWithoutADeadline() {
		importJson("""
				{ "liaisons": [ { "id": "ls-old", "title": "Old action", "from": "sg21", "to": ["sc29"], "purpose": "ACTION",
				                  "sentOn": "2024-01-10" } ] }""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		as("editor").document(CHANGE_STATE)
			.variable("id", "ls-old").variable("version", 1).variable("state", "CLOSED").variable("note", "overtaken")
			.execute()
			.path("changeLiaisonState.state").entity(String.class).isEqualTo("CLOSED");
	}

	@Test
	void shouldDeleteALiaisonButNotOneWithReplies() {
		assertRefused(as("editor"), DELETE, vars("id", "ls-sg21-sc29", "version", 1), "CONFLICT", "id");
		assertRefused(as("editor"), DELETE, vars("id", "ls-sc29-reply", "version", 7), "CONFLICT", "version");
		as("editor").document(DELETE).variable("id", "ls-sc29-reply").variable("version", 1).execute()
			.path("deleteLiaison").entity(String.class).isEqualTo("ls-sc29-reply");
		as("editor").document(DELETE).variable("id", "ls-sg21-sc29").variable("version", 1).execute()
			.path("deleteLiaison").entity(String.class).isEqualTo("ls-sg21-sc29");
		anonymous().document("{ liaison(id: \"ls-sg21-sc29\") { id } }").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
		assertThat(historyActions("ls-sg21-sc29")).containsExactly("DELETED", "CREATED");
		// recorded again under the same id, it starts a state history of its own: nothing of the old one is left
		as("editor").document(RECORD)
			.variable("input", with(ACTION, "id", "ls-sg21-sc29"))
			.execute()
			.path("recordLiaison.stateHistory[*].state").entityList(String.class).containsExactly("SENT");
	}

}
