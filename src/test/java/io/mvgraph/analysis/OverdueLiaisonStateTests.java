package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overdue means sent, past its deadline, and neither answered nor closed by then: the lifecycle decides. */
class OverdueLiaisonStateTests extends ApiTestSupport {

	@BeforeEach
	void liaisonsInEveryState() {
		resetGraph();
		importDataset("fixtures/small.json");
		importJson("""
				{ "liaisons": [
				  { "id": "sent", "title": "Sent", "from": "sg21", "to": ["sc29"], "purpose": "ACTION",
				    "sentOn": "2025-01-10", "deadline": "2025-02-10" },
				  { "id": "draft", "title": "Draft", "from": "sg21", "to": ["sc29"], "purpose": "ACTION",
				    "state": "DRAFT", "deadline": "2025-02-10" },
				  { "id": "closed", "title": "Closed", "from": "sg21", "to": ["sc29"], "purpose": "ACTION",
				    "sentOn": "2025-01-10", "deadline": "2025-02-10", "state": "CLOSED",
				    "stateHistory": [ { "state": "SENT", "on": "2025-01-10" }, { "state": "CLOSED", "on": "2025-03-01" } ] },
				  { "id": "draft-reply-only", "title": "Answered by a draft only", "from": "sg21", "to": ["sc29"],
				    "purpose": "ACTION", "sentOn": "2025-01-10", "deadline": "2025-02-10" },
				  { "id": "the-draft-reply", "title": "Draft reply", "from": "sc29", "to": ["sg21"], "purpose": "INFORMATION",
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
			.containsExactly("closed", "draft-reply-only", "sent");
	}

}
