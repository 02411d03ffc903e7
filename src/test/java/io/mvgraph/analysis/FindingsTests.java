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
