package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Overdue means sent, past its deadline, and neither answered, noted nor closed by then: the lifecycle decides. The
 * statements come from SC 29 to SG21 (the ITU-T side owes them; since issue 12 the reverse direction is "awaiting a
 * reply", not overdue).
 */
class OverdueLiaisonStateTests extends ApiTestSupport {

	@BeforeEach
	void liaisonsInEveryState() {
		resetGraph();
		importDataset("fixtures/small.json");
		importJson("""
				{ "liaisons": [
				  { "id": "sent", "title": "Sent", "from": "sc29", "to": ["sg21"], "purpose": "ACTION",
				    "sentOn": "2025-01-10", "deadline": "2025-02-10" },
				  { "id": "noted", "title": "Noted", "from": "sc29", "to": ["sg21"], "purpose": "ACTION",
				    "sentOn": "2025-01-10", "deadline": "2025-02-10", "state": "NOTED",
				    "stateHistory": [ { "state": "RECEIVED", "on": "2025-01-12" }, { "state": "NOTED", "on": "2025-03-01" } ] },
				  { "id": "ours", "title": "Ours to SC 29", "from": "sg21", "to": ["sc29"], "purpose": "ACTION",
				    "sentOn": "2025-01-10", "deadline": "2025-02-10" },
				  { "id": "draft", "title": "Draft", "from": "sc29", "to": ["sg21"], "purpose": "ACTION",
				    "state": "DRAFT", "deadline": "2025-02-10" },
				  { "id": "closed", "title": "Closed", "from": "sc29", "to": ["sg21"], "purpose": "ACTION",
				    "sentOn": "2025-01-10", "deadline": "2025-02-10", "state": "CLOSED",
				    "stateHistory": [ { "state": "SENT", "on": "2025-01-10" }, { "state": "CLOSED", "on": "2025-03-01" } ] },
				  { "id": "draft-reply-only", "title": "Answered by a draft only", "from": "sc29", "to": ["sg21"],
				    "purpose": "ACTION", "sentOn": "2025-01-10", "deadline": "2025-02-10" },
				  { "id": "the-draft-reply", "title": "Draft reply", "from": "sg21", "to": ["sc29"], "purpose": "INFORMATION",
				    "state": "DRAFT", "replyTo": "draft-reply-only" }
				] }""".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shouldListOnlySentUnansweredLiaisons() {
		anonymous().document("{ overdueLiaisons(asOf: \"2025-06-01\") { id } }")
			.execute()
			.path("overdueLiaisons[*].id").entityList(String.class)
			.containsExactly("draft-reply-only", "sent");
	}

	@Test
	void shouldCountAClosedLiaisonAsOverdueBeforeItWasClosed() {
		anonymous().document("{ overdueLiaisons(asOf: \"2025-02-20\") { id } }")
			.execute()
			.path("overdueLiaisons[*].id").entityList(String.class)
			.containsExactly("closed", "draft-reply-only", "noted", "sent");
	}

	@Test
	void shouldListOurOwnStatementAsAwaitingAReplyNotAsOverdue() {
		anonymous().document("{ awaitingReply(asOf: \"2025-06-01\") { id } overdueLiaisons(asOf: \"2025-06-01\") { id } }")
			.execute()
			.path("awaitingReply[*].id").entityList(String.class).containsExactly("ours")
			.path("overdueLiaisons[*].id").entityList(String.class).doesNotContain("ours");
	}

}
