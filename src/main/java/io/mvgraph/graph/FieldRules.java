package io.mvgraph.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every record obeys, whether it comes from an import file or a mutation: one place, so that the two
 * can never disagree. Each check returns the reason a value is wrong, or null when it is fine.
 */
public final class FieldRules {

	public static final int ID_LENGTH = 100;

	public static final int NAME_LENGTH = 300;

	public static final int TITLE_LENGTH = 1000;

	public static final int TEXT_LENGTH = 20_000;

	public static final int URL_LENGTH = 2000;

	public static final int MIN_YEAR = 1900;

	public static final int MAX_YEAR = 2100;

	public static final List<String> CONFIDENCE = List.of("high", "low");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-._][a-z0-9]+)*");

	private FieldRules() {
	}

	public static String idProblem(String id) {
		if (id == null || id.isEmpty()) {
			return "must not be empty";
		}
		if (id.length() > ID_LENGTH) {
			return "must be at most " + ID_LENGTH + " characters";
		}
		if (!ID.matcher(id).matches()) {
			return "'" + id + "' is not a valid id: lower-case letters and digits, joined by single '-', '.' or '_'";
		}
		return null;
	}

	public static String textProblem(String text, int maxLength) {
		if (text.isBlank()) {
			return "must not be blank";
		}
		if (text.length() > maxLength) {
			return "must be at most " + maxLength + " characters, was " + text.length();
		}
		return null;
	}

	public static String urlProblem(String url) {
		try {
			URI uri = new URI(url);
			if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
					|| uri.getHost() == null) {
				return "must be an absolute http or https URL, was '" + url + "'";
			}
			return null;
		}
		catch (URISyntaxException ex) {
			return "must be an absolute http or https URL, was '" + url + "'";
		}
	}

}
