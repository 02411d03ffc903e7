package io.mvgraph.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverlapModelDevTests {

	@Test
	void print() throws Exception {
		AnalysisCorpus corpus = ReferenceCorpus.read("dataset/metaverse-standards.json");
		OverlapModel model = OverlapModel.build(corpus, new TextAnalyzer());
		System.out.println(model.statistics);
		int above = 0;
		java.util.Map<String, Double> found = new java.util.HashMap<>();
		for (long key : model.pairs) {
			double score = PairKeys.score(key);
			if (score >= 0.3) above++;
			found.put(model.itemIds[PairKeys.a(key)] + "," + model.itemIds[PairKeys.b(key)], score);
		}
		System.out.println("pairs >= 0.3: " + above);
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/evaluation/overlap-pairs.csv"));
		double[] ts = { 0.2, 0.25, 0.3, 0.35, 0.4 };
		for (double t : ts) {
			int tp = 0, fp = 0, fn = 0, tn = 0;
			for (String line : lines) {
				if (line.startsWith("#") || line.startsWith("a,b")) continue;
				String[] f = line.split(",", 4);
				String a = f[0].compareTo(f[1]) < 0 ? f[0] : f[1];
				String b = f[0].compareTo(f[1]) < 0 ? f[1] : f[0];
				Integer ia = model.itemIndex.get(a), ib = model.itemIndex.get(b);
				double score = found.getOrDefault(a + "," + b, 0.0);
				boolean pos = score >= t;
				boolean exp = f[2].equals("overlap");
				if (t == 0.3) {
					OverlapScoring.Score s = model.score(ia, ib);
					System.out.printf("%s %.3f (raw %.3f t=%.2f x=%.2f l=%.1f) %s %s %s%n", exp == pos ? "ok " : "BAD", score, s.total(), s.topic(), s.text(), s.link(), f[2], a, b);
				}
				if (exp && pos) tp++; else if (exp) fn++; else if (pos) fp++; else tn++;
			}
			System.out.printf("t=%.2f precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)%n", t, tp / (double) (tp + fp), tp / (double) (tp + fn), tp, fp, fn, tn);
		}
	}

}
