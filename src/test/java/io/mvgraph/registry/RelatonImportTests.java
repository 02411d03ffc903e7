package io.mvgraph.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.workitem.WorkItemStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relaton importer on recorded relaton-data records (src/test/resources/registry/relaton: ITU-T v1.5.6, ISO
 * v1.2.9) against the reference data: mapping, matching by identifiers, dry run, idempotence, conflicts with
 * editors' changes. The importer has no HTTP endpoint (a command-line tool); what it wrote is read back through
 * the export.
 */
class RelatonImportTests extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private RegistryImport importer;

	@Autowired
	private RelatonSource relaton;

	@BeforeEach
	void reference() {
		loadReferenceData();
	}

	private static Path sample(String name) throws Exception {
		return new ClassPathResource("registry/" + name).getFile().toPath();
	}

	@Test
	void shouldMapBothSchemaGenerationsAndSkipAmendments() throws Exception {
		RegistrySource.Result read = this.relaton.read(sample("relaton"), (line) -> { });
		Map<String, RegistryRecord> byId = new HashMap<>();
		read.records().forEach((record) -> byId.put(record.recordId(), record));
		RegistryRecord itu = byId.get("ITUTF74011032025");
		assertThat(itu.designation()).isEqualTo("ITU-T F.740.11 (03/2025)");
		assertThat(itu.title()).isEqualTo("Requirements and framework of cloud-based augmented reality systems");
		assertThat(itu.status()).isEqualTo(WorkItemStatus.PUBLISHED);
		assertThat(itu.publishedDate()).hasToString("2025-03-16");
		assertThat(itu.committee()).isEqualTo("ITU-T Study Group 21");
		assertThat(itu.url()).isEqualTo("https://www.itu.int/rec/T-REC-F.740.11-202503-I");
		RegistryRecord iso = byId.get("ISO/IEC23090-3-2022");
		assertThat(iso.designation()).isEqualTo("ISO/IEC 23090-3:2022");
		assertThat(iso.title()).startsWith("Information technology - Coded representation of immersive media - Part 3");
		// stage 95.99: withdrawn (replaced by the 2024 edition)
		assertThat(iso.status()).isEqualTo(WorkItemStatus.WITHDRAWN);
		assertThat(iso.publishedDate()).hasToString("2022-09");
		assertThat(iso.committee()).isEqualTo("ISO/IEC JTC 1/SC 29");
		assertThat(read.records()).hasSize(6);
		assertThat(read.skipped()).singleElement().asString().contains("amends");
	}

	@Test
	void shouldMatchByIdentifiersCreateTheRestAndChangeNothingOnADryRunOrASecondRun() throws Exception {
		String before = exportJson("analyst");
		RegistryReport dryRun = this.importer.run("relaton", sample("relaton"), "registry:test", true, (line) -> { });
		// the reference data's F.740.9 has a shortened title: never overwritten on first sight, reported
		assertThat(dryRun.conflicts()).extracting(RegistryReport.Conflict::workItem, RegistryReport.Conflict::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("itu-t-f-740-9", "title"));
		assertThat(dryRun.followed()).isEqualTo(6);
		// F.740.11, F.740.9 (designated "ITU-T F.740.9 (ex F.IPTV-VRSReqs)"), H.430.9, ISO/IEC 23090-3 (two editions, one document)
		assertThat(dryRun.matched()).isEqualTo(4);
		assertThat(dryRun.created()).containsExactly("itu-t-j-1318");
		assertThat(exportJson("analyst")).isEqualTo(before);

		RegistryReport first = this.importer.run("relaton", sample("relaton"), "registry:test", false, (line) -> { });
		assertThat(first.created()).containsExactly("itu-t-j-1318");
		assertThat(first.updated()).isEqualTo(dryRun.updated());
		Map<String, Object> created = workItems().get("itu-t-j-1318");
		assertThat(created).containsEntry("owner", "itu-t-sg21").containsEntry("status", "PUBLISHED")
			.containsEntry("designation", "ITU-T J.1318 (10/2024)").containsEntry("topics", List.of("core-technologies"));
		assertThat((String) created.get("note")).contains("relaton record ITUTJ131810");
		// the matched ISO document keeps its id and is not duplicated
		assertThat(workItems()).hasSize(376).containsKey("iso-iec-23090-3");

		String afterFirst = exportJson("analyst");
		RegistryReport second = this.importer.run("relaton", sample("relaton"), "registry:test", false, (line) -> { });
		assertThat(second.created()).isEmpty();
		assertThat(second.updated()).isEmpty();
		assertThat(second.conflicts()).isEmpty();
		assertThat(second.dataset()).isNull();
		assertThat(exportJson("analyst")).isEqualTo(afterFirst);
	}

	@Test
	void shouldTakeARegistryChangeButReportOneThatAnEditorChangedToo() throws Exception {
		this.importer.run("relaton", sample("relaton"), "registry:test", false, (line) -> { });
		String later = "Requirements and framework of cloud-based augmented and mixed reality systems";

		// the registry changed the title, nobody else did: taken
		RegistryReport taken = this.importer.run("relaton", sample("relaton-later"), "registry:test", true, (line) -> { });
		assertThat(taken.updated()).containsEntry("itu-t-f-740-11", List.of("title"));
		assertThat(taken.conflicts()).isEmpty();

		// an editor changed it first: kept, and reported
		Map<String, Object> dataset = new HashMap<>(JSON.readValue(exportJson("analyst"), Map.class));
		List<Map<String, Object>> items = new ArrayList<>();
		for (Map<String, Object> item : (List<Map<String, Object>>) dataset.get("workItems")) {
			if (item.get("id").equals("itu-t-f-740-11")) {
				item = new HashMap<>(item);
				item.put("title", "Cloud-based AR systems: requirements and framework");
				items.add(item);
			}
		}
		importJson(JSON.writeValueAsBytes(Map.of("formatVersion", 2, "workItems", items)));
		RegistryReport conflict = this.importer.run("relaton", sample("relaton-later"), "registry:test", false, (line) -> { });
		assertThat(conflict.updated()).doesNotContainKey("itu-t-f-740-11");
		assertThat(conflict.conflicts()).singleElement().satisfies((c) -> {
			assertThat(c.workItem()).isEqualTo("itu-t-f-740-11");
			assertThat(c.field()).isEqualTo("title");
			assertThat(c.graph()).isEqualTo("Cloud-based AR systems: requirements and framework");
			assertThat(c.registry()).isEqualTo(later);
		});
		assertThat(workItems().get("itu-t-f-740-11")).containsEntry("title", "Cloud-based AR systems: requirements and framework");
	}

	@Test
	void shouldImportThe3gppPortalListMatchingVersionedDesignations() throws Exception {
		Path list = sample("3gpp/spec-list.json");
		RegistryReport dryRun = this.importer.run("3gpp", list, "registry:test", true, (line) -> { });
		// TS 22.156 and TR 22.856 are in the reference data as "3GPP TS 22.156 (V19.1.0)" ...; CT3 is not followed
		assertThat(dryRun.matched()).isEqualTo(2);
		assertThat(dryRun.created()).containsExactly("3gpp-ts-26-566");
		assertThat(dryRun.skipped()).singleElement().asString().contains("29.437").contains("3GPP C3");
		this.importer.run("3gpp", list, "registry:test", false, (line) -> { });
		assertThat(workItems().get("3gpp-ts-26-566")).containsEntry("owner", "3gpp-sa4")
			.containsEntry("status", "UNDER_DEVELOPMENT").containsEntry("designation", "3GPP TS 26.566");
		String after = exportJson("analyst");
		RegistryReport again = this.importer.run("3gpp", list, "registry:test", false, (line) -> { });
		assertThat(again.created()).isEmpty();
		assertThat(again.updated()).isEmpty();
		assertThat(exportJson("analyst")).isEqualTo(after);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> workItems() {
		Map<String, Map<String, Object>> byId = new HashMap<>();
		for (Object item : (List<?>) JSON.readValue(exportJson("analyst"), Map.class).get("workItems")) {
			byId.put((String) ((Map<?, ?>) item).get("id"), (Map<String, Object>) item);
		}
		return byId;
	}

}
