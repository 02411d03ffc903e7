package io.mvgraph.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the start-up spent its time on (the embedded Neo4j, the schema migrations, the reference data ...), as
 * each part reports it, for the one line of the start-up log that says where the seconds went.
 */
@Component
public class StartupParts {

	/** One part of the start-up and how long it took. */
	public record Part(String name, Duration took) {
	}

	private final List<Part> parts = new ArrayList<>();

	public synchronized void record(String name, Duration took) {
		this.parts.add(new Part(name, took));
	}

	public synchronized List<Part> parts() {
		return List.copyOf(this.parts);
	}

}
