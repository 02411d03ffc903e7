package io.mvgraph.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetApiTests extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldRejectAFileWithOneBadRecordAndChangeNothing() {
		String before = exportJson("analyst");
		String file = """
				{ "formatVersion": 1,
				  "topics": [ { "id": "new-topic", "name": "New" } ],
				  "workItems": [
				    { "id": "h-haptics", "title": "Changed title", "status": "PUBLISHED", "owner": "sg21", "topics": ["haptics"] },
				    { "id": "good-one", "title": "Fine", "status": "PROPOSED", "owner": "sc29", "topics": ["new-topic"] },
				    { "id": "bad-one", "title": "Broken", "status": "FINISHED", "owner": "atlantis", "topics": [],
				      "startDate": "2024-13-01", "colour": "red" }
				  ] }""";
		Map<?, ?> response = rejectedImport(file);
		List<Map<String, Object>> errors = (List) response.get("errors");
		assertThat(errors).extracting((error) -> ((Map) error.get("extensions")).get("path"))
			.contains("$.workItems[2].status", "$.workItems[2].topics", "$.workItems[2].startDate",
					"$.workItems[2].colour");
		assertThat(errors).allSatisfy((error) -> assertThat(((Map) error.get("extensions")).get("code")).isEqualTo("BAD_REQUEST"));
		assertThat(((Map) response.get("report")).get("outcome")).isEqualTo("REJECTED");
		assertThat(exportJson("analyst")).isEqualTo(before);
	}

	@Test
	void shouldRejectUnknownReferencesAndCyclesWithTheirPaths() {
		String before = exportJson("analyst");
		String file = """
				{ "topics": [ { "id": "core", "name": "Core", "parent": "avatar-formats" } ],
				  "bodies": [ { "id": "sc29", "name": "SC 29", "kind": "SDO_GROUP", "parent": "nowhere" } ],
				  "workItems": [ { "id": "w", "title": "W", "status": "PROPOSED", "owner": "sc29", "topics": ["core"],
				                   "links": [ { "to": "w", "kind": "REFERENCES" }, { "to": "ghost", "kind": "RELATED_TO" } ] } ],
				  "liaisons": [ { "id": "l", "title": "L", "from": "sg21", "to": ["mars"], "purpose": "INFORMATION", "concerns": ["ghost"] } ] }""";
		List<String> paths = rejectedPaths(file);
		assertThat(paths).containsExactlyInAnyOrder("$.topics[0].parent", "$.bodies[0].parent",
				"$.workItems[0].links[0].to", "$.workItems[0].links[1].to", "$.liaisons[0].to[0]",
				"$.liaisons[0].concerns[0]");
		paths = rejectedPaths("""
				{ "topics": [ { "id": "core", "name": "Core", "parent": "avatar-formats" } ],
				  "workItems": [ { "id": "w", "title": "W", "status": "PROPOSED", "owner": "sc29", "topics": ["core"],
				                   "links": [ { "to": "ghost", "kind": "RELATED_TO" } ] } ] }""");
		assertThat(paths).containsExactlyInAnyOrder("$.topics[0].parent", "$.workItems[0].links[0].to");
		assertThat(exportJson("analyst")).isEqualTo(before);
	}

	@Test
	void shouldRejectMalformedJsonAndWrongShapes() {
		assertThat(rejectedPaths("{ \"topics\": [ { \"id\": \"x\", ")).containsExactly("$");
		assertThat(rejectedPaths("[1, 2, 3]")).containsExactly("$");
		assertThat(rejectedPaths("{ \"formatVersion\": 3, \"stuff\": [] }")).containsExactlyInAnyOrder("$.formatVersion", "$.stuff");
		assertThat(rejectedPaths("{ \"topics\": [ 42, { \"id\": \"Not A Slug\", \"name\": \"\" } ] }"))
			.containsExactlyInAnyOrder("$.topics[0]", "$.topics[1].id", "$.topics[1].name");
		assertThat(rejectedPaths("{ \"topics\": [ { \"id\": \"a\", \"name\": \"A\" }, { \"id\": \"a\", \"name\": \"B\" } ] }"))
			.containsExactly("$.topics[1].id");
		assertThat(rejectedPaths("{ \"topics\": [ { \"id\": \"a\", \"name\": \"A\", \"name\": \"B\" } ] }")).containsExactly("$");
	}

	@Test
	void shouldUpsertIdempotentlyAndReportWhatChanged() {
		Map<?, ?> again = importDataset("fixtures/small.json");
		Map<String, Map<String, Integer>> sections = (Map) ((Map) again.get("report")).get("sections");
		assertThat(sections.get("workItems")).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 4);
		assertThat(version("h-haptics")).isEqualTo(1);

		Map<?, ?> changed = importJson("""
				{ "workItems": [ { "id": "h-haptics", "title": "Haptic signal coding", "status": "UNDER_DEVELOPMENT",
				                   "owner": "sg21", "topics": ["haptics", "core"] } ] }""".getBytes(StandardCharsets.UTF_8));
		sections = (Map) ((Map) changed.get("report")).get("sections");
		assertThat(sections.get("workItems")).containsEntry("updated", 1);
		anonymous().document("{ workItem(id: \"h-haptics\") { status version updatedBy topics { id } } }")
			.execute()
			.path("workItem.status").entity(String.class).isEqualTo("UNDER_DEVELOPMENT")
			.path("workItem.version").entity(Integer.class).isEqualTo(2)
			.path("workItem.updatedBy").entity(String.class).isEqualTo("editor")
			.path("workItem.topics[*].id").entityList(String.class).containsExactly("haptics", "core");
		anonymous().document("{ history(id: \"h-haptics\") { action by origin entityType fields { field before after } } }")
			.execute()
			.path("history[*].action").entityList(String.class).containsExactly("UPDATED", "CREATED")
			.path("history[0].by").entity(String.class).isEqualTo("editor")
			.path("history[0].origin").entity(String.class).isEqualTo("import")
			.path("history[0].entityType").entity(String.class).isEqualTo("WORK_ITEM")
			.path("history[0].fields[*].field").entityList(String.class).containsExactly("status", "topics", "designation")
			.path("history[0].fields[0].before").entity(String.class).isEqualTo("\"PROPOSED\"")
			.path("history[0].fields[0].after").entity(String.class).isEqualTo("\"UNDER_DEVELOPMENT\"");
	}

	@Test
	void shouldWriteNothingOnADryRun() {
		String before = exportJson("analyst");
		Map<?, ?> response = http("editor").post()
			.uri("/api/import?dryRun=true")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{ \"topics\": [ { \"id\": \"brand-new\", \"name\": \"Brand new\" } ] }")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(((Map) response.get("report")).get("outcome")).isEqualTo("VALID");
		assertThat(exportJson("analyst")).isEqualTo(before);
	}

	@Test
	void shouldExportWhatWasImported() throws Exception {
		Map<String, Object> imported = JSON.readValue(read(REFERENCE_DATA), Map.class);
		resetGraph();
		importDataset(REFERENCE_DATA);
		Map<String, Object> exported = JSON.readValue(exportJson("analyst"), Map.class);
		for (String section : List.of("topics", "bodies", "workItems", "liaisons", "people", "meetings")) {
			assertThat(byId(exported.get(section))).as(section).isEqualTo(byId(imported.get(section)));
		}
		// and the export imports into an empty graph as the very same records
		byte[] export = exportJson("analyst").getBytes(StandardCharsets.UTF_8);
		resetGraph();
		importJson(export);
		assertThat(JSON.readValue(exportJson("analyst"), Map.class)).isEqualTo(exported);
	}

	@Test
	void shouldExportWorkItemsAsCsv() {
		String csv = http().get()
			.uri("/api/export?format=csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("id,designation,title,status,owner,topics,links");
		assertThat(lines).hasSize(5).anySatisfy((line) -> assertThat(line).startsWith("iso-avatar,ISO/IEC 23090-39,"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("RELATED_TO iso-avatar"));
	}

	@Test
	void shouldRejectAnUnknownExportFormat() {
		http().get().uri("/api/export?format=pdf").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
	}

	@Test
	void shouldLetOnlyEditorsImport() {
		String file = "{ \"topics\": [ { \"id\": \"t\", \"name\": \"T\" } ] }";
		http().post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(file).exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHORIZED");
		http("analyst").post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(file).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("FORBIDDEN");
		http().mutate().defaultHeaders((headers) -> headers.setBasicAuth("editor", "wrong")).build()
			.post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(file).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void shouldImportThroughGraphQlToo() {
		String mutation = "mutation($d: JSON!) { importDataset(dataset: $d) { outcome sections { name created } } }";
		Map<String, Object> file = Map.of("topics", List.of(Map.of("id", "via-graphql", "name", "Via GraphQL")));
		as("editor").document(mutation).variable("d", file).execute()
			.path("importDataset.outcome").entity(String.class).isEqualTo("IMPORTED")
			.path("importDataset.sections[0].created").entity(Integer.class).isEqualTo(1);
		as("editor").document(mutation)
			.variable("d", Map.of("topics", List.of(Map.of("id", "Bad Id", "name", "x"))))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat((List<?>) errors.get(0).getExtensions().get("problems")).hasSize(1);
			});
		as("analyst").document(mutation).variable("d", file).execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));
		anonymous().document(mutation).variable("d", file).execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "UNAUTHORIZED"));
	}

	private int version(String id) {
		return anonymous().document("{ workItem(id: \"" + id + "\") { version } }").execute()
			.path("workItem.version").entity(Integer.class).get();
	}

	/** A section keyed by id, without nulls and empty lists (the format treats them as absent). */
	private static Map<Object, Object> byId(Object section) {
		Map<Object, Object> byId = new LinkedHashMap<>();
		for (Object record : (Collection<?>) section) {
			Map<Object, Object> cleaned = new LinkedHashMap<>();
			((Map<?, ?>) record).forEach((key, value) -> {
				if (value != null && !(value instanceof Collection<?> list && list.isEmpty())) {
					cleaned.put(key, value);
				}
			});
			byId.put(cleaned.get("id"), cleaned);
		}
		return byId;
	}

}
