package io.mvgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Blocking and scoring: never all pairs. Two work items become a candidate pair only when they share a block:
 * <ul>
 * <li>a <b>term block</b>: a term among the {@value #KEY_TERMS} heaviest of each item (rare words weigh most), shared
 * by at most {@value #MAX_BLOCK} items;</li>
 * <li>a <b>topic block</b>: a topic (or a topic above theirs) that at most {@value #MAX_BLOCK} items are about;</li>
 * <li>an explicit link between them.</li>
 * </ul>
 * A block larger than {@value #MAX_BLOCK} (a word or a root area most items share) gives no pairs of its own, so the
 * work per item is bounded and the whole grows with the number of items, not with its square. Pairs of one body or
 * of a body and a body above it are no overlaps and are dropped before scoring.
 */
final class CandidatePairs {

	static final int KEY_TERMS = 8;

	static final int MAX_BLOCK = 500;

	private final OverlapModel model;

	private final AtomicLong candidates = new AtomicLong();

	CandidatePairs(OverlapModel model) {
		this.model = model;
	}

	long candidates() {
		return this.candidates.get();
	}

	/** The ranked keys ({@link PairKeys#ranked}) of the pairs that score at least the floor, best first. */
	long[] scoreAll() {
		int n = this.model.itemIds.length;
		if (n >= PairKeys.MAX_ITEMS) {
			throw new IllegalStateException("Too many work items for the overlap model: " + n);
		}
		int[][] blocks = blocksOfItems();
		int[][] members = membersOfBlocks(blocks);
		int[][] linked = linkedItems(n);
		long[][] perItem = new long[n][];
		ThreadLocal<int[]> visited = ThreadLocal.withInitial(() -> new int[n]);
		IntStream.range(0, n)
			.parallel()
			.forEach((a) -> perItem[a] = pairsOf(a, blocks[a], members, linked[a], visited.get()));
		long[] all = Arrays.stream(perItem).flatMapToLong(Arrays::stream).toArray();
		Arrays.parallelSort(all);
		return all;
	}

	/**
	 * The blocks of each work item, numbered: term blocks first (a term's id), then topic blocks (the topic's id
	 * after all terms).
	 */
	private int[][] blocksOfItems() {
		int n = this.model.itemIds.length;
		int terms = this.model.words.length;
		int[] termFrequency = new int[terms];
		for (int[] ids : this.model.termIds) {
			for (int id : ids) {
				termFrequency[id]++;
			}
		}
		int[] topicFrequency = new int[this.model.topicIds.length];
		for (int[] closure : this.model.topicClosure) {
			for (int topic : closure) {
				topicFrequency[topic]++;
			}
		}
		int[][] blocks = new int[n][];
		for (int i = 0; i < n; i++) {
			int[] ids = this.model.termIds[i];
			float[] weights = this.model.termWeights[i];
			int[] keyTerms = IntStream.range(0, ids.length)
				.filter((k) -> termFrequency[ids[k]] >= 2 && termFrequency[ids[k]] <= MAX_BLOCK)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer k) -> -weights[k]).thenComparingInt((k) -> ids[k]))
				.limit(KEY_TERMS)
				.mapToInt((k) -> ids[k])
				.toArray();
			int[] topics = Arrays.stream(this.model.topicClosure[i])
				.filter((topic) -> topicFrequency[topic] >= 2 && topicFrequency[topic] <= MAX_BLOCK)
				.map((topic) -> terms + topic)
				.toArray();
			blocks[i] = IntStream.concat(IntStream.of(keyTerms), IntStream.of(topics)).toArray();
		}
		return blocks;
	}

	private int[][] membersOfBlocks(int[][] blocks) {
		int count = this.model.words.length + this.model.topicIds.length;
		int[] size = new int[count];
		for (int[] itemBlocks : blocks) {
			for (int block : itemBlocks) {
				size[block]++;
			}
		}
		int[][] members = new int[count][];
		for (int block = 0; block < count; block++) {
			members[block] = new int[size[block]];
		}
		int[] filled = new int[count];
		for (int item = 0; item < blocks.length; item++) {
			for (int block : blocks[item]) {
				members[block][filled[block]++] = item;
			}
		}
		return members;
	}

	private int[][] linkedItems(int n) {
		List<List<Integer>> linked = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			linked.add(new ArrayList<>());
		}
		for (long key : this.model.linkKinds.keySet()) {
			int x = (int) (key >>> 32);
			int y = (int) key;
			linked.get(x).add(y);
			linked.get(y).add(x);
		}
		int[][] result = new int[n][];
		for (int i = 0; i < n; i++) {
			result[i] = linked.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
		return result;
	}

	/** The pairs (a, b > a) of one work item that score at least the floor. */
	private long[] pairsOf(int a, int[] blocks, int[][] members, int[] linked, int[] visited) {
		long[] found = new long[8];
		int foundCount = 0;
		long tried = 0;
		for (int round = 0; round <= blocks.length; round++) {
			int[] others = round < blocks.length ? members[blocks[round]] : linked;
			for (int b : others) {
				// visited[b] == a + 1: b was already met through another block of a
				if (b <= a || visited[b] == a + 1) {
					continue;
				}
				visited[b] = a + 1;
				if (this.model.sameLine(this.model.owner[a], this.model.owner[b])) {
					continue;
				}
				tried++;
				double score = this.model.score(a, b).total();
				if (score >= OverlapScoring.FLOOR) {
					if (foundCount == found.length) {
						found = Arrays.copyOf(found, foundCount * 2);
					}
					found[foundCount++] = PairKeys.ranked(score, a, b);
				}
			}
		}
		this.candidates.addAndGet(tried);
		return Arrays.copyOf(found, foundCount);
	}

}
