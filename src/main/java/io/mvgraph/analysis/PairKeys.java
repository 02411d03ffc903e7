package io.mvgraph.analysis;

/**
 * Packs pairs of numbered work items (or bodies) into longs. An unordered key names a pair; a ranked key also
 * carries its score so that sorting the keys ascending lists the pairs best first, then by the ids of a and b.
 */
final class PairKeys {

	/** Scores are kept to six decimals: enough for ranking and far more than anyone reads. */
	static final int SCALE = 1_000_000;

	private static final int ITEM_BITS = 21;

	private static final long ITEM_MASK = (1L << ITEM_BITS) - 1;

	/** The most work items a model can number. */
	static final int MAX_ITEMS = 1 << ITEM_BITS;

	private PairKeys() {
	}

	static long unordered(int x, int y) {
		int low = Math.min(x, y);
		int high = Math.max(x, y);
		return ((long) low << 32) | high;
	}

	/** Requires {@code a < b}. */
	static long ranked(double score, int a, int b) {
		long quantized = Math.round(Math.max(0, Math.min(1, score)) * SCALE);
		return ((SCALE - quantized) << (2 * ITEM_BITS)) | ((long) a << ITEM_BITS) | b;
	}

	static double score(long ranked) {
		return (SCALE - (ranked >>> (2 * ITEM_BITS))) / (double) SCALE;
	}

	static int a(long ranked) {
		return (int) ((ranked >>> ITEM_BITS) & ITEM_MASK);
	}

	static int b(long ranked) {
		return (int) (ranked & ITEM_MASK);
	}

}
