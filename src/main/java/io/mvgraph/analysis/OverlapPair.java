package io.mvgraph.analysis;

/** The identity of an overlap: the ids of its two work items, the smaller first. */
public record OverlapPair(String a, String b) {

	public OverlapPair {
		if (a.compareTo(b) > 0) {
			String swap = a;
			a = b;
			b = swap;
		}
	}

}
