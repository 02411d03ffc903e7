package io.mvgraph.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality of the findings on the v2 reference data: the labelled findings of {@code evaluation/findings.csv}
 * (real coordination problems, and units or pairs that must not become findings) against what {@link Findings}
 * computes, as of {@link FindingsTests#AS_OF}.
 */
class FindingsEvaluationTests {

	/** Measured 1.000 and 1.000; the bounds fail an analysis that lets one intra-unit or linked pair through. */
	static final double MIN_PRECISION = 0.95;

	static final double MIN_RECALL = 0.85;

	record Label(String kind, String x, String y, String subject, boolean finding, String reason) {
	}

	@Test
	void shouldFindTheKnownProblemsAndNotTheKnownNonProblems() throws IOException {
		OverlapModel model = FindingsTests.V2;
		List<Findings.Draft> findings = Findings.compute(model, FindingsTests.POLICY, OverlapScoring.DEFAULT_MIN_SCORE,
				Set.of());
		List<Label> labels = labels();
		assertThat(labels.stream().filter(Label::finding).count()).isGreaterThanOrEqualTo(8);
		assertThat(labels.stream().filter((label) -> !label.finding()).count()).isGreaterThanOrEqualTo(10);
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		List<String> wrong = new ArrayList<>();
		for (Label label : labels) {
			boolean found = findings.stream().anyMatch((finding) -> matches(model, finding, label));
			if (label.finding() && found) {
				truePositives++;
			}
			else if (label.finding()) {
				falseNegatives++;
				wrong.add("missed:      " + label);
			}
			else if (found) {
				falsePositives++;
				wrong.add("false alarm: " + label);
			}
		}
		double precision = truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
		double recall = truePositives / (double) (truePositives + falseNegatives);
		System.out.printf("Findings evaluation on %d labels: precision %.3f, recall %.3f (%d of %d problems found, "
				+ "%d false alarms of %d non-problems)%n", labels.size(), precision, recall, truePositives,
				truePositives + falseNegatives, falsePositives, labels.stream().filter((label) -> !label.finding()).count());
		wrong.forEach((line) -> System.out.println("  " + line));
		assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
		assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
	}

	private static boolean matches(OverlapModel model, Findings.Draft finding, Label label) {
		if (!label.subject().equals("*") && !model.topicIds[finding.subject()].equals(label.subject())) {
			return false;
		}
		if (label.kind().equals("pair")) {
			OverlapPair pair = new OverlapPair(label.x(), label.y());
			return finding.pairIds(model).contains(pair.a() + "|" + pair.b());
		}
		String a = model.bodyIds[finding.unitA()];
		String b = model.bodyIds[finding.unitB()];
		if (label.y().equals("*")) {
			return a.equals(label.x()) || b.equals(label.x());
		}
		return (a.equals(label.x()) && b.equals(label.y())) || (a.equals(label.y()) && b.equals(label.x()));
	}

	static List<Label> labels() throws IOException {
		List<Label> labels = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("evaluation/findings.csv").getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("kind,")) {
					continue;
				}
				String[] fields = line.split(",", 7);
				assertThat(fields).as(line).hasSize(7);
				assertThat(fields[0]).as(line).isIn("units", "pair");
				assertThat(fields[4]).as(line).isIn("finding", "none");
				assertThat(fields[5]).as("reason of " + line).isNotBlank();
				assertThat(fields[6]).as("source of " + line).isNotBlank();
				labels.add(new Label(fields[0], fields[1], fields[2], fields[3], fields[4].equals("finding"), fields[5]));
			}
		}
		return labels;
	}

}
