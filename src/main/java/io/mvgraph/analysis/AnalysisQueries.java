package io.mvgraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;

/** The long read queries of the analysis, from {@code cypher/queries/NAME.cypher}, each read once. */
final class AnalysisQueries {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private AnalysisQueries() {
	}

	static String get(String name) {
		return CACHE.computeIfAbsent(name, AnalysisQueries::read);
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
