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

	final String[] bodyNames;

	final String[] bodyAcronyms;

	/** The coordination unit of each body, and the lines liaisons are matched along. */
	final CoordinationUnits units;

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

	/** What people call each work item: its designation, or its title where it has none. */
	final String[] itemLabels;

	/** The topics of each work item with all topics above them, sorted. */
	final int[][] topicClosure;

	final int[][] termIds;

	final float[][] termWeights;

	/** The word people see for each term (its most frequent form). */
	final String[] words;

	/** Link kinds between two work items, as a bit set of {@link WorkItemLinkKind} ordinals, keyed by the pair. */
	final Map<Long, Integer> linkKinds;

	/** The links between two work items as a human reads them ("a ADOPTS b"), keyed by the unordered pair. */
	final Map<Long, List<String[]>> linkEvidence;

	// liaisons
	final String[] liaisonIds;

	final CoordinationKind[] liaisonKinds;

	/** Liaison statements and agreements between two bodies, either direction, keyed by the unordered body pair. */
	final Map<Long, int[]> bodyPairLiaisons;

	/** Per work item, the work-programme liaison fields that concern it. */
	final int[][] declaredLiaisons;

	/** Sender, recipients and copies of each liaison. */
	final int[][] liaisonParties;

	final java.time.LocalDate[] liaisonSentOn;

	/** Standing agreements between two units, keyed by the unordered unit pair. */
	final Map<Long, int[]> unitPairAgreements;

	/** Statements from or to a hub (TSAG, a JCA) addressed or copied to both units, keyed by the unit pair. */
	final Map<Long, int[]> unitPairHubStatements;

	/** Per work item, the hub statements that concern it. */
	final int[][] hubConcerns;

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
		this.bodyNames = builder.bodyNames;
		this.bodyAcronyms = builder.bodyAcronyms;
		this.units = builder.units;
		this.topicIds = builder.topicIds;
		this.topicParent = builder.topicParent;
		this.topicWeight = builder.topicWeight;
		this.topicIndex = builder.topicIndex;
		this.topicNames = builder.topicNames;
		this.itemIds = builder.itemIds;
		this.itemIndex = builder.itemIndex;
		this.owner = builder.owner;
		this.status = builder.status;
		this.itemLabels = builder.itemLabels;
		this.topicClosure = builder.topicClosure;
		this.termIds = builder.termIds;
		this.termWeights = builder.termWeights;
		this.words = builder.words;
		this.linkKinds = builder.linkKinds;
		this.linkEvidence = builder.linkEvidence;
		this.liaisonIds = builder.liaisonIds;
		this.liaisonKinds = builder.liaisonKinds;
		this.bodyPairLiaisons = builder.bodyPairLiaisons;
		this.declaredLiaisons = builder.declaredLiaisons;
		this.liaisonParties = builder.liaisonParties;
		this.liaisonSentOn = builder.liaisonSentOn;
		this.unitPairAgreements = builder.unitPairAgreements;
		this.unitPairHubStatements = builder.unitPairHubStatements;
		this.hubConcerns = builder.hubConcerns;
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

	/** The coordination unit of the work item's owner. */
	int unitOf(int item) {
		return this.units.unit[this.owner[item]];
	}

	/** Whether the two work items belong to one coordination unit: an overlap inside it is not the JCA's business. */
	boolean internal(int a, int b) {
		return unitOf(a) == unitOf(b);
	}

	/** Whether a current channel coordinates the pair (the check of the gap filter). */
	boolean coordinated(int a, int b, CoordinationPolicy policy) {
		for (CoordinationChannel channel : channels(a, b, policy)) {
			if (channel.current()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Everything that coordinates the pair, current or not: links first (common text, adoption, lineage), then the
	 * liaisons by date, newest first. A liaison dated after {@code policy.asOf()} is left out.
	 */
	List<CoordinationChannel> channels(int a, int b, CoordinationPolicy policy) {
		List<CoordinationChannel> channels = new ArrayList<>();
		long itemPair = PairKeys.unordered(a, b);
		for (String[] link : this.linkEvidence.getOrDefault(itemPair, List.of())) {
			CoordinationKind kind = switch (link[1]) {
				case "EQUIVALENT_TO" -> CoordinationKind.COMMON_TEXT;
				case "ADOPTS" -> CoordinationKind.ADOPTION;
				case "CONTINUES", "SUPERSEDES" -> CoordinationKind.LINEAGE;
				default -> null;
			};
			if (kind != null) {
				channels.add(new CoordinationChannel(kind, true, null, List.of(), link[0] + " " + link[1] + " " + link[2]));
			}
		}
		Map<Integer, CoordinationKind> liaisons = new LinkedHashMap<>();
		for (int x : this.units.line[this.owner[a]]) {
			for (int y : this.units.line[this.owner[b]]) {
				for (int liaison : this.bodyPairLiaisons.getOrDefault(PairKeys.unordered(x, y), NONE)) {
					liaisons.putIfAbsent(liaison, CoordinationKind.LIAISON_STATEMENT);
				}
			}
		}
		long unitPair = PairKeys.unordered(unitOf(a), unitOf(b));
		for (int liaison : this.unitPairAgreements.getOrDefault(unitPair, NONE)) {
			liaisons.putIfAbsent(liaison, CoordinationKind.LIAISON_AGREEMENT);
		}
		for (int liaison : this.unitPairHubStatements.getOrDefault(unitPair, NONE)) {
			liaisons.putIfAbsent(liaison, CoordinationKind.HUB_STATEMENT);
		}
		for (int liaison : this.hubConcerns[a]) {
			if (contains(this.hubConcerns[b], liaison)) {
				liaisons.putIfAbsent(liaison, CoordinationKind.HUB_STATEMENT);
			}
		}
		for (int[] pair : new int[][] { { a, b }, { b, a } }) {
			for (int liaison : this.declaredLiaisons[pair[0]]) {
				if (partyInLine(liaison, this.owner[pair[1]])) {
					liaisons.putIfAbsent(liaison, CoordinationKind.WORK_PROGRAMME);
				}
			}
		}
		List<CoordinationChannel> dated = new ArrayList<>();
		liaisons.forEach((liaison, kind) -> {
			java.time.LocalDate on = this.liaisonSentOn[liaison];
			if (!policy.exists(on)) {
				return;
			}
			// standing agreements and work-programme declarations do not age: they hold until withdrawn
			boolean current = kind == CoordinationKind.LIAISON_AGREEMENT || kind == CoordinationKind.WORK_PROGRAMME
					|| policy.current(on);
			dated.add(new CoordinationChannel(kind, current, on, List.of(this.liaisonIds[liaison]), describe(liaison)));
		});
		dated.sort(Comparator.comparing((CoordinationChannel channel) -> channel.on(),
				Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing((channel) -> channel.liaisonIds().get(0)));
		channels.addAll(dated);
		return channels;
	}

	private static final int[] NONE = new int[0];

	/** "ls-x (2023-01-10): itu-t-tsag to ietf, itu-t-sg13": the liaison and its parties. */
	private String describe(int liaison) {
		int[] parties = this.liaisonParties[liaison];
		StringBuilder text = new StringBuilder(this.liaisonIds[liaison]);
		if (this.liaisonSentOn[liaison] != null) {
			text.append(" (").append(this.liaisonSentOn[liaison]).append(')');
		}
		if (parties.length > 0) {
			text.append(": ").append(this.bodyIds[parties[0]]);
			if (parties.length > 1) {
				text.append(" to ");
				for (int i = 1; i < parties.length; i++) {
					text.append(i > 1 ? ", " : "").append(this.bodyIds[parties[i]]);
				}
			}
		}
		return text.toString();
	}

	/** What coordinates the pair (current channels only), and the liaisons behind them. */
	record Coordination(Set<CoordinationKind> kinds, List<String> liaisonIds, List<CoordinationChannel> channels) {

		boolean coordinated() {
			return !this.kinds.isEmpty();
		}

	}

	Coordination coordination(int a, int b, CoordinationPolicy policy) {
		List<CoordinationChannel> channels = channels(a, b, policy);
		Set<CoordinationKind> kinds = EnumSet.noneOf(CoordinationKind.class);
		Set<String> liaisons = new TreeSet<>();
		for (CoordinationChannel channel : channels) {
			if (channel.current()) {
				kinds.add(channel.kind());
				liaisons.addAll(channel.liaisonIds());
			}
		}
		return new Coordination(kinds, List.copyOf(liaisons), channels);
	}

	private boolean partyInLine(int liaison, int body) {
		for (int party : this.liaisonParties[liaison]) {
			if (contains(this.units.line[body], party) || contains(this.units.line[body], this.units.latest(party))) {
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

		String[] bodyNames;

		String[] bodyAcronyms;

		CoordinationUnits units;

		String[] topicIds;

		int[] topicParent;

		double[] topicWeight;

		Map<String, Integer> topicIndex = new HashMap<>();

		String[] topicNames;

		String[] itemIds;

		Map<String, Integer> itemIndex = new HashMap<>();

		int[] owner;

		String[] status;

		String[] itemLabels;

		int[][] topicClosure;

		int[][] termIds;

		float[][] termWeights;

		String[] words;

		Map<Long, Integer> linkKinds = new HashMap<>();

		Map<Long, List<String[]>> linkEvidence = new HashMap<>();

		String[] liaisonIds;

		CoordinationKind[] liaisonKinds;

		Map<Long, int[]> bodyPairLiaisons = new HashMap<>();

		int[][] declaredLiaisons;

		int[][] liaisonParties;

		java.time.LocalDate[] liaisonSentOn;

		Map<Long, int[]> unitPairAgreements = new HashMap<>();

		Map<Long, int[]> unitPairHubStatements = new HashMap<>();

		int[][] hubConcerns;

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
			this.bodyNames = new String[n];
			this.bodyAcronyms = new String[n];
			String[] activeUntil = new String[n];
			int[] successor = new int[n];
			int[] override = new int[n];
			for (int i = 0; i < n; i++) {
				AnalysisCorpus.BodyRow row = rows.get(i);
				this.bodyNames[i] = row.name();
				this.bodyAcronyms[i] = row.acronym();
				activeUntil[i] = row.activeUntil();
				successor[i] = index(this.bodyIndex, row.succeededBy());
				override[i] = index(this.bodyIndex, row.coordinationUnit());
			}
			this.units = new CoordinationUnits(this.bodyIds, this.bodyParent, this.bodyKinds, this.bodyNames,
					this.bodyAcronyms, activeUntil, successor, override, this.bodyLine);
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
			this.itemLabels = new String[n];
			this.topicClosure = new int[n][];
			for (int i = 0; i < n; i++) {
				AnalysisCorpus.Item item = items.get(i);
				this.itemIds[i] = item.id();
				this.itemIndex.put(item.id(), i);
				this.owner[i] = this.bodyIndex.get(item.owner());
				this.status[i] = item.status();
				this.itemLabels[i] = item.designation() != null && !item.designation().isBlank() ? item.designation()
						: item.title();
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
				WorkItemLinkKind kind;
				try {
					kind = WorkItemLinkKind.valueOf(link.kind());
				}
				catch (IllegalArgumentException ex) {
					// a kind this version does not know (a newer graph): no score, no channel
					continue;
				}
				this.linkKinds.merge(PairKeys.unordered(a, b), 1 << kind.ordinal(), (x, y) -> x | y);
				this.linkEvidence.computeIfAbsent(PairKeys.unordered(a, b), (key) -> new ArrayList<>())
					.add(new String[] { link.from(), kind.name(), link.to() });
			}
		}

		private void liaisons(List<AnalysisCorpus.LiaisonRow> rows) {
			int n = rows.size();
			this.liaisonIds = new String[n];
			this.liaisonKinds = new CoordinationKind[n];
			this.liaisonParties = new int[n][];
			this.liaisonSentOn = new java.time.LocalDate[n];
			List<List<Integer>> declared = new ArrayList<>();
			List<List<Integer>> hubConcerned = new ArrayList<>();
			for (int i = 0; i < this.itemIds.length; i++) {
				declared.add(new ArrayList<>());
				hubConcerned.add(new ArrayList<>());
			}
			Map<Long, List<Integer>> byBodies = new HashMap<>();
			Map<Long, List<Integer>> agreements = new HashMap<>();
			Map<Long, List<Integer>> hubs = new HashMap<>();
			int[] unit = this.units.unit;
			for (int i = 0; i < n; i++) {
				AnalysisCorpus.LiaisonRow row = rows.get(i);
				this.liaisonIds[i] = row.id();
				this.liaisonKinds[i] = CoordinationKind.ofLiaison(row.kind(), row.note());
				this.liaisonSentOn[i] = row.sentOn();
				int from = index(this.bodyIndex, row.from());
				int[] to = row.to().stream().mapToInt((id) -> index(this.bodyIndex, id)).filter((b) -> b >= 0).toArray();
				int[] cc = (row.cc() == null ? List.<String>of() : row.cc()).stream()
					.mapToInt((id) -> index(this.bodyIndex, id))
					.filter((b) -> b >= 0)
					.toArray();
				int[] recipients = IntStream.concat(IntStream.of(to), IntStream.of(cc)).distinct().toArray();
				this.liaisonParties[i] = IntStream.concat(IntStream.of(from), IntStream.of(recipients))
					.filter((b) -> b >= 0)
					.distinct()
					.toArray();
				int[] concerned = row.concerns().stream().map(this.itemIndex::get).filter(java.util.Objects::nonNull)
					.mapToInt(Integer::intValue).distinct().toArray();
				switch (this.liaisonKinds[i]) {
					case WORK_PROGRAMME -> {
						for (int item : concerned) {
							declared.get(item).add(i);
						}
					}
					case LIAISON_AGREEMENT -> {
						// a standing agreement binds the whole units
						if (from >= 0) {
							for (int recipient : recipients) {
								if (unit[recipient] != unit[from]) {
									agreements.computeIfAbsent(PairKeys.unordered(unit[from], unit[recipient]),
											(key) -> new ArrayList<>()).add(i);
								}
							}
						}
					}
					default -> {
						if (from >= 0) {
							for (int recipient : recipients) {
								if (recipient == from) {
									continue;
								}
								// a statement to a body that was succeeded is the successor's business too
								for (int x : new int[] { from, this.units.latest(from) }) {
									for (int y : new int[] { recipient, this.units.latest(recipient) }) {
										if (x != y) {
											byBodies.computeIfAbsent(PairKeys.unordered(x, y), (key) -> new ArrayList<>()).add(i);
										}
									}
								}
							}
						}
						boolean hub = false;
						for (int party : this.liaisonParties[i]) {
							hub |= this.units.hub[party];
						}
						if (hub) {
							int[] partyUnits = IntStream.of(this.liaisonParties[i])
								.filter((party) -> !this.units.hub[party])
								.map((party) -> unit[party])
								.distinct()
								.sorted()
								.toArray();
							for (int x = 0; x < partyUnits.length; x++) {
								for (int y = x + 1; y < partyUnits.length; y++) {
									hubs.computeIfAbsent(PairKeys.unordered(partyUnits[x], partyUnits[y]),
											(key) -> new ArrayList<>()).add(i);
								}
							}
							for (int item : concerned) {
								hubConcerned.get(item).add(i);
							}
						}
					}
				}
			}
			byBodies.forEach((key, liaisons) -> this.bodyPairLiaisons.put(key, distinct(liaisons)));
			agreements.forEach((key, liaisons) -> this.unitPairAgreements.put(key, distinct(liaisons)));
			hubs.forEach((key, liaisons) -> this.unitPairHubStatements.put(key, distinct(liaisons)));
			this.declaredLiaisons = new int[this.itemIds.length][];
			this.hubConcerns = new int[this.itemIds.length][];
			for (int i = 0; i < this.itemIds.length; i++) {
				this.declaredLiaisons[i] = distinct(declared.get(i));
				this.hubConcerns[i] = distinct(hubConcerned.get(i));
			}
		}

		private static int[] distinct(List<Integer> values) {
			return values.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
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
