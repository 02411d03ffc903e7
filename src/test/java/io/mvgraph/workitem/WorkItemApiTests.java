package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkItemApiTests extends ApiTestSupport {

	@BeforeAll
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldReturnAWorkItemWithItsOwnerTopicsLinksAndLiaisons() {
		anonymous().document("""
				{ workItem(id: "h-avatar") {
				    id designation title status startDate version confidence
				    owner { id kind parent { id } ancestors { id } }
				    topics { id parent { id } }
				    links { kind direction workItem { id owner { id } } }
				    liaisons { id purpose deadline from { id } to { id } replies { id } }
				} }""")
			.execute()
			.path("workItem.status").entity(String.class).isEqualTo("UNDER_DEVELOPMENT")
			.path("workItem.startDate").entity(String.class).isEqualTo("2024-01-15")
			.path("workItem.version").entity(Integer.class).isEqualTo(1)
			.path("workItem.owner.id").entity(String.class).isEqualTo("q1-21")
			.path("workItem.owner.kind").entity(String.class).isEqualTo("ITU_T_QUESTION")
			.path("workItem.owner.ancestors[*].id").entityList(String.class).containsExactly("sg21", "itu-t", "itu")
			.path("workItem.topics[0].parent.id").entity(String.class).isEqualTo("avatars")
			.path("workItem.links[0].kind").entity(String.class).isEqualTo("RELATED_TO")
			.path("workItem.links[0].direction").entity(String.class).isEqualTo("OUTGOING")
			.path("workItem.links[0].workItem.owner.id").entity(String.class).isEqualTo("sc29")
			.path("workItem.liaisons[*].id").entityList(String.class).containsExactly("ls-sg21-sc29", "ls-sc29-reply")
			.path("workItem.liaisons[0].replies[0].id").entity(String.class).isEqualTo("ls-sc29-reply");
	}

	@Test
	void shouldShowTheLinkFromTheOtherSideAsIncoming() {
		anonymous().document("{ workItem(id: \"iso-avatar\") { confidence note year links { direction from { id } to { id } } } }")
			.execute()
			.path("workItem.confidence").entity(String.class).isEqualTo("low")
			.path("workItem.note").entity(String.class).isEqualTo("inferred")
			.path("workItem.year").entity(Integer.class).isEqualTo(2025)
			.path("workItem.links[0].direction").entity(String.class).isEqualTo("INCOMING")
			.path("workItem.links[0].from.id").entity(String.class).isEqualTo("h-avatar")
			.path("workItem.links[0].to.id").entity(String.class).isEqualTo("iso-avatar");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownId() {
		anonymous().document("{ workItem(id: \"no-such-item\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
				assertThat(errors.get(0).getMessage()).contains("no-such-item");
			})
			.path("workItem").valueIsNull();
	}

	@Test
	void shouldFilterByOwnerIncludingTheBodiesBelowIt() {
		assertThat(ids("{ owner: \"itu\" }")).containsExactlyInAnyOrder("h-avatar", "h-haptics");
		assertThat(ids("{ owner: \"sg21\" }")).containsExactlyInAnyOrder("h-avatar", "h-haptics");
		assertThat(ids("{ owner: \"q1-21\" }")).containsExactly("h-avatar");
		assertThat(ids("{ owner: \"jtc1\" }")).containsExactlyInAnyOrder("iso-avatar", "jtc1-green");
	}

	@Test
	void shouldFilterByTopicIncludingItsSubtopics() {
		assertThat(ids("{ topic: \"core\" }")).containsExactlyInAnyOrder("h-avatar", "iso-avatar", "h-haptics");
		assertThat(ids("{ topic: \"avatars\" }")).containsExactlyInAnyOrder("h-avatar", "iso-avatar");
		assertThat(ids("{ topic: \"sustainability\" }")).containsExactly("jtc1-green");
	}

	@Test
	void shouldFilterByStatusTextAndConfidenceTogether() {
		assertThat(ids("{ status: [PUBLISHED, PROPOSED] }")).containsExactlyInAnyOrder("iso-avatar", "h-haptics");
		assertThat(ids("{ text: \"AVATAR\" }")).containsExactlyInAnyOrder("h-avatar", "iso-avatar");
		assertThat(ids("{ text: \"energy efficiency\" }")).containsExactly("jtc1-green");
		assertThat(ids("{ text: \"avatar\", status: [PUBLISHED] }")).containsExactly("iso-avatar");
		assertThat(ids("{ confidence: \"low\" }")).containsExactly("iso-avatar");
	}

	@Test
	void shouldRejectAFilterOnAnUnknownBodyOrTopic() {
		anonymous().document("{ workItems(filter: { owner: \"atlantis\" }) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND")
					.containsEntry("field", "filter.owner");
			});
		anonymous().document("{ workItems(filter: { topic: \"atlantis\" }) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
	}

	@Test
	void shouldListBodiesAndTopicsWithTheirWorkItems() {
		anonymous().document("""
				{ body(id: "sg21") { children { id } direct: workItems { id } all: workItems(includeDescendants: true) { id }
				                     proposed: workItems(status: [PROPOSED], includeDescendants: true) { id } }
				  topic(id: "core") { children { id } direct: workItems { id } all: workItems(includeSubtopics: true) { id } }
				  topics(rootsOnly: true) { id }
				  bodies(kind: [SDO, SDO_GROUP]) { totalCount edges { node { id } } } }""")
			.execute()
			.path("body.children[*].id").entityList(String.class).containsExactly("q1-21")
			.path("body.direct[*].id").entityList(String.class).containsExactly("h-haptics")
			.path("body.all[*].id").entityList(String.class).satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("h-avatar", "h-haptics"))
			.path("body.proposed[*].id").entityList(String.class).containsExactly("h-haptics")
			.path("topic.children[*].id").entityList(String.class).containsExactly("avatars", "haptics")
			.path("topic.direct[*].id").entityList(String.class).containsExactly("iso-avatar")
			.path("topic.all[*].id").entityList(String.class).satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("h-avatar", "iso-avatar", "h-haptics"))
			.path("topics[*].id").entityList(String.class).containsExactly("core", "sustainability")
			.path("bodies.totalCount").entity(Integer.class).isEqualTo(2)
			.path("bodies.edges[*].node.id").entityList(String.class).containsExactly("jtc1", "sc29");
	}

	@Test
	void shouldPageThroughEveryWorkItemOnceInEachOrder() {
		for (String order : List.of("DESIGNATION", "TITLE", "ID")) {
			List<String> seen = new ArrayList<>();
			String after = null;
			boolean more = true;
			while (more) {
				Map<String, Object> page = anonymous()
					.document("query($after: String, $order: WorkItemOrder) { workItems(first: 1, after: $after, orderBy: $order) "
							+ "{ totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }")
					.variable("after", after)
					.variable("order", order)
					.execute()
					.path("workItems")
					.entity(Map.class)
					.get();
				List<Map<String, Map<String, String>>> edges = (List) page.get("edges");
				edges.forEach((edge) -> seen.add(edge.get("node").get("id")));
				Map<String, Object> pageInfo = (Map) page.get("pageInfo");
				assertThat(pageInfo.get("hasPreviousPage")).isEqualTo(after != null);
				more = (Boolean) pageInfo.get("hasNextPage");
				after = (String) pageInfo.get("endCursor");
				assertThat(page.get("totalCount")).isEqualTo(4);
			}
			assertThat(seen).as(order).hasSize(4);
			assertThat(new HashSet<>(seen)).as(order).containsExactlyInAnyOrder("h-avatar", "iso-avatar", "h-haptics", "jtc1-green");
		}
		List<String> byTitle = ids("{}", "TITLE");
		assertThat(byTitle).containsExactly("h-avatar", "iso-avatar", "jtc1-green", "h-haptics");
	}

	@Test
	void shouldRejectABadCursorAndAnOversizedPage() {
		anonymous().document("{ workItems(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST")
				.containsEntry("field", "after"));
		anonymous().document("{ workItems(first: 100000) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST")
				.containsEntry("field", "first"));
		anonymous().document("{ workItems(first: -1) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST"));
	}

	private List<String> ids(String filter) {
		return ids(filter, "DESIGNATION");
	}

	private List<String> ids(String filter, String order) {
		return anonymous().document("{ workItems(first: 100, orderBy: " + order + ", filter: " + filter + ") { edges { node { id } } } }")
			.execute()
			.path("workItems.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
