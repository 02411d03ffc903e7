package io.mvgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import io.mvgraph.workitem.WorkItemLinkKind;

/**
 * The overlap analysis of one state of the roadmap, held in memory: the work items' term vectors and topic sets,
 * the body and topic hierarchies, the links and liaisons, and every candidate pair of work items that scores at
 * least {@link OverlapScoring#FLOOR}, best first. Immutable once built; {@link OverlapModelCache} replaces it when
 * the roadmap changes.
 *
 * <p>Work items are numbered in the order of their ids, so that a pair {@code (a, b)} with {@code a < b} is also
 * ordered by id: the stable identity of a pair.
 */
final class OverlapModel {

	// bodies
	final String[] bodyIds;

	final int[] bodyParent;

	final String[] bodyKinds;

	/** Each body with the bodies above it, itself first. */
	final int[][] bodyLine;

	final Map<String, Integer> bodyIndex;

	// topics
	final String[] topicIds;

	final int[] topicParent;

	/** Specificity: the information content of a topic, -ln of the share of work items about it or below it. */
	final double[] topicWeight;

	final Map<String, Integer> topicIndex;

	final String[] topicNames;

	// work items
	final String[] itemIds;

	final Map<String, Integer> itemIndex;

	final int[] owner;

	final String[] status;

	/** The topics of each work item with all topics above them, sorted. */
	final int[][] topicClosure;

	final int[][] termIds;

	final float[][] termWeights;

	/** The word people see for each term (its most frequent form). */
	final String[] words;

	/** Link kinds between two work items, as a bit set of {@link WorkItemLinkKind} ordinals, keyed by the pair. */
	final Map<Long, Integer> linkKinds;

	// liaisons
	final String[] liaisonIds;

	final CoordinationKind[] liaisonKinds;

	/** Liaison statements and agreements between two bodies, either direction, keyed by the unordered body pair. */
	final Map<Long, int[]> bodyPairLiaisons;

	/** Per work item, the work-programme liaison fields that concern it. */
	final int[][] declaredLiaisons;

	/** Sender and recipients of each liaison. */
	final int[][] liaisonParties;

	/** The candidate pairs that score at least the floor, best first (see {@link PairKeys}). */
	final long[] pairs;

	final BuildStatistics statistics;

	/** The nodes as the API returns them (empty for a model built from a file). */
	final AnalysisCorpus.Nodes nodes;

	/** How the model was built, for the log and the benchmark. */
	record BuildStatistics(int workItems, int terms, long candidatePairs, int pairs, long millis) {
	}

	private OverlapModel(Builder builder, long[] pairs, BuildStatistics statistics, AnalysisCorpus.Nodes nodes) {
		this.nodes = nodes;
		this.bodyIds = builder.bodyIds;
		this.bodyParent = builder.bodyParent;
		this.bodyKinds = builder.bodyKinds;
		this.bodyLine = builder.bodyLine;
		this.bodyIndex = builder.bodyIndex;
		this.topicIds = builder.topicIds;
		this.topicParent = builder.topicParent;
		this.topicWeight = builder.topicWeight;
		this.topicIndex = builder.topicIndex;
		this.topicNames = builder.topicNames;
		this.itemIds = builder.itemIds;
		this.itemIndex = builder.itemIndex;
		this.owner = builder.owner;
		this.status = builder.status;
		this.topicClosure = builder.topicClosure;
		this.termIds = builder.termIds;
		this.termWeights = builder.termWeights;
		this.words = builder.words;
		this.linkKinds = builder.linkKinds;
		this.liaisonIds = builder.liaisonIds;
		this.liaisonKinds = builder.liaisonKinds;
		this.bodyPairLiaisons = builder.bodyPairLiaisons;
		this.declaredLiaisons = builder.declaredLiaisons;
		this.liaisonParties = builder.liaisonParties;
		this.pairs = pairs;
		this.statistics = statistics;
	}

	static OverlapModel build(AnalysisCorpus corpus, TextAnalyzer analyzer) {
		long started = System.nanoTime();
		Builder builder = new Builder(corpus, analyzer);
		OverlapModel unscored = new OverlapModel(builder, new long[0], null, AnalysisCorpus.Nodes.NONE);
		CandidatePairs candidates = new CandidatePairs(unscored);
		long[] pairs = candidates.scoreAll();
		BuildStatistics statistics = new BuildStatistics(builder.itemIds.length, builder.words.length,
				candidates.candidates(), pairs.length, (System.nanoTime() - started) / 1_000_000);
		return new OverlapModel(builder, pairs, statistics, corpus.nodes());
	}

	// ---------------------------------------------------------------------------------------------------------
	// Questions about bodies, topics and pairs

	/** Whether two bodies are in one line: the same, or one above the other. */
	boolean sameLine(int bodyA, int bodyB) {
		return contains(this.bodyLine[bodyA], bodyB) || contains(this.bodyLine[bodyB], bodyA);
	}

	/** Whether the body is the given one or below it. */
	boolean within(int body, int ancestor) {
		return contains(this.bodyLine[body], ancestor);
	}

	/** Whether the work item is about the topic or one of its sub-topics. */
	boolean about(int item, int topic) {
		return Arrays.binarySearch(this.topicClosure[item], topic) >= 0;
	}

	/** The score of a pair and its parts. */
	OverlapScoring.Score score(int a, int b) {
		double topic = topicSimilarity(a, b);
		double text = textSimilarity(a, b);
		int links = this.linkKinds.getOrDefault(PairKeys.unordered(a, b), 0);
		return OverlapScoring.combine(topic, text, links);
	}

	/**
	 * Weighted Jaccard of the two topic closures, each topic weighted by its specificity: sharing a leaf topic that
	 * few work items are about counts much more than sharing a root area that most are under.
	 */
	double topicSimilarity(int a, int b) {
		int[] x = this.topicClosure[a];
		int[] y = this.topicClosure[b];
		double shared = 0;
		double union = 0;
		int i = 0;
		int j = 0;
		while (i < x.length || j < y.length) {
			if (j == y.length || (i < x.length && x[i] < y[j])) {
				union += this.topicWeight[x[i++]];
			}
			else if (i == x.length || y[j] < x[i]) {
				union += this.topicWeight[y[j++]];
			}
			else {
				shared += this.topicWeight[x[i]];
				union += this.topicWeight[x[i]];
				i++;
				j++;
			}
		}
		return union > 0 ? shared / union : 0;
	}

	/** Cosine of the two TF-IDF vectors (both are unit vectors). */
	double textSimilarity(int a, int b) {
		int[] x = this.termIds[a];
		int[] y = this.termIds[b];
		float[] wx = this.termWeights[a];
		float[] wy = this.termWeights[b];
		double dot = 0;
		int i = 0;
		int j = 0;
		while (i < x.length && j < y.length) {
			if (x[i] < y[j]) {
				i++;
			}
			else if (x[i] > y[j]) {
				j++;
			}
			else {
				dot += wx[i++] * wy[j++];
			}
		}
		return Math.min(1, dot);
	}

	/** The most specific topics both work items are about (a shared topic above another shared one is left out). */
	List<String> sharedTopics(int a, int b) {
		int[] x = this.topicClosure[a];
		int[] y = this.topicClosure[b];
		Set<Integer> shared = new TreeSet<>();
		for (int topic : x) {
			if (Arrays.binarySearch(y, topic) >= 0) {
				shared.add(topic);
			}
		}
		Set<Integer> above = new java.util.HashSet<>();
		for (int topic : shared) {
			for (int parent = this.topicParent[topic]; parent >= 0; parent = this.topicParent[parent]) {
				above.add(parent);
			}
		}
		return shared.stream()
			.filter((topic) -> !above.contains(topic))
			.sorted(Comparator.comparingDouble((Integer topic) -> -this.topicWeight[topic])
				.thenComparing((topic) -> this.topicIds[topic]))
			.map((topic) -> this.topicIds[topic])
			.toList();
	}

	/** The words the two texts share, those that weigh most in their similarity first. */
	List<String> sharedTerms(int a, int b, int limit) {
		int[] x = this.termIds[a];
		int[] y = this.termIds[b];
		List<double[]> shared = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < x.length && j < y.length) {
			if (x[i] < y[j]) {
				i++;
			}
			else if (x[i] > y[j]) {
				j++;
			}
			else {
				shared.add(new double[] { x[i], this.termWeights[a][i] * this.termWeights[b][j] });
				i++;
				j++;
			}
		}
		return shared.stream()
			.sorted(Comparator.comparingDouble((double[] term) -> -term[1])
				.thenComparing((double[] term) -> this.words[(int) term[0]]))
			.limit(limit)
			.map((term) -> this.words[(int) term[0]])
			.toList();
	}

	List<WorkItemLinkKind> links(int a, int b) {
		int bits = this.linkKinds.getOrDefault(PairKeys.unordered(a, b), 0);
		List<WorkItemLinkKind> kinds = new ArrayList<>();
		for (WorkItemLinkKind kind : WorkItemLinkKind.values()) {
			if ((bits & (1 << kind.ordinal())) != 0) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/** What coordinates the pair, and the liaisons that show it. */
	record Coordination(Set<CoordinationKind> kinds, List<String> liaisonIds) {

		boolean coordinated() {
			return !this.kinds.isEmpty();
		}

	}

	/** Whether anything coordinates the pair (the fast check of the gap filter). */
	boolean coordinated(int a, int b) {
		int bits = this.linkKinds.getOrDefault(PairKeys.unordered(a, b), 0);
		if ((bits & (1 << WorkItemLinkKind.EQUIVALENT_TO.ordinal())) != 0) {
			return true;
		}
		for (int x : this.bodyLine[this.owner[a]]) {
			for (int y : this.bodyLine[this.owner[b]]) {
				if (this.bodyPairLiaisons.containsKey(PairKeys.unordered(x, y))) {
					return true;
				}
			}
		}
		return declared(a, b) || declared(b, a);
	}

	Coordination coordination(int a, int b) {
		Set<CoordinationKind> kinds = EnumSet.noneOf(CoordinationKind.class);
		Set<Integer> liaisons = new TreeSet<>();
		int bits = this.linkKinds.getOrDefault(PairKeys.unordered(a, b), 0);
		if ((bits & (1 << WorkItemLinkKind.EQUIVALENT_TO.ordinal())) != 0) {
			kinds.add(CoordinationKind.COMMON_TEXT);
		}
		for (int x : this.bodyLine[this.owner[a]]) {
			for (int y : this.bodyLine[this.owner[b]]) {
				int[] found = this.bodyPairLiaisons.get(PairKeys.unordered(x, y));
				if (found != null) {
					for (int liaison : found) {
						kinds.add(this.liaisonKinds[liaison]);
						liaisons.add(liaison);
					}
				}
			}
		}
		for (int[] pair : new int[][] { { a, b }, { b, a } }) {
			for (int liaison : this.declaredLiaisons[pair[0]]) {
				if (partyInLine(liaison, this.owner[pair[1]])) {
					kinds.add(CoordinationKind.WORK_PROGRAMME);
					liaisons.add(liaison);
				}
			}
		}
		return new Coordination(kinds, liaisons.stream().map((liaison) -> this.liaisonIds[liaison]).sorted().toList());
	}

	/** Whether a work-programme liaison field of item {@code a} names the owner of {@code b} or a body above it. */
	private boolean declared(int a, int b) {
		for (int liaison : this.declaredLiaisons[a]) {
			if (partyInLine(liaison, this.owner[b])) {
				return true;
			}
		}
		return false;
	}

	private boolean partyInLine(int liaison, int body) {
		for (int party : this.liaisonParties[liaison]) {
			if (contains(this.bodyLine[body], party)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(int[] values, int value) {
		for (int candidate : values) {
			if (candidate == value) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Building

	/** Numbers everything and computes the vectors and weights; the pairs are scored afterwards. */
	private static final class Builder {

		String[] bodyIds;

		int[] bodyParent;

		String[] bodyKinds;

		int[][] bodyLine;

		Map<String, Integer> bodyIndex = new HashMap<>();

		String[] topicIds;

		int[] topicParent;

		double[] topicWeight;

		Map<String, Integer> topicIndex = new HashMap<>();

		String[] topicNames;

		String[] itemIds;

		Map<String, Integer> itemIndex = new HashMap<>();

		int[] owner;

		String[] status;

		int[][] topicClosure;

		int[][] termIds;

		float[][] termWeights;

		String[] words;

		Map<Long, Integer> linkKinds = new HashMap<>();

		String[] liaisonIds;

		CoordinationKind[] liaisonKinds;

		Map<Long, int[]> bodyPairLiaisons = new HashMap<>();

		int[][] declaredLiaisons;

		int[][] liaisonParties;

		Builder(AnalysisCorpus corpus, TextAnalyzer analyzer) {
			bodies(corpus.bodies());
			topics(corpus.topics());
			List<AnalysisCorpus.Item> items = corpus.items()
				.stream()
				.filter((item) -> this.bodyIndex.containsKey(item.owner()))
				.sorted(Comparator.comparing(AnalysisCorpus.Item::id))
				.toList();
			items(items);
			topicWeights();
			terms(items, analyzer);
			links(corpus.links());
			liaisons(corpus.liaisons());
		}

		private void bodies(List<AnalysisCorpus.BodyRow> rows) {
			int n = rows.size();
			this.bodyIds = new String[n];
			this.bodyKinds = new String[n];
			this.bodyParent = new int[n];
			for (int i = 0; i < n; i++) {
				this.bodyIds[i] = rows.get(i).id();
				this.bodyKinds[i] = rows.get(i).kind();
				this.bodyIndex.put(rows.get(i).id(), i);
			}
			for (int i = 0; i < n; i++) {
				this.bodyParent[i] = index(this.bodyIndex, rows.get(i).parent());
			}
			this.bodyLine = new int[n][];
			for (int i = 0; i < n; i++) {
				this.bodyLine[i] = line(i, this.bodyParent);
			}
		}

		private void topics(List<AnalysisCorpus.TopicRow> rows) {
			int n = rows.size();
			this.topicIds = new String[n];
			this.topicNames = new String[n];
			this.topicParent = new int[n];
			for (int i = 0; i < n; i++) {
				this.topicIds[i] = rows.get(i).id();
				this.topicNames[i] = rows.get(i).name();
				this.topicIndex.put(rows.get(i).id(), i);
			}
			for (int i = 0; i < n; i++) {
				this.topicParent[i] = index(this.topicIndex, rows.get(i).parent());
			}
		}

		private void items(List<AnalysisCorpus.Item> items) {
			int n = items.size();
			this.itemIds = new String[n];
			this.owner = new int[n];
			this.status = new String[n];
			this.topicClosure = new int[n][];
			for (int i = 0; i < n; i++) {
				AnalysisCorpus.Item item = items.get(i);
				this.itemIds[i] = item.id();
				this.itemIndex.put(item.id(), i);
				this.owner[i] = this.bodyIndex.get(item.owner());
				this.status[i] = item.status();
				BitSet closure = new BitSet();
				for (String topic : item.topics()) {
					Integer t = this.topicIndex.get(topic);
					for (int up = t != null ? t : -1, guard = 0; up >= 0 && guard < 64; up = this.topicParent[up], guard++) {
						closure.set(up);
					}
				}
				this.topicClosure[i] = closure.stream().toArray();
			}
		}

		private void topicWeights() {
			int[] count = new int[this.topicIds.length];
			for (int[] closure : this.topicClosure) {
				for (int topic : closure) {
					count[topic]++;
				}
			}
			double n = this.itemIds.length;
			this.topicWeight = new double[this.topicIds.length];
			for (int t = 0; t < count.length; t++) {
				this.topicWeight[t] = Math.log((n + 1) / (count[t] + 1));
			}
		}

		private void terms(List<AnalysisCorpus.Item> items, TextAnalyzer analyzer) {
			Map<String, Integer> termIndex = new HashMap<>();
			List<Map<String, Integer>> surfaces = new ArrayList<>();
			List<int[]> counts = new ArrayList<>();
			int[] documentFrequency = new int[16];
			List<int[]> itemTerms = new ArrayList<>(items.size());
			List<int[]> itemCounts = new ArrayList<>(items.size());
			for (AnalysisCorpus.Item item : items) {
				Map<Integer, Integer> tf = new LinkedHashMap<>();
				// the title says what a work item is about more than its scope: it counts twice
				List<TextAnalyzer.Term> terms = new ArrayList<>(analyzer.terms(item.title()));
				terms.addAll(analyzer.terms(item.title()));
				terms.addAll(analyzer.terms(item.designation()));
				terms.addAll(analyzer.terms(item.scope()));
				for (TextAnalyzer.Term term : terms) {
					Integer id = termIndex.get(term.stem());
					if (id == null) {
						id = termIndex.size();
						termIndex.put(term.stem(), id);
						surfaces.add(new HashMap<>());
					}
					surfaces.get(id).merge(term.word(), 1, Integer::sum);
					tf.merge(id, 1, Integer::sum);
				}
				int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
				int[] tfs = Arrays.stream(ids).map(tf::get).toArray();
				for (int id : ids) {
					if (id >= documentFrequency.length) {
						documentFrequency = Arrays.copyOf(documentFrequency, Math.max(id + 1, documentFrequency.length * 2));
					}
					documentFrequency[id]++;
				}
				itemTerms.add(ids);
				itemCounts.add(tfs);
			}
			this.words = new String[termIndex.size()];
			for (int id = 0; id < this.words.length; id++) {
				this.words[id] = surfaces.get(id)
					.entrySet()
					.stream()
					.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
					.orElseThrow()
					.getKey();
			}
			int n = items.size();
			this.termIds = new int[n][];
			this.termWeights = new float[n][];
			for (int i = 0; i < n; i++) {
				int[] ids = itemTerms.get(i);
				int[] tfs = itemCounts.get(i);
				float[] weights = new float[ids.length];
				double norm = 0;
				for (int k = 0; k < ids.length; k++) {
					double df = documentFrequency[ids[k]];
					// BM25's idf: a term most items share weighs almost nothing
					double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
					double weight = (1 + Math.log(tfs[k])) * idf;
					weights[k] = (float) weight;
					norm += weight * weight;
				}
				norm = Math.sqrt(norm);
				for (int k = 0; k < weights.length; k++) {
					weights[k] = norm > 0 ? (float) (weights[k] / norm) : 0;
				}
				this.termIds[i] = ids;
				this.termWeights[i] = weights;
			}
		}

		private void links(List<AnalysisCorpus.Link> links) {
			for (AnalysisCorpus.Link link : links) {
				Integer a = this.itemIndex.get(link.from());
				Integer b = this.itemIndex.get(link.to());
				if (a == null || b == null || a.equals(b)) {
					continue;
				}
				int kind = WorkItemLinkKind.valueOf(link.kind()).ordinal();
				this.linkKinds.merge(PairKeys.unordered(a, b), 1 << kind, (x, y) -> x | y);
			}
		}

		private void liaisons(List<AnalysisCorpus.LiaisonRow> rows) {
			int n = rows.size();
			this.liaisonIds = new String[n];
			this.liaisonKinds = new CoordinationKind[n];
			this.liaisonParties = new int[n][];
			List<List<Integer>> declared = new ArrayList<>();
			for (int i = 0; i < this.itemIds.length; i++) {
				declared.add(null);
			}
			Map<Long, List<Integer>> byBodies = new HashMap<>();
			for (int i = 0; i < n; i++) {
				AnalysisCorpus.LiaisonRow row = rows.get(i);
				this.liaisonIds[i] = row.id();
				this.liaisonKinds[i] = CoordinationKind.ofLiaisonNote(row.note());
				int from = index(this.bodyIndex, row.from());
				int[] to = row.to().stream().mapToInt((id) -> index(this.bodyIndex, id)).filter((b) -> b >= 0).toArray();
				this.liaisonParties[i] = IntStream.concat(IntStream.of(from), IntStream.of(to)).filter((b) -> b >= 0).distinct().toArray();
				if (this.liaisonKinds[i] == CoordinationKind.WORK_PROGRAMME) {
					for (String concerned : row.concerns()) {
						Integer item = this.itemIndex.get(concerned);
						if (item != null) {
							if (declared.get(item) == null) {
								declared.set(item, new ArrayList<>());
							}
							declared.get(item).add(i);
						}
					}
				}
				else if (from >= 0) {
					for (int recipient : to) {
						if (recipient != from) {
							byBodies.computeIfAbsent(PairKeys.unordered(from, recipient), (key) -> new ArrayList<>()).add(i);
						}
					}
				}
			}
			byBodies.forEach((key, liaisons) -> this.bodyPairLiaisons.put(key, liaisons.stream().mapToInt(Integer::intValue).distinct().toArray()));
			this.declaredLiaisons = new int[this.itemIds.length][];
			for (int i = 0; i < this.itemIds.length; i++) {
				List<Integer> list = declared.get(i);
				this.declaredLiaisons[i] = list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
			}
		}

		private static int index(Map<String, Integer> index, String id) {
			if (id == null) {
				return -1;
			}
			Integer i = index.get(id);
			return i != null ? i : -1;
		}

		/** A node and its ancestors, nearest first; stops at a cycle (the import forbids them, a guard costs nothing). */
		private static int[] line(int node, int[] parent) {
			List<Integer> line = new ArrayList<>();
			for (int up = node; up >= 0 && !line.contains(up); up = parent[up]) {
				line.add(up);
			}
			return line.stream().mapToInt(Integer::intValue).toArray();
		}

	}

}
