package io.mvgraph.dataset;

import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data-set format version 2 over HTTP: the v2 reference data seeds an empty graph and comes back unchanged, a
 * version 1 file still imports (upgraded on read), symmetric links are one link, partial dates are kept as given and
 * bad ones are refused with the field named.
 */
class FormatVersion2Tests extends MutationTestSupport {

	@Test
	void shouldSeedTheReferenceDataWithItsCountsAndFacts() {
		loadReferenceData();
		anonymous().document("{ about { counts { bodies workItems topics liaisons } } }")
			.execute()
			.path("about.counts.bodies").entity(Integer.class).isEqualTo(referenceRecordCount("bodies"))
			.path("about.counts.workItems").entity(Integer.class).isEqualTo(referenceRecordCount("workItems"))
			.path("about.counts.topics").entity(Integer.class).isEqualTo(referenceRecordCount("topics"))
			.path("about.counts.liaisons").entity(Integer.class).isEqualTo(referenceRecordCount("liaisons"));
		// a body with its lifecycle: SG16 ended with the 2022-2024 study period, SG21 took over its work
		anonymous().document("""
				{ sg16: body(id: "itu-t-sg16") { activeUntil successor { id } then: active(on: "2024-06-01")
				                                 now: active(on: "2025-06-01") }
				  sg21: body(id: "itu-t-sg21") { predecessors { id } active }
				  fgmv: body(id: "itu-t-fg-mv") { activeFrom activeUntil } }""")
			.execute()
			.path("sg16.activeUntil").entity(String.class).isEqualTo("2024-10")
			.path("sg16.successor.id").entity(String.class).isEqualTo("itu-t-sg21")
			.path("sg16.then").entity(Boolean.class).isEqualTo(true)
			.path("sg16.now").entity(Boolean.class).isEqualTo(false)
			.path("sg21.predecessors[*].id").entityList(String.class).contains("itu-t-sg16", "itu-t-sg9")
			.path("sg21.active").entity(Boolean.class).isEqualTo(true)
			.path("fgmv.activeFrom").entity(String.class).isEqualTo("2022-12-16")
			.path("fgmv.activeUntil").entity(String.class).isEqualTo("2024-06-13");
		// a typed link and a partial date kept as given (a month, never padded to a day)
		anonymous().document("""
				{ workItem(id: "iso-iec-12113") { publishedDate links { kind direction workItem { id } } } }""")
			.execute()
			.path("workItem.publishedDate").entity(String.class).isEqualTo("2022-07")
			.path("workItem.links[?(@.kind == 'ADOPTS')].workItem.id").entityList(String.class)
			.containsExactly("khronos-gltf-2-0");
		// liaison kinds: statements, standing agreements, work-programme declarations
		List<String> kinds = anonymous().document("{ liaisons(first: 100) { edges { node { kind } } } }")
			.execute()
			.path("liaisons.edges[*].node.kind").entityList(String.class).get();
		assertThat(kinds).hasSize(referenceRecordCount("liaisons"))
			.contains("STATEMENT", "AGREEMENT", "WORK_PROGRAMME_DECLARATION");
		// people with public roles and their (partial) dates: the JCA-MV co-chair appointed by TSAG in May 2025
		as("analyst").document("""
				{ person(id: "shin-gak-kang") { roles { kind since until body { id } } } }""")
			.execute()
			.path("person.roles[?(@.body.id == 'itu-t-jca-mv')].since").entityList(String.class).containsExactly("2025-05")
			.path("person.roles[?(@.body.id == 'itu-t-fg-mv')].until").entityList(String.class)
			.containsExactly("2024-06-13");
		// the first JCA-MV meeting
		anonymous().document("{ meeting(id: \"itu-t-jca-mv-2025-10-09\") { body { id } agenda { number } } }")
			.execute()
			.path("meeting.body.id").entity(String.class).isEqualTo("itu-t-jca-mv")
			.path("meeting.agenda").entityList(Object.class).hasSize(15);
	}

	@Test
	void shouldImportItsOwnExportBackUnchanged() {
		loadReferenceData();
		String export = exportJson("analyst");
		assertThat(formatVersion(export)).isEqualTo(2);
		Map<?, ?> report = importJson(export.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Integer>> sections = (Map<String, Map<String, Integer>>) ((Map<?, ?>) report.get("report"))
			.get("sections");
		assertThat(sections).containsKeys("topics", "bodies", "workItems", "liaisons", "people", "meetings");
		sections.forEach((name, counts) -> assertThat(counts).as(name).containsEntry("created", 0).containsEntry("updated", 0));
		assertThat(exportJson("analyst")).isEqualTo(export);
	}

	@Test
	void shouldUpgradeAVersionOneFileOnRead() {
		resetGraph();
		importDataset("fixtures/format-v1.json");
		anonymous().document("""
				{ a: liaison(id: "v1-agreement") { kind note }
				  d: liaison(id: "v1-declaration") { kind note }
				  s: liaison(id: "v1-statement") { kind note }
				  b: workItem(id: "v1-b") { startDate links { kind workItem { id } } }
				  item: workItem(id: "v1-a") { publishedDate links { kind direction workItem { id } } } }""")
			.execute()
			.path("a.kind").entity(String.class).isEqualTo("AGREEMENT")
			.path("a.note").entity(String.class).isEqualTo("Members may join each other's groups.")
			.path("d.kind").entity(String.class).isEqualTo("WORK_PROGRAMME_DECLARATION")
			.path("d.note").valueIsNull()
			.path("s.kind").entity(String.class).isEqualTo("STATEMENT")
			.path("b.startDate").entity(String.class).isEqualTo("2023-01-15")
			.path("item.publishedDate").entity(String.class).isEqualTo("2024-05-01")
			// the RELATED_TO link both ends recorded is one link now; REFERENCES is directed and stays
			.path("item.links[?(@.kind == 'RELATED_TO')].workItem.id").entityList(String.class).containsExactly("v1-b")
			.path("b.links[*].kind").entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).containsExactlyInAnyOrder("RELATED_TO", "REFERENCES"));
		// the export writes version 2, with kinds instead of notes
		String export = exportJson("analyst");
		assertThat(formatVersion(export)).isEqualTo(2);
		assertThat(export).containsPattern("\"kind\" ?: ?\"AGREEMENT\"").doesNotContain("type: LIAISON");
	}

	private static int formatVersion(String export) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(export).path("formatVersion").intValue();
	}

	@Test
	void shouldListEachPartnerOfASymmetricLinkOnce() {
		loadReferenceData();
		List<Map> links = anonymous().document("{ workItems(first: 500) { edges { node { id links { kind direction workItem { id } } } } } }")
			.execute()
			.path("workItems.edges[*].node")
			.entityList(Map.class)
			.get();
		for (Map<?, ?> item : links) {
			// a symmetric link once, whichever end recorded it; a directed one once per direction (A cites B, B cites A)
			List<?> partners = ((List<?>) item.get("links")).stream().map((link) -> {
				Map<?, ?> fields = (Map<?, ?>) link;
				String kind = (String) fields.get("kind");
				boolean symmetric = kind.equals("EQUIVALENT_TO") || kind.equals("RELATED_TO");
				return kind + (symmetric ? "" : " " + fields.get("direction")) + " "
						+ ((Map<?, ?>) fields.get("workItem")).get("id");
			}).toList();
			assertThat(partners).as("links of %s", item.get("id")).doesNotHaveDuplicates();
		}
	}

	@Test
	void shouldRefuseTheSameSymmetricLinkFromBothEnds() {
		resetGraph();
		assertThat(rejectedPaths("""
				{ "topics": [ { "id": "t", "name": "T" } ], "bodies": [ { "id": "b", "name": "B", "kind": "SDO" } ],
				  "workItems": [
				    { "id": "x", "title": "X", "status": "PUBLISHED", "owner": "b", "topics": ["t"],
				      "links": [ { "to": "y", "kind": "EQUIVALENT_TO" } ] },
				    { "id": "y", "title": "Y", "status": "PUBLISHED", "owner": "b", "topics": ["t"],
				      "links": [ { "to": "x", "kind": "EQUIVALENT_TO" } ] } ] }""")).containsExactly("$.workItems[1].links[0]");
	}

	@Test
	void shouldRefuseBadPartialDatesNamingTheFieldAndChangeNothing() {
		loadReferenceData();
		String before = state();
		// a quarter only on target dates; months 01-12; published not before started; activeUntil not before activeFrom
		assertThat(rejectedPaths("""
				{ "workItems": [ { "id": "itu-t-h-430-1", "title": "T", "status": "PUBLISHED", "owner": "itu-t-q8-16",
				                   "topics": ["immersive-media-coding"], "startDate": "2025-Q1", "publishedDate": "2025-13",
				                   "targetDate": "2027-Q4" } ],
				  "bodies": [ { "id": "itu-t-sg16", "name": "SG16", "kind": "ITU_T_SG", "activeFrom": "2025",
				                "activeUntil": "2024-10" } ] }""")).containsExactlyInAnyOrder("$.workItems[0].startDate",
				"$.workItems[0].publishedDate", "$.bodies[0].activeUntil");
		assertThat(rejectedPaths("""
				{ "workItems": [ { "id": "itu-t-h-430-1", "title": "T", "status": "PUBLISHED", "owner": "itu-t-q8-16",
				                   "topics": ["immersive-media-coding"], "startDate": "2025-06", "publishedDate": "2024" } ] }"""))
			.containsExactly("$.workItems[0].publishedDate");
		// the same rules in mutations, with the input's field names
		int version = version("workItem", "itu-t-h-430-1");
		assertRefused(as("editor"), "mutation($v: Int!) { updateWorkItem(id: \"itu-t-h-430-1\", version: $v, input: { startDate: \"2025-Q2\" }) { id } }",
				vars("v", version), "BAD_REQUEST", "input.startDate");
		assertRefused(as("editor"), "mutation($v: Int!) { updateWorkItem(id: \"itu-t-h-430-1\", version: $v, input: { targetDate: \"2027-Q5\" }) { id } }",
				vars("v", version), "BAD_REQUEST", null);
		assertThat(state()).isEqualTo(before);
		// a year and a quarter are kept as given (the published month 2018-08 lies after the start year 2016)
		as("editor").document("mutation($v: Int!) { updateWorkItem(id: \"itu-t-h-430-1\", version: $v, input: { startDate: \"2016\", targetDate: \"2027-Q4\" }) { startDate targetDate } }")
			.variable("v", version)
			.execute()
			.path("updateWorkItem.startDate").entity(String.class).isEqualTo("2016")
			.path("updateWorkItem.targetDate").entity(String.class).isEqualTo("2027-Q4");
	}


	@Test
	void shouldEditABodysLifecycleLiaisonKindsAndRoleDates() {
		loadReferenceData();
		String create = "mutation($input: CreateBodyInput!) { createBody(input: $input) { id activeFrom activeUntil successor { id } active(on: \"2026-01-01\") } }";
		Map<String, Object> group = map("id", "itu-t-fg-test", "name", "A focus group", "kind", "ITU_T_GROUP", "parent",
				"itu-t-tsag", "activeFrom", "2023-03", "activeUntil", "2025", "succeededBy", "itu-t-sg21");
		// bounds in the wrong order, a quarter, an unknown successor, a successor that is the body itself
		assertRefused(as("editor"), create, vars("input", with(group, "activeUntil", "2022")), "BAD_REQUEST", "input.activeUntil");
		assertRefused(as("editor"), create, vars("input", with(group, "activeFrom", "2023-Q1")), "BAD_REQUEST", "input.activeFrom");
		assertRefused(as("editor"), create, vars("input", with(group, "succeededBy", "nobody")), "NOT_FOUND", "input.succeededBy");
		assertRefused(as("editor"), create, vars("input", with(group, "succeededBy", "itu-t-fg-test")), "BAD_REQUEST", "input.succeededBy");
		as("editor").document(create).variable("input", group).execute()
			.path("createBody.activeFrom").entity(String.class).isEqualTo("2023-03")
			.path("createBody.activeUntil").entity(String.class).isEqualTo("2025")
			.path("createBody.successor.id").entity(String.class).isEqualTo("itu-t-sg21")
			.path("createBody.active").entity(Boolean.class).isEqualTo(false);
		// a succession cycle: SG21 cannot be succeeded by the group it succeeds
		assertRefused(as("editor"), "mutation($v: Int!) { updateBody(id: \"itu-t-sg21\", version: $v, input: { succeededBy: \"itu-t-fg-test\" }) { id } }",
				vars("v", version("body", "itu-t-sg21")), "BAD_REQUEST", "input.succeededBy");
		// a liaison's kind: recorded, and changed
		as("editor").document("""
				mutation { recordLiaison(input: { id: "agreement-test", title: "Cooperation", kind: AGREEMENT,
				  from: "itu-t-sg21", to: ["msf"], purpose: INFORMATION }) { kind } }""")
			.execute()
			.path("recordLiaison.kind").entity(String.class).isEqualTo("AGREEMENT");
		// role dates are partial dates too
		as("editor").document("""
				mutation { assignRole(input: { person: "shane-he", body: "itu-t-sg21", kind: CONTACT_POINT, since: "2025-11" }) {
				  since until } }""")
			.execute()
			.path("assignRole.since").entity(String.class).isEqualTo("2025-11");
		assertRefused(as("editor"), """
				mutation { assignRole(input: { person: "shane-he", body: "itu-t-sg20", kind: CONTACT_POINT, since: "2025-Q3" }) {
				  since } }""", "BAD_REQUEST", null);
	}

}
