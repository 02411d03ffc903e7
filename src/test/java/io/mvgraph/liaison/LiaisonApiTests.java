package io.mvgraph.liaison;

import java.util.List;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading liaison statements: threads, copies, states, identifiers, and the lists by body, state and period. */
class LiaisonApiTests extends ApiTestSupport {

	@BeforeAll
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldThreadAReplyUnderItsLiaison() {
		anonymous().document("""
				{ liaison(id: "ls-sg21-sc29") {
				    id state awaitingReply cc { id } topics { id } concerns { id }
				    identifiers { body { id } value url }
				    stateHistory { state on by note }
				    replies { id replyTo { id } from { id } state }
				} }""")
			.execute()
			.path("liaison.replies[*].id").entityList(String.class).containsExactly("ls-sc29-reply")
			.path("liaison.replies[0].replyTo.id").entity(String.class).isEqualTo("ls-sg21-sc29")
			.path("liaison.replies[0].from.id").entity(String.class).isEqualTo("sc29")
			.path("liaison.state").entity(String.class).isEqualTo("REPLIED")
			.path("liaison.awaitingReply").entity(Boolean.class).isEqualTo(false)
			.path("liaison.cc[*].id").entityList(String.class).containsExactly("jtc1")
			.path("liaison.topics[*].id").entityList(String.class).containsExactly("avatars")
			.path("liaison.identifiers[*].value").entityList(String.class).containsExactly("SC29 N 1234", "SG21-LS12")
			.path("liaison.identifiers[0].body.id").entity(String.class).isEqualTo("sc29")
			.path("liaison.identifiers[0].url").entity(String.class).isEqualTo("https://example.org/sc29/n1234")
			.path("liaison.stateHistory[*].state").entityList(String.class).containsExactly("APPROVED", "SENT", "REPLIED")
			.path("liaison.stateHistory[2].on").entity(String.class).isEqualTo("2025-05-20")
			.path("liaison.stateHistory[2].note").entity(String.class).isEqualTo("SC 29 answered");
	}

	@Test
	void shouldTakeALiaisonWithoutAStateAsSent() {
		anonymous().document("{ liaison(id: \"ls-ietf-jca\") { state stateHistory { state } awaitingReply } }")
			.execute()
			.path("liaison.state").entity(String.class).isEqualTo("SENT")
			.path("liaison.stateHistory").entityList(Object.class).hasSize(0)
			.path("liaison.awaitingReply").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void shouldListTheLiaisonsOfABodyByDirection() {
		assertThat(ids("body: \"sg21\"")).containsExactly("ls-ietf-jca", "ls-sc29-reply", "ls-sg21-sc29");
		assertThat(ids("body: \"sg21\", direction: OUTGOING")).containsExactly("ls-sg21-sc29");
		// received as addressee or in copy
		assertThat(ids("body: \"sg21\", direction: INCOMING")).containsExactly("ls-ietf-jca", "ls-sc29-reply");
		assertThat(ids("body: \"jtc1\", direction: INCOMING")).containsExactly("ls-sg21-sc29");
		assertThat(ids("body: \"jtc1\", direction: OUTGOING")).isEmpty();
		assertThat(ids("body: \"jtc1\", direction: OUTGOING, includeDescendants: true")).containsExactly("ls-sc29-reply");
		assertThat(ids("body: \"sg21\", direction: OUTGOING, includeDescendants: true"))
			.containsExactly("ls-sg21-sc29", "ls-q1-21-w3c");
	}

	@Test
	void shouldListLiaisonsByStatePeriodPurposeTopicAndIdentifier() {
		assertThat(ids("state: [SENT]")).containsExactly("ls-ietf-jca", "ls-sc29-reply");
		assertThat(ids("state: [DRAFT, CLOSED]")).containsExactly("ls-q1-21-w3c", "ls-jca-msf");
		assertThat(ids("sentFrom: \"2025-03-01\", sentUntil: \"2025-05-20\"")).containsExactly("ls-sc29-reply", "ls-sg21-sc29");
		assertThat(ids("sentFrom: \"2025-05-21\"")).containsExactly("ls-ietf-jca");
		assertThat(ids("purpose: [COMMENT]")).containsExactly("ls-jca-msf");
		assertThat(ids("topic: \"core\"")).containsExactly("ls-ietf-jca", "ls-sc29-reply", "ls-sg21-sc29");
		assertThat(ids("identifier: \"SC29 N 1234\"")).containsExactly("ls-sg21-sc29");
		assertThat(ids("body: \"jca\", direction: INCOMING, state: [SENT]")).containsExactly("ls-ietf-jca");
	}

	@Test
	void shouldListTheLiaisonsAwaitingAReply() {
		assertThat(ids("awaitingReply: true")).containsExactly("ls-ietf-jca");
		assertThat(ids("awaitingReply: false")).hasSize(4).doesNotContain("ls-ietf-jca");
	}

	@Test
	void shouldPageNewestFirstWithUndatedLast() {
		List<String> seen = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = anonymous()
				.document("query($after: String) { liaisons(first: 2, after: $after) { totalCount edges { node { id } } "
						+ "pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			seen.addAll(page.path("liaisons.edges[*].node.id").entityList(String.class).get());
			page.path("liaisons.totalCount").entity(Integer.class).isEqualTo(5);
			more = page.path("liaisons.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("liaisons.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).containsExactly("ls-ietf-jca", "ls-sc29-reply", "ls-sg21-sc29", "ls-q1-21-w3c", "ls-jca-msf");
	}

	@Test
	void shouldRejectBadListArguments() {
		anonymous().document("{ liaisons(body: \"atlantis\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND")
				.containsEntry("field", "body"));
		anonymous().document("{ liaisons(sentFrom: \"2025-05-01\", sentUntil: \"2025-04-01\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST")
				.containsEntry("field", "sentUntil"));
	}

	@Test
	void shouldReadAListOfLiaisonsInABoundedNumberOfStatements() {
		String query = """
				{ liaisons(first: %d) { totalCount edges { node {
				    id state awaitingReply from { id } to { id } cc { id } topics { id } concerns { id }
				    identifiers { body { id } value } stateHistory { state } replies { id } replyTo { id }
				} } } }""";
		// warm up, so that nothing lazily initialised on a first call is counted
		anonymous().document(query.formatted(2)).execute();
		int one = CypherStatementCounter.count(() -> anonymous().document(query.formatted(1)).execute()
			.path("liaisons.edges").entityList(Object.class).hasSize(1));
		int all = CypherStatementCounter.count(() -> anonymous().document(query.formatted(50)).execute()
			.path("liaisons.edges").entityList(Object.class).hasSize(5));
		assertThat(all).isEqualTo(one);
	}

	private List<String> ids(String arguments) {
		return anonymous().document("{ liaisons(first: 100, " + arguments + ") { edges { node { id } } } }")
			.execute()
			.path("liaisons.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
