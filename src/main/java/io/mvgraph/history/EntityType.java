package io.mvgraph.history;

/** The kinds of record whose changes the history keeps, each with its node label. */
public enum EntityType {

	BODY("Body"), TOPIC("Topic"), WORK_ITEM("WorkItem"), LIAISON("Liaison"), PERSON("Person"), MEETING("Meeting"),
	CONTRIBUTION("Contribution");

	private final String label;

	EntityType(String label) {
		this.label = label;
	}

	/** The node label, for Cypher (a constant, never user input). */
	public String label() {
		return this.label;
	}

}
