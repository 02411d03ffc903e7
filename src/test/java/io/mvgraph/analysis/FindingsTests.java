package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Coordination units, channels and findings on the v2 reference data read straight from the file (no Neo4j). */
class FindingsTests {

	/** The analysis date of the unit-level evaluation: fixed, so that statement ages do not move with the clock. */
	static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	static final OverlapModel V2 = OverlapModel.build(ReferenceCorpus.read(ReferenceCorpus.V2), new TextAnalyzer());

	static final CoordinationPolicy POLICY = CoordinationPolicy.asOf(AS_OF);

	/** The done-when of issue 11: no finding or gap joins one unit, or items linked by common text, adoption, lineage. */
	@Test
	void shouldNeverFindInsideOneUnitOrBetweenLinkedItems() {
		int linked = (1 << io.mvgraph.workitem.WorkItemLinkKind.EQUIVALENT_TO.ordinal())
				| (1 << io.mvgraph.workitem.WorkItemLinkKind.ADOPTS.ordinal())
				| (1 << io.mvgraph.workitem.WorkItemLinkKind.CONTINUES.ordinal());
		for (Findings.Draft finding : Findings.compute(V2, POLICY, OverlapScoring.DEFAULT_MIN_SCORE, Set.of())) {
			assertThat(finding.unitA()).as(finding.id()).isNotEqualTo(finding.unitB());
			assertThat(finding.id()).isEqualTo(V2.bodyIds[finding.unitA()] + "--" + V2.bodyIds[finding.unitB()] + "--"
					+ V2.topicIds[finding.subject()]);
			for (long[] pair : finding.pairs()) {
				int a = (int) pair[0];
				int b = (int) pair[1];
				assertThat(V2.internal(a, b)).isFalse();
				assertThat(V2.linkKinds.getOrDefault(PairKeys.unordered(a, b), 0) & linked).as(finding.id()).isZero();
				assertThat(V2.coordinated(a, b, POLICY)).isFalse();
			}
		}
	}

	@Test
	void shouldComputeCoordinationUnits() {
		assertThat(unitOf("3gpp-sa4")).isEqualTo("3gpp");
		assertThat(unitOf("iso-iec-jtc1-sc29-wg7")).isEqualTo("iso-iec-jtc1");
		assertThat(unitOf("iec-tc100-wg12")).isEqualTo("iec");
		assertThat(unitOf("aousd-core-spec-wg")).isEqualTo("aousd");
		assertThat(unitOf("omf-fig-users")).isEqualTo("omf");
		assertThat(unitOf("itu-t-q8-16")).isEqualTo("itu-t-sg21");
		assertThat(unitOf("itu-t-sg9")).isEqualTo("itu-t-sg21");
		assertThat(unitOf("itu-t-q9-21")).isEqualTo("itu-t-sg21");
		assertThat(unitOf("itu-t-fg-mv-wg1")).isEqualTo("itu-t-fg-mv");
		assertThat(unitOf("itu-t-jca-mv")).isEqualTo("itu-t-jca-mv");
		assertThat(unitOf("itu-t-tsag")).isEqualTo("itu-t-tsag");
		assertThat(unitOf("itu-r-sg6")).isEqualTo("itu-r");
		assertThat(unitOf("itu-givw")).isEqualTo("itu-givw");
		assertThat(unitOf("itu-t")).isEqualTo("itu-t");
		assertThat(V2.units.itu[V2.bodyIndex.get("itu-t-fg-mv")]).isTrue();
		assertThat(V2.units.itu[V2.bodyIndex.get("msf")]).isFalse();
		assertThat(V2.units.hub[V2.bodyIndex.get("itu-t-jca-mv")]).isTrue();
		assertThat(V2.units.ended(V2.bodyIndex.get("itu-t-fg-mv"), AS_OF)).isNotNull();
	}

	/** Planted records, one per rule of issue 11 (item 2), on top of the v2 reference data. */
	@Test
	void shouldApplyEveryCoordinationRule() {
		AnalysisCorpus reference = ReferenceCorpus.read(ReferenceCorpus.V2);
		List<AnalysisCorpus.Item> items = new java.util.ArrayList<>(reference.items());
		List<AnalysisCorpus.Link> links = new java.util.ArrayList<>(reference.links());
		List<AnalysisCorpus.LiaisonRow> liaisons = new java.util.ArrayList<>(reference.liaisons());
		String[][] planted = { { "p-sa1", "3gpp-sa1" }, { "p-sa4", "3gpp-sa4" }, { "p-q8-16", "itu-t-q8-16" },
				{ "p-sg21", "itu-t-sg21" }, { "p-fgmv", "itu-t-fg-mv-wg2" }, { "p-sg21-continued", "itu-t-q9-21" },
				{ "p-khronos", "khronos" }, { "p-sc29", "iso-iec-jtc1-sc29" }, { "p-sg13", "itu-t-sg13" },
				{ "p-ogc", "ogc-geopose-swg" }, { "p-zsm", "etsi-isg-zsm" }, { "p-q13-12", "itu-t-q13-12" },
				{ "p-sg20", "itu-t-q1-20" }, { "p-w3c", "w3c-immersive-web-wg" }, { "p-sg5", "itu-t-sg5" },
				{ "p-tta", "tta-pg610" } };
		for (String[] item : planted) {
			items.add(new AnalysisCorpus.Item(item[0], null, "Zorbular quintessence plenoptic frobnication " + item[0],
					"Zorbular quintessence plenoptic frobnication for the planted rule case", "UNDER_DEVELOPMENT",
					item[1], List.of("avatars")));
		}
		links.add(new AnalysisCorpus.Link("p-sg21-continued", "p-fgmv", "CONTINUES"));
		links.add(new AnalysisCorpus.Link("p-sc29", "p-khronos", "ADOPTS"));
		liaisons.add(new AnalysisCorpus.LiaisonRow("p-hub", "itu-t-jca-mv", List.of("itu-t-sg13"), List.of("ogc"),
				List.of(), "STATEMENT", null, LocalDate.of(2026, 3, 1)));
		liaisons.add(new AnalysisCorpus.LiaisonRow("p-hub-concerns", "itu-t-jca-mv", List.of("itu-t-sg5"), List.of(),
				List.of("p-sg5", "p-tta"), "STATEMENT", null, LocalDate.of(2026, 3, 1)));
		liaisons.add(new AnalysisCorpus.LiaisonRow("p-agreement", "etsi", List.of("itu-t-q13-12"), List.of(),
				List.of(), "AGREEMENT", null, null));
		liaisons.add(new AnalysisCorpus.LiaisonRow("p-old", "itu-t-sg20", List.of("w3c"), List.of(), List.of(),
				"STATEMENT", null, LocalDate.of(2015, 5, 5)));
		OverlapModel model = OverlapModel.build(new AnalysisCorpus(items, reference.bodies(), reference.topics(), links,
				liaisons, AnalysisCorpus.Nodes.NONE), new TextAnalyzer());
		// intra-organisation and succession: internal
		assertThat(internal(model, "p-sa1", "p-sa4")).isTrue();
		assertThat(internal(model, "p-q8-16", "p-sg21")).isTrue();
		assertThat(internal(model, "p-sa1", "p-sg21")).isFalse();
		// lineage, adoption: coordinated by the link
		assertThat(kinds(model, "p-fgmv", "p-sg21-continued")).contains(CoordinationKind.LINEAGE);
		assertThat(kinds(model, "p-khronos", "p-sc29")).contains(CoordinationKind.ADOPTION);
		// the hub: addressed or copied to both units; or concerning both items
		assertThat(kinds(model, "p-ogc", "p-sg13")).contains(CoordinationKind.HUB_STATEMENT);
		assertThat(kinds(model, "p-sg5", "p-tta")).contains(CoordinationKind.HUB_STATEMENT);
		assertThat(kinds(model, "p-sg5", "p-ogc")).isEmpty();
		// an agreement binds the whole units: ETSI's ISG ZSM and SG12 through Q13/12
		assertThat(kinds(model, "p-q13-12", "p-zsm")).contains(CoordinationKind.LIAISON_AGREEMENT);
		// an old statement is shown, not current: still a gap, and the finding asks to renew it
		CoordinationChannel old = channels(model, "p-sg20", "p-w3c").get(0);
		assertThat(old.kind()).isEqualTo(CoordinationKind.LIAISON_STATEMENT);
		assertThat(old.current()).isFalse();
		assertThat(coordinated(model, "p-sg20", "p-w3c")).isFalse();
		assertThat(coordinated(model, "p-sg20", "p-w3c", new CoordinationPolicy(AS_OF, java.time.Period.ofYears(20)))).isTrue();
		List<Findings.Draft> findings = Findings.compute(model, POLICY, OverlapScoring.DEFAULT_MIN_SCORE, Set.of());
		Findings.Draft renew = findings.stream().filter((f) -> f.pairIds(model).contains("p-sg20|p-w3c")).findFirst().orElseThrow();
		assertThat(renew.proposedAction()).contains("renew").contains("p-old");
		assertThat(renew.statement()).contains("p-old").contains("older than 4 years");
		assertThat(renew.scope()).isEqualTo(FindingScope.ITU);
		// none of the coordinated or internal planted pairs is in a finding
		for (String pair : List.of("p-sa1|p-sa4", "p-q8-16|p-sg21", "p-fgmv|p-sg21-continued", "p-khronos|p-sc29",
				"p-ogc|p-sg13", "p-sg5|p-tta", "p-q13-12|p-zsm")) {
			assertThat(findings).noneMatch((f) -> f.pairIds(model).contains(pair));
		}
		// an outside pair only: EXTERNAL
		assertThat(findings.stream().filter((f) -> f.pairIds(model).contains("p-khronos|p-tta")).findFirst().orElseThrow().scope())
			.isEqualTo(FindingScope.EXTERNAL);
	}

	private static String unitOf(String body) {
		return V2.bodyIds[V2.units.unit[V2.bodyIndex.get(body)]];
	}

	private static boolean internal(OverlapModel model, String a, String b) {
		return model.internal(model.itemIndex.get(a), model.itemIndex.get(b));
	}

	private static List<CoordinationChannel> channels(OverlapModel model, String a, String b) {
		return model.channels(model.itemIndex.get(a), model.itemIndex.get(b), POLICY);
	}

	private static boolean coordinated(OverlapModel model, String a, String b) {
		return coordinated(model, a, b, POLICY);
	}

	private static boolean coordinated(OverlapModel model, String a, String b, CoordinationPolicy policy) {
		return model.coordinated(model.itemIndex.get(a), model.itemIndex.get(b), policy);
	}

	private static List<CoordinationKind> kinds(OverlapModel model, String a, String b) {
		return channels(model, a, b).stream().filter(CoordinationChannel::current).map(CoordinationChannel::kind).distinct().toList();
	}

	@Test
	void shouldMeasure() {
		int overlaps = 0, internal = 0, coordinated = 0, gaps = 0;
		for (long key : V2.pairs) {
			if (PairKeys.score(key) < OverlapScoring.DEFAULT_MIN_SCORE) {
				break;
			}
			overlaps++;
			int a = PairKeys.a(key);
			int b = PairKeys.b(key);
			if (V2.internal(a, b)) {
				internal++;
			}
			else if (V2.coordinated(a, b, POLICY)) {
				coordinated++;
			}
			else {
				gaps++;
			}
		}
		List<Findings.Draft> findings = Findings.compute(V2, POLICY, OverlapScoring.DEFAULT_MIN_SCORE, Set.of());
		System.out.printf("v2: %d overlaps, %d internal, %d coordinated, %d gaps; %d findings (%d ITU, %d EXTERNAL)%n",
				overlaps, internal, coordinated, gaps, findings.size(),
				findings.stream().filter((f) -> f.scope() == FindingScope.ITU).count(),
				findings.stream().filter((f) -> f.scope() == FindingScope.EXTERNAL).count());
		for (Findings.Draft f : findings) {
			System.out.printf("%s %.3f %s %s%n    %s%n    %s%n", f.scope(), f.severity(), f.id(), f.pairIds(V2), f.statement(), f.proposedAction());
		}
		assertThat(findings).isNotEmpty();
	}

}
