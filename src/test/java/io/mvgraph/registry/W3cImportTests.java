package io.mvgraph.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.mvgraph.workitem.WorkItemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C API importer on the recorded api.w3.org responses (src/test/resources/registry/w3c): the Immersive Web
 * WG and its 9 specifications, against a small roadmap (registry/roadmap-start.json) and against the reference
 * data.
 */
class W3cImportTests extends RegistryTestSupport {

	@Autowired
	private W3cApiSource w3c;

	@Test
	void shouldMapTheGroupAsABodyAndItsSpecificationsAsWorkItems() throws Exception {
		RegistrySource.Result read = this.w3c.read(sample("w3c"), (line) -> { });
		assertThat(read.bodies()).singleElement().satisfies((group) -> {
			assertThat(group.committee()).isEqualTo("W3C Immersive Web Working Group");
			assertThat(group.url()).isEqualTo("https://www.w3.org/immersive-web/");
			assertThat(group.activeFrom()).hasToString("2018-09-24");
			// the end-date of an open group is its charter's end, not the group's
			assertThat(group.activeUntil()).isNull();
			assertThat(group.fetchedAt()).isEqualTo("2025-03-06T15:22:16Z");
		});
		assertThat(read.records()).hasSize(9).allSatisfy((spec) -> {
			assertThat(spec.committee()).isEqualTo("W3C Immersive Web Working Group");
			assertThat(spec.url()).startsWith("https://www.w3.org/TR/").endsWith("/");
			assertThat(spec.designation()).isEqualTo("W3C " + spec.title());
		});
		assertThat(read.records()).extracting(RegistryRecord::recordId).contains("webxr", "webxrlayers-1");
		// the maturity levels of the version responses (html5's latest is "Retired")
		assertThat(W3cApiSource.status("Retired")).isEqualTo(WorkItemStatus.WITHDRAWN);
		assertThat(W3cApiSource.status("Recommendation")).isEqualTo(WorkItemStatus.PUBLISHED);
		assertThat(W3cApiSource.status("Candidate Recommendation Draft")).isEqualTo(WorkItemStatus.UNDER_DEVELOPMENT);
	}

	@Test
	void shouldReportADryRunThenCreateOnceAndChangeNothingTheSecondTime() throws Exception {
		resetGraph();
		importDataset("registry/roadmap-start.json");
		String before = exportJson("analyst");
		RegistryReport dryRun = run("w3c", sample("w3c"), true);
		// WebXR Device API is in the roadmap ("W3C WebXR Device API (CRD 2025-04-17)"): matched, not duplicated
		assertThat(dryRun.matched()).isEqualTo(2);
		assertThat(dryRun.created()).hasSize(8).contains("w3c-webxr-hit-test-module", "w3c-webxr-layers-api-level-1");
		assertThat(dryRun.bodiesUpdated()).containsEntry("w3c-immersive-web-wg", List.of("url", "activeFrom"));
		assertThat(dryRun.conflicts()).isEmpty();
		assertThat(exportJson("analyst")).isEqualTo(before);
		assertThat(provenance("w3c")).isZero();

		RegistryReport first = run("w3c", sample("w3c"), false);
		assertThat(first.created()).isEqualTo(dryRun.created());
		assertThat(first.rejected()).isFalse();
		Map<String, Object> layers = workItems().get("w3c-webxr-layers-api-level-1");
		assertThat(layers).containsEntry("owner", "w3c-immersive-web-wg").containsEntry("title", "WebXR Layers API Level 1")
			.containsEntry("url", "https://www.w3.org/TR/webxrlayers-1/").containsEntry("status", "UNDER_DEVELOPMENT");
		assertThat((String) layers.get("note")).contains("w3c record webxrlayers-1");
		assertThat(workItems()).hasSize(10).containsKey("webxr");
		assertThat(bodies().get("w3c-immersive-web-wg")).containsEntry("activeFrom", "2018-09-24")
			.containsEntry("url", "https://www.w3.org/immersive-web/");
		// provenance: one per specification and one for the group
		assertThat(provenance("w3c")).isEqualTo(10);

		String afterFirst = exportJson("analyst");
		RegistryReport second = run("w3c", sample("w3c"), false);
		assertThat(second.created()).isEmpty();
		assertThat(second.updated()).isEmpty();
		assertThat(second.bodiesUpdated()).isEmpty();
		assertThat(second.conflicts()).isEmpty();
		assertThat(second.dataset()).isNull();
		assertThat(second.unchanged()).isEqualTo(10);
		assertThat(exportJson("analyst")).isEqualTo(afterFirst);
	}

	@Test
	void shouldKeepAnEditorsChangeAndReportItWhenTheRegistryChangesTheFieldToo(@TempDir Path temp) throws Exception {
		resetGraph();
		importDataset("registry/roadmap-start.json");
		run("w3c", sample("w3c"), false);
		editorSets("workItems", "w3c-webxr-hit-test-module", "title", "WebXR Hit Test");
		// the registry says what it said: the editor's value stands, quietly
		RegistryReport same = run("w3c", sample("w3c"), false);
		assertThat(same.conflicts()).isEmpty();
		assertThat(same.updated()).isEmpty();

		Path later = changedCopy("w3c", temp, "groups_109735_specifications.json", "\"WebXR Hit Test Module\"",
				"\"WebXR Hit Test Module Level 1\"");
		RegistryReport conflict = run("w3c", later, false);
		assertThat(conflicts(conflict)).containsExactly("w3c-webxr-hit-test-module.title");
		assertThat(conflict.conflicts().get(0).graph()).isEqualTo("WebXR Hit Test");
		assertThat(conflict.conflicts().get(0).registry()).isEqualTo("WebXR Hit Test Module Level 1");
		assertThat(conflict.lines()).anyMatch((line) -> line.contains("conflict w3c-webxr-hit-test-module.title"));
		assertThat(workItems().get("w3c-webxr-hit-test-module")).containsEntry("title", "WebXR Hit Test");

		// a change nobody else made is taken
		Path renamed = changedCopy("w3c", temp.resolve("b"), "groups_109735_specifications.json",
				"\"WebXR DOM Overlays Module\"", "\"WebXR DOM Overlays Module Level 1\"");
		RegistryReport taken = run("w3c", renamed, false);
		assertThat(taken.updated()).containsEntry("w3c-webxr-dom-overlays-module", List.of("title"));
		assertThat(workItems().get("w3c-webxr-dom-overlays-module")).containsEntry("title", "WebXR DOM Overlays Module Level 1");
	}

	@Test
	void shouldMatchTheReferenceDataByDesignationAndUrlWithoutDuplicates() throws Exception {
		loadReferenceData();
		int items = workItems().size();
		RegistryReport report = run("w3c", sample("w3c"), false);
		// all 9 are in the reference data: by designation without the maturity ("(WD 2025-12-11)"), by TR url,
		// and "WebXR Augmented Reality Module - Level 1" as the reference data's level-less name
		assertThat(report.created()).isEmpty();
		assertThat(report.matched()).isEqualTo(10);
		assertThat(workItems()).hasSize(items);
		// the reference data's AR module points at the group's GitHub page and has the level-less title: an
		// editor's values on first sight, reported, never overwritten
		assertThat(conflicts(report)).containsExactlyInAnyOrder("w3c-webxr-ar-module.title", "w3c-webxr-ar-module.url");
		assertThat(workItems().get("w3c-webxr-ar-module")).containsEntry("url", "https://github.com/immersive-web/homepage");
		assertThat(report.bodiesUpdated()).containsEntry("w3c-immersive-web-wg", List.of("url", "activeFrom"));
	}

}
