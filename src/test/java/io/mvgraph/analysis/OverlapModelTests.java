package io.mvgraph.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.mvgraph.workitem.WorkItemLinkKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring and blocking logic, on the reference data read straight from the file (no Neo4j). */
class OverlapModelTests {

	private static final OverlapModel REFERENCE = OverlapModel
		.build(ReferenceCorpus.read("dataset/metaverse-standards.json"), new TextAnalyzer());

	@Test
	void shouldStemWordsAndKeepTheirWrittenForm() {
		List<TextAnalyzer.Term> terms = new TextAnalyzer()
			.terms("ISO/IEC 23090-39:2025 Avatars' representation format, v19.1.0 (descriptive title) for 3D and 5G");
		assertThat(terms).extracting(TextAnalyzer.Term::word)
			.containsExactly("avatars", "representation", "format", "3d", "5g");
		assertThat(terms).extracting(TextAnalyzer.Term::stem).startsWith("avatar", "represent", "format");
	}

	@Test
	void shouldKeepTopicsAloneBelowTheDefaultThresholdAndLetLinksRaiseTheScore() {
		assertThat(OverlapScoring.combine(1.0, 0.0, 0).total()).isLessThan(OverlapScoring.DEFAULT_MIN_SCORE);
		assertThat(OverlapScoring.combine(0.2, 0.1, 0).total()).isCloseTo(0.125, org.assertj.core.data.Offset.offset(1e-9));
		int related = 1 << WorkItemLinkKind.RELATED_TO.ordinal();
		int equivalent = 1 << WorkItemLinkKind.EQUIVALENT_TO.ordinal();
		assertThat(OverlapScoring.combine(0.2, 0.1, related).total()).isGreaterThan(OverlapScoring.combine(0.2, 0.1, 0).total());
		assertThat(OverlapScoring.combine(0.0, 0.0, equivalent | related).total()).isEqualTo(1.0);
		assertThat(OverlapScoring.severity(0.8, "PROPOSED", "UNDER_DEVELOPMENT")).isEqualTo(0.8);
		assertThat(OverlapScoring.severity(0.8, "PUBLISHED", "UNDER_DEVELOPMENT")).isCloseTo(0.68, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(OverlapScoring.severity(0.8, "PUBLISHED", "APPROVED")).isCloseTo(0.48, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void shouldWeighASharedLeafTopicAboveASharedRootArea() {
		int leaf = REFERENCE.topicIndex.get("haptics");
		int root = REFERENCE.topicIndex.get("core-technologies");
		assertThat(REFERENCE.topicWeight[leaf]).isGreaterThan(REFERENCE.topicWeight[root] * 3);
		// same leaf topics: 1; only the root area in common: little
		int a = REFERENCE.itemIndex.get("ieee-1918-1-1-2024");
		int b = REFERENCE.itemIndex.get("iso-iec-23090-31");
		assertThat(REFERENCE.topicSimilarity(a, b)).isEqualTo(1.0);
		int c = REFERENCE.itemIndex.get("khronos-gltf-khr-lights-punctual");
		assertThat(REFERENCE.topicSimilarity(a, c)).isLessThan(0.1);
		assertThat(REFERENCE.sharedTopics(a, b)).containsExactlyInAnyOrder("haptics", "immersive-media-coding");
	}

	@Test
	void shouldPackPairsSoThatSortingRanksThem() {
		long better = PairKeys.ranked(0.9, 5, 7);
		long worse = PairKeys.ranked(0.4, 1, 2);
		long tie = PairKeys.ranked(0.9, 5, 8);
		assertThat(better).isLessThan(tie).isLessThan(worse);
		assertThat(PairKeys.score(better)).isEqualTo(0.9);
		assertThat(PairKeys.a(tie)).isEqualTo(5);
		assertThat(PairKeys.b(tie)).isEqualTo(8);
	}

	/**
	 * Blocking must lose (almost) nothing: every pair of the reference data that scores at least 0.3 when all pairs
	 * are compared is among the blocked candidates.
	 */
	@Test
	void shouldLoseNoPairAboveTheThresholdByBlocking() {
		Set<Long> kept = new HashSet<>();
		for (long key : REFERENCE.pairs) {
			kept.add(PairKeys.unordered(PairKeys.a(key), PairKeys.b(key)));
		}
		int n = REFERENCE.itemIds.length;
		int above = 0;
		int lost = 0;
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (REFERENCE.sameLine(REFERENCE.owner[a], REFERENCE.owner[b])) {
					continue;
				}
				if (REFERENCE.score(a, b).total() >= OverlapScoring.DEFAULT_MIN_SCORE) {
					above++;
					if (!kept.contains(PairKeys.unordered(a, b))) {
						lost++;
					}
				}
			}
		}
		System.out.printf("Blocking on the reference data: %d candidate pairs scored of %d; %d of %d pairs >= 0.3 lost%n",
				REFERENCE.statistics.candidatePairs(), (long) n * (n - 1) / 2, lost, above);
		assertThat(above).isGreaterThan(100);
		assertThat(lost).isZero();
		assertThat(REFERENCE.statistics.candidatePairs()).isLessThan((long) n * (n - 1) / 2);
	}

	@Test
	void shouldTellCoordinationKindsFromTheLiaisonNote() {
		assertThat(CoordinationKind.ofLiaisonNote("type: WORK_PROGRAMME_LIAISON_FIELD. The entry lists..."))
			.isEqualTo(CoordinationKind.WORK_PROGRAMME);
		assertThat(CoordinationKind.ofLiaisonNote("type: LIAISON_AGREEMENT. Not a liaison statement"))
			.isEqualTo(CoordinationKind.LIAISON_AGREEMENT);
		assertThat(CoordinationKind.ofLiaisonNote("Informs of FGMV-02 approval")).isEqualTo(CoordinationKind.LIAISON_STATEMENT);
		assertThat(CoordinationKind.ofLiaisonNote(null)).isEqualTo(CoordinationKind.LIAISON_STATEMENT);
		assertThat(CoordinationKind.ofLiaison("AGREEMENT", "type: WORK_PROGRAMME_LIAISON_FIELD")).isEqualTo(CoordinationKind.LIAISON_AGREEMENT);
		assertThat(CoordinationKind.ofLiaison("WORK_PROGRAMME_DECLARATION", null)).isEqualTo(CoordinationKind.WORK_PROGRAMME);
		assertThat(CoordinationKind.ofLiaison(null, "type: LIAISON_AGREEMENT.")).isEqualTo(CoordinationKind.LIAISON_AGREEMENT);
		// MSF and OMA3 have a liaison agreement: it binds the two units, so all their groups' work counts as coordinated
		int msf = REFERENCE.bodyIndex.get("msf");
		int oma3 = REFERENCE.bodyIndex.get("oma3");
		assertThat(REFERENCE.unitPairAgreements).containsKey(PairKeys.unordered(msf, oma3));
	}

}
