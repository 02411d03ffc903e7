package io.mvgraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;

/**
 * The long fixed queries and every report query, from {@code cypher/queries/NAME.cypher}, each read once: the one
 * loader of {@code cypher/queries/} (README, "Cypher").
 */
public final class CypherQueries {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private CypherQueries() {
	}

	public static String get(String name) {
		return CACHE.computeIfAbsent(name, CypherQueries::read);
	}

	private static String read(String name) {
		try (InputStream input = new ClassPathResource("cypher/queries/" + name + ".cypher").getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing query cypher/queries/" + name + ".cypher", ex);
		}
	}

}
