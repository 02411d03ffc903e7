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
 * The ISO Open Data importer on the recorded records (src/test/resources/registry/iso: the 6 real deliverables,
 * 29 committees, the ICS XML; iso-full: all 785 committees): deliverables as work items, committees as bodies.
 */
class IsoOpenDataImportTests extends RegistryTestSupport {

	@Autowired
	private IsoOpenDataSource iso;

	@Test
	void shouldMapDeliverablesCommitteesAndIcsAndSkipSupplements() throws Exception {
		RegistrySource.Result read = this.iso.read(sample("iso"), (line) -> { });
		RegistryRecord jfif = read.records().stream().filter((r) -> r.recordId().equals("54989")).findFirst().orElseThrow();
		assertThat(jfif.designation()).isEqualTo("ISO/IEC 10918-5:2013");
		assertThat(jfif.title()).isEqualTo("Information technology - Digital compression and coding of continuous-tone "
				+ "still images: JPEG File Interchange Format (JFIF) - Part 5");
		// stage 90.60 (close of review): still the published document
		assertThat(jfif.status()).isEqualTo(WorkItemStatus.PUBLISHED);
		assertThat(jfif.publishedDate()).hasToString("2013-04-26");
		assertThat(jfif.committee()).isEqualTo("ISO/IEC JTC 1/SC 29");
		assertThat(jfif.url()).isEqualTo("https://www.iso.org/standard/54989.html");
		assertThat(jfif.scope()).contains("ICS 35.040.30 Coding of graphical and photographical information");
		assertThat(read.skipped()).anyMatch((s) -> s.contains("ISO/IEC 19566-7:2022/Amd 1:2025 amends a document"));
		RegistryBody sc29 = read.bodies().stream().filter((b) -> b.committee().equals("ISO/IEC JTC 1/SC 29")).findFirst().orElseThrow();
		assertThat(sc29.name()).isEqualTo("ISO/IEC JTC 1/SC 29 Coding of audio, picture, multimedia and hypermedia information");
		assertThat(sc29.url()).isEqualTo("https://www.iso.org/committee/45316.html");
		assertThat(sc29.activeFrom()).hasToString("1991-08-07");
		assertThat(sc29.parentCommittee()).isEqualTo("ISO/IEC JTC 1");
		assertThat(read.bodies()).hasSize(29);
		assertThat(IsoOpenDataSource.status(9599)).isEqualTo(WorkItemStatus.WITHDRAWN);
		assertThat(IsoOpenDataSource.status(5020)).isEqualTo(WorkItemStatus.APPROVED);
		assertThat(IsoOpenDataSource.status(4020)).isEqualTo(WorkItemStatus.UNDER_DEVELOPMENT);
	}

	@Test
	void shouldMatchByUrlCreateTheFollowedCommitteesAndChangeNothingTheSecondTime() throws Exception {
		resetGraph();
		importDataset("registry/roadmap-start.json");
		String before = exportJson("analyst");
		RegistryReport dryRun = run("iso", sample("iso"), true);
		// the roadmap's "jfif" has another designation but the catalogue url of deliverable 54989
		assertThat(dryRun.created()).isEmpty();
		assertThat(dryRun.updated()).containsEntry("jfif", List.of("publishedDate"));
		assertThat(conflicts(dryRun)).containsExactlyInAnyOrder("jfif.title", "jfif.status", "iso-iec-jtc1-sc29.name");
		// JTC 1 and SC 29 are in the roadmap; SC 24, 36 and 41 are followed and new, under JTC 1
		assertThat(dryRun.bodiesCreated()).containsExactlyInAnyOrder("iso-iec-jtc1-sc24", "iso-iec-jtc1-sc36", "iso-iec-jtc1-sc41");
		assertThat(dryRun.bodiesUpdated()).containsEntry("iso-iec-jtc1", List.of("url", "activeFrom"))
			.containsEntry("iso-iec-jtc1-sc29", List.of("url", "activeFrom"));
		assertThat(dryRun.skipped()).anyMatch((s) -> s.contains("ISO/TC 176/SC 2") && s.contains("not followed"))
			.anyMatch((s) -> s.equals("24 committee(s) or group(s) not followed"));
		assertThat(exportJson("analyst")).isEqualTo(before);

		RegistryReport first = run("iso", sample("iso"), false);
		assertThat(first.rejected()).isFalse();
		Map<String, Map<String, Object>> bodies = bodies();
		assertThat(bodies.get("iso-iec-jtc1-sc24")).containsEntry("parent", "iso-iec-jtc1").containsEntry("kind", "SDO_GROUP")
			.containsEntry("acronym", "ISO/IEC JTC 1/SC 24").containsEntry("activeFrom", "1987-11-11")
			.containsEntry("url", "https://www.iso.org/committee/45252.html");
		assertThat((String) bodies.get("iso-iec-jtc1-sc24").get("note")).contains("iso record committee/45252")
			.contains("secretariat");
		assertThat(bodies.get("iso-iec-jtc1-sc29")).containsEntry("name", "ISO/IEC JTC 1/SC 29 (MPEG / JPEG)");
		assertThat(workItems().get("jfif")).containsEntry("publishedDate", "2013-04-26")
			.containsEntry("title", "JPEG File Interchange Format (JFIF)").containsEntry("status", "UNDER_DEVELOPMENT");

		String afterFirst = exportJson("analyst");
		RegistryReport second = run("iso", sample("iso"), false);
		assertThat(second.created()).isEmpty();
		assertThat(second.updated()).isEmpty();
		assertThat(second.bodiesCreated()).isEmpty();
		assertThat(second.bodiesUpdated()).isEmpty();
		assertThat(second.dataset()).isNull();
		// reported once: the registry still says what it said, the editors' values stand
		assertThat(second.conflicts()).isEmpty();
		assertThat(exportJson("analyst")).isEqualTo(afterFirst);
	}

	@Test
	void shouldCreateADeliverableOfAFollowedCommitteeInTheReferenceData() throws Exception {
		loadReferenceData();
		RegistryReport report = run("iso", sample("iso"), false);
		assertThat(report.created()).containsExactly("iso-iec-10918-5");
		assertThat(workItems().get("iso-iec-10918-5")).containsEntry("owner", "iso-iec-jtc1-sc29")
			.containsEntry("status", "PUBLISHED").containsEntry("publishedDate", "2013-04-26")
			.containsEntry("designation", "ISO/IEC 10918-5:2013").containsEntry("topics", List.of("core-technologies"));
		// SC 24's name is ISO's: the url and creation date are taken, nothing reported
		assertThat(report.bodiesUpdated()).containsEntry("iso-iec-jtc1-sc24", List.of("url", "activeFrom"));
		assertThat(conflicts(report)).doesNotContain("iso-iec-jtc1-sc24.name").contains("iso-iec-jtc1-sc29.name");
	}

	@Test
	void shouldKeepAnEditorsChangeOfACommitteeAndReportIt(@TempDir Path temp) throws Exception {
		resetGraph();
		importDataset("registry/roadmap-start.json");
		run("iso", sample("iso"), false);
		editorSets("bodies", "iso-iec-jtc1-sc24", "name", "ISO/IEC JTC 1/SC 24 Computer graphics and XR");
		assertThat(conflicts(run("iso", sample("iso"), false))).doesNotContain("iso-iec-jtc1-sc24.name");
		Path later = changedCopy("iso", temp, "subset-jtc1-and-selected-tcs.jsonl",
				"\"title\":{\"en\":\"Computer graphics, image processing and environmental data representation\"",
				"\"title\":{\"en\":\"Computer graphics, image processing, environmental data representation and XR\"");
		RegistryReport report = run("iso", later, false);
		assertThat(report.conflicts()).filteredOn((c) -> c.workItem().equals("iso-iec-jtc1-sc24")).singleElement()
			.satisfies((c) -> {
				assertThat(c.field()).isEqualTo("name");
				assertThat(c.graph()).isEqualTo("ISO/IEC JTC 1/SC 24 Computer graphics and XR");
				assertThat(c.registry()).isEqualTo("ISO/IEC JTC 1/SC 24 Computer graphics, image processing, environmental data representation and XR");
				assertThat(c.record()).isEqualTo("committee/45252");
			});
		assertThat(bodies().get("iso-iec-jtc1-sc24")).containsEntry("name", "ISO/IEC JTC 1/SC 24 Computer graphics and XR");
	}

	@Test
	void shouldReadAllTheCommitteesOfTheFullDataset() throws Exception {
		java.util.List<String> progress = new java.util.ArrayList<>();
		RegistrySource.Result read = this.iso.read(sample("iso-full"), progress::add);
		assertThat(read.bodies()).hasSize(785);
		assertThat(progress).last().asString().contains("785 committee(s)");
		loadReferenceData();
		RegistryReport report = this.importer.run("iso", sample("iso-full"), "registry:test", true, progress::add);
		assertThat(report.followed()).isEqualTo(5);
		assertThat(report.skipped()).contains("780 committee(s) or group(s) not followed");
		assertThat(progress).anyMatch((line) -> line.startsWith("iso (dry run, nothing written): 785 records read"));
	}

	@Test
	void shouldTakeACommitteeOnceWhenTheDirectoryHoldsTheSubsetAndTheWholeFile(@TempDir Path temp) throws Exception {
		Path both = copyOf("iso", temp);
		java.nio.file.Files.copy(sample("iso-full").resolve("iso_technical_committees.jsonl"),
				both.resolve("iso_technical_committees.jsonl"));
		loadReferenceData();
		RegistryReport first = run("iso", both, false);
		assertThat(first.rejected()).isFalse();
		// JTC 1, SC 24, 29, 36 and 41 (each in both files) and the SC 29 deliverable
		assertThat(first.followed()).isEqualTo(6);
		assertThat(first.created()).containsExactly("iso-iec-10918-5");
		String after = exportJson("analyst");
		RegistryReport second = run("iso", both, false);
		assertThat(second.dataset()).isNull();
		assertThat(second.conflicts()).isEmpty();
		assertThat(exportJson("analyst")).isEqualTo(after);
	}

}
