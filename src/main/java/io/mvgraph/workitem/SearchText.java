package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mvgraph.api.ApiException;

/**
 * Turns what a user typed into a Lucene query that means just those words: every word becomes a quoted
 * phrase, so operators, wildcards, brackets, field names and unbalanced quotes are all taken literally and can
 * neither break the query nor widen it. Words are OR-ed; Lucene ranks the items that match more of them first.
 */
final class SearchText {

	static final int MAX_LENGTH = 500;

	private SearchText() {
	}

	static String toLuceneQuery(String text) {
		if (text == null || text.isBlank()) {
			throw ApiException.badRequest("text", "must contain at least one word");
		}
		if (text.length() > MAX_LENGTH) {
			throw ApiException.badRequest("text", "must be at most " + MAX_LENGTH + " characters");
		}
		List<String> phrases = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
				// inside a quoted phrase only the backslash and the quote itself are special
				String escaped = word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("\"", "\\\"");
				phrases.add('"' + escaped + '"');
			}
		}
		if (phrases.isEmpty()) {
			throw ApiException.badRequest("text", "must contain at least one word (letters or digits)");
		}
		return String.join(" ", phrases);
	}

}
