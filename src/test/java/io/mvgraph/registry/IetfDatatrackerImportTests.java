package io.mvgraph.registry;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IETF Datatracker importer on the recorded Django fixtures (src/test/resources/registry/ietf: 111 groups and
 * 174 vocabulary names; ietf-full: all 1013 groups and 1418 names): IETF groups as bodies.
 */
class IetfDatatrackerImportTests extends RegistryTestSupport {

	@Autowired
	private IetfDatatrackerSource ietf;

	@Test
	void shouldMapGroupsWithTheirVocabularyAndSkipTheExternalBodies() throws Exception {
		RegistrySource.Result read = this.ietf.read(sample("ietf"), (line) -> { });
		assertThat(read.records()).isEmpty();
		RegistryBody clue = read.bodies().stream().filter((b) -> "clue".equals(b.acronym())).findFirst().orElseThrow();
		assertThat(clue.committee()).isEqualTo("IETF clue");
		// "WG": the name of the group type wg in name.grouptypename
		assertThat(clue.name()).isEqualTo("IETF ControLling mUltiple streams for tElepresence (clue) WG");
		assertThat(clue.url()).isEqualTo("https://datatracker.ietf.org/group/clue/");
		assertThat(clue.parentCommittee()).isEqualTo("IETF rai");
		assertThat(clue.note()).contains("Datatracker state Active").contains("charter charter-ietf-clue");
		assertThat(read.bodies()).hasSize(66).noneMatch((b) -> "itu-t-sg-16".equals(b.acronym()));
		assertThat(read.skipped()).anyMatch((s) -> s.startsWith("45 external standards bodies"));
	}

	@Test
	void shouldMatchByUrlCreateTheFollowedGroupsUnderTheirAreaAndChangeNothingTheSecondTime() throws Exception {
		resetGraph();
		importDataset("registry/roadmap-start.json");
		String before = exportJson("analyst");
		RegistryReport dryRun = run("ietf", sample("ietf"), true);
		// the roadmap's "mmusic" is at the Datatracker url (without the trailing slash): matched, not duplicated
		assertThat(dryRun.bodiesCreated()).containsExactlyInAnyOrder("ietf-rai", "ietf-avtcore", "ietf-rtcweb", "ietf-clue");
		assertThat(conflicts(dryRun)).containsExactly("mmusic.name");
		assertThat(dryRun.matched()).isEqualTo(1);
		assertThat(exportJson("analyst")).isEqualTo(before);

		RegistryReport first = run("ietf", sample("ietf"), false);
		assertThat(first.rejected()).isFalse();
		var bodies = bodies();
		assertThat(bodies.get("ietf-rai")).containsEntry("parent", "ietf").containsEntry("acronym", "rai")
			.containsEntry("name", "IETF Real-time Applications and Infrastructure Area (rai)");
		assertThat(bodies.get("ietf-clue")).containsEntry("parent", "ietf-rai").containsEntry("kind", "SDO_GROUP");
		assertThat(bodies.get("mmusic")).containsEntry("name", "IETF MMUSIC working group");
		assertThat(bodies).doesNotContainKey("ietf-mmusic");
		assertThat(provenance("ietf")).isEqualTo(5);

		String afterFirst = exportJson("analyst");
		RegistryReport second = run("ietf", sample("ietf"), false);
		assertThat(second.bodiesCreated()).isEmpty();
		assertThat(second.bodiesUpdated()).isEmpty();
		assertThat(second.conflicts()).isEmpty();
		assertThat(second.dataset()).isNull();
		assertThat(exportJson("analyst")).isEqualTo(afterFirst);
	}

	@Test
	void shouldKeepAnEditorsChangeOfAGroupAndReportItWhenTheDatatrackerRenamesItToo(@TempDir Path temp) throws Exception {
		loadReferenceData();
		run("ietf", sample("ietf"), false);
		editorSets("bodies", "ietf-clue", "name", "IETF CLUE WG (telepresence)");
		assertThat(run("ietf", sample("ietf"), false).conflicts()).isEmpty();

		Path later = changedCopy("ietf", temp, "workinggroups-subset-sdo-areas-media.json",
				"ControLling mUltiple streams for tElepresence", "Controlling Multiple Streams for Telepresence");
		RegistryReport report = run("ietf", later, false);
		assertThat(conflicts(report)).containsExactly("ietf-clue.name");
		assertThat(report.conflicts().get(0).registry()).isEqualTo("IETF Controlling Multiple Streams for Telepresence (clue) WG");
		assertThat(bodies().get("ietf-clue")).containsEntry("name", "IETF CLUE WG (telepresence)");

		// a rename nobody else made is taken
		Path renamed = changedCopy("ietf", temp.resolve("b"), "workinggroups-subset-sdo-areas-media.json",
				"Real-Time Communication in WEB-browsers", "Real-Time Communication in Web browsers");
		RegistryReport taken = run("ietf", renamed, false);
		assertThat(taken.bodiesUpdated()).containsEntry("ietf-rtcweb", List.of("name"));
	}

	@Test
	void shouldReadTheFullFixtures() throws Exception {
		java.util.List<String> progress = new java.util.ArrayList<>();
		RegistrySource.Result read = this.ietf.read(sample("ietf-full"), progress::add);
		assertThat(progress).last().asString().isEqualTo("ietf: 1013 group(s), 1418 vocabulary row(s) read; 967 IETF group(s)");
		assertThat(read.bodies()).extracting(RegistryBody::committee).contains("IETF clue", "IETF rai");
		loadReferenceData();
		RegistryReport report = run("ietf", sample("ietf-full"), true);
		assertThat(report.bodiesCreated()).containsExactlyInAnyOrder("ietf-rai", "ietf-avtcore", "ietf-mmusic", "ietf-rtcweb", "ietf-clue");
		assertThat(report.rejected()).isFalse();
	}

}
