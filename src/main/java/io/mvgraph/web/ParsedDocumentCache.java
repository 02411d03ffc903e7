package io.mvgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated query documents, by their text, so that a dashboard or client asking the same query again
 * skips parsing and validation (a noticeable share of a small request). Only documents without errors are kept (an
 * invalid one is checked again each time, its messages in the asker's locale); the depth and cost limits run at
 * execution and still apply to every request. Bounded: the least recently used goes first.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final Map<String, PreparsedDocumentEntry> entries;

	ParsedDocumentCache(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry entry;
		synchronized (this.entries) {
			entry = this.entries.get(query);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(query, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

}
