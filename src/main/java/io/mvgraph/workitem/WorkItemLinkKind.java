package io.mvgraph.workitem;

/** The kinds of link between two work items; each is a relationship type of the same name. */
public enum WorkItemLinkKind {

	/** Common text: the same document published by two bodies (symmetric: one link, from either end). */
	EQUIVALENT_TO,
	/** This item adopts or transposes the other's text (ISO/IEC 12113 adopts glTF 2.0). */
	ADOPTS,
	/** This item carries the other's work on in another body (an FG-MV deliverable continued as a Recommendation). */
	CONTINUES,
	/** One cites the other normatively or informatively. */
	REFERENCES,
	/** One replaces the other. */
	SUPERSEDES,
	/** The sources relate the two without saying more (symmetric: one link, from either end). */
	RELATED_TO;

	/** The relationship-type pattern that matches every link, for Cypher. */
	public static final String ALL = "EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO";

	/** Whether the link reads the same from both ends: stored once, shown from both. */
	public boolean symmetric() {
		return this == EQUIVALENT_TO || this == RELATED_TO;
	}

}
