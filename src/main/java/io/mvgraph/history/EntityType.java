package io.mvgraph.history;

/** The kinds of record whose changes the history keeps, each with its node label. */
public enum EntityType {

	BODY("Body", "body"), TOPIC("Topic", "topic"), WORK_ITEM("WorkItem", "work item"), LIAISON("Liaison", "liaison"),
	PERSON("Person", "person"), MEETING("Meeting", "meeting"), CONTRIBUTION("Contribution", "contribution"),
	OVERLAP_REVIEW("OverlapReview", "overlap review"), FINDING("Finding", "finding");

	private final String label;

	private final String noun;

	EntityType(String label, String noun) {
		this.label = label;
		this.noun = noun;
	}

	/** The node label, for Cypher (a constant, never user input). */
	public String label() {
		return this.label;
	}

	/** What a reader calls it, for messages: "work item". */
	public String noun() {
		return this.noun;
	}

}
