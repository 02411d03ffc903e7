package io.mvgraph.workitem;

/** The kinds of link between two work items; each is a relationship type of the same name. */
public enum WorkItemLinkKind {

	/** Common text: the same document published by two bodies. */
	EQUIVALENT_TO,
	/** This item adopts or transposes the other's text (data-set format v2). */
	ADOPTS,
	/** This item carries the other's work on in another body (data-set format v2). */
	CONTINUES,
	/** One cites the other normatively or informatively. */
	REFERENCES,
	/** One replaces the other. */
	SUPERSEDES,
	/** The sources relate the two without saying more. */
	RELATED_TO;

	/** The relationship-type pattern that matches every link, for Cypher. */
	public static final String ALL = "EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO";

}
