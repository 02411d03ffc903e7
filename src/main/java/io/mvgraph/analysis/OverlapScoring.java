package io.mvgraph.analysis;

import io.mvgraph.workitem.WorkItemLinkKind;

/**
 * The overlap score of two work items, in [0, 1] (README, "How overlaps are scored"):
 *
 * <pre>
 * base  = 0.25 x topics + 0.75 x text
 * score = 1 - (1 - base) x (1 - link)
 * </pre>
 *
 * where {@code topics} is the weighted Jaccard similarity of the two items' topics with all topics above them, each
 * topic weighted by its specificity (information content), {@code text} the cosine of their TF-IDF vectors, and
 * {@code link} what an explicit link between them adds: 1 for EQUIVALENT_TO and ADOPTS (one text), 0.5 for SUPERSEDES
 * and CONTINUES, 0.4 for
 * RELATED_TO, 0.3 for REFERENCES (the strongest link counts). A link never lowers the score, and a pair without
 * shared words or an explicit link cannot reach the default threshold of 0.3 (topics alone give at most 0.25).
 */
final class OverlapScoring {

	static final double TOPIC_WEIGHT = 0.25;

	static final double TEXT_WEIGHT = 0.75;

	/** The default of {@code minScore}. */
	static final double DEFAULT_MIN_SCORE = 0.3;

	/** The lowest {@code minScore} accepted: the model keeps the pairs from here up. */
	static final double FLOOR = 0.15;

	private OverlapScoring() {
	}

	record Score(double topic, double text, double link, double total) {
	}

	static double linkBoost(int kinds) {
		double boost = 0;
		for (WorkItemLinkKind kind : WorkItemLinkKind.values()) {
			if ((kinds & (1 << kind.ordinal())) != 0) {
				boost = Math.max(boost, linkBoost(kind));
			}
		}
		return boost;
	}

	static double linkBoost(WorkItemLinkKind kind) {
		return switch (kind) {
			// adoption is one text under two designations, like common text; a continuation carries the work on
			case EQUIVALENT_TO, ADOPTS -> 1.0;
			case SUPERSEDES, CONTINUES -> 0.5;
			case RELATED_TO -> 0.4;
			case REFERENCES -> 0.3;
		};
	}

	static Score combine(double topic, double text, int linkKinds) {
		double base = TOPIC_WEIGHT * topic + TEXT_WEIGHT * text;
		double link = linkBoost(linkKinds);
		double total = 1 - (1 - base) * (1 - link);
		return new Score(topic, text, link, Math.max(0, Math.min(1, total)));
	}

	/**
	 * How urgently an overlap needs attention: its score, lowered when the work is done. Duplicated work still in
	 * progress (PROPOSED, UNDER_DEVELOPMENT) can be stopped or merged; two published texts can only be aligned.
	 * Factor 1 when both are in progress, 0.85 when one is, 0.6 when neither is.
	 */
	static double severity(double score, String statusA, String statusB) {
		int inProgress = (inProgress(statusA) ? 1 : 0) + (inProgress(statusB) ? 1 : 0);
		double factor = switch (inProgress) {
			case 2 -> 1.0;
			case 1 -> 0.85;
			default -> 0.6;
		};
		return score * factor;
	}

	private static boolean inProgress(String status) {
		return "PROPOSED".equals(status) || "UNDER_DEVELOPMENT".equals(status);
	}

}
