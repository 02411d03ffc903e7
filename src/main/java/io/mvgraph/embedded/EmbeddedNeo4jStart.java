package io.mvgraph.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The embedded Neo4j, starting on a thread of its own while Spring builds the rest of the service: opening the
 * store and loading Neo4j's classes take seconds that the GraphQL schema, security and the web layer can use on
 * the other core. Whoever needs the database itself waits for it with {@link #await()}; the data directory is
 * known at once.
 */
public final class EmbeddedNeo4jStart {

	private final EmbeddedNeo4jProperties properties;

	private final CompletableFuture<EmbeddedNeo4j> started = new CompletableFuture<>();

	private EmbeddedNeo4jStart(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
	}

	/** A start begun before the beans ({@link EmbeddedNeo4jEarlyStart}), waiting for the bean to adopt it. */
	private static EmbeddedNeo4jStart early;

	static synchronized void beginEarly(EmbeddedNeo4jProperties properties) {
		if (early == null) {
			early = start(properties);
		}
	}

	/** Stops a start begun early that no bean adopted (the context failed first). */
	static void stopUnadopted() {
		EmbeddedNeo4jStart unadopted;
		synchronized (EmbeddedNeo4jStart.class) {
			unadopted = early;
			early = null;
		}
		if (unadopted != null) {
			unadopted.stop();
		}
	}

	/** The start begun early for these very properties, or a new one. */
	static EmbeddedNeo4jStart begin(EmbeddedNeo4jProperties properties) {
		EmbeddedNeo4jStart adopted;
		synchronized (EmbeddedNeo4jStart.class) {
			adopted = early;
			early = null;
		}
		if (adopted != null) {
			if (adopted.properties.equals(properties)) {
				return adopted;
			}
			adopted.stop(); // configured otherwise by then: not the database this context wants
		}
		return start(properties);
	}

	private static EmbeddedNeo4jStart start(EmbeddedNeo4jProperties properties) {
		EmbeddedNeo4jStart start = new EmbeddedNeo4jStart(properties);
		Thread thread = new Thread(() -> {
			try {
				start.started.complete(EmbeddedNeo4j.start(properties));
			}
			catch (Throwable ex) {
				start.started.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		thread.start();
		return start;
	}

	public EmbeddedNeo4jProperties properties() {
		return this.properties;
	}

	/** The running Neo4j; blocks until it has started, and fails the way its start failed. */
	public EmbeddedNeo4j await() {
		try {
			return this.started.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded Neo4j was starting", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The embedded Neo4j did not start", cause);
		}
	}

	/** Stops the database once it has started (a start still under way is waited for first). */
	void stop() {
		EmbeddedNeo4j neo4j;
		try {
			neo4j = await();
		}
		catch (RuntimeException | Error ex) {
			return; // it never ran: nothing to stop
		}
		neo4j.stop();
	}

}
