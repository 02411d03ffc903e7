package io.mvgraph.api;

/**
 * A read a feature runs once after start-up, so that Neo4j compiles its query plans before the first user asks
 * (the first run of a query costs seconds).
 */
@FunctionalInterface
public interface Warmup {

	void run();

}
