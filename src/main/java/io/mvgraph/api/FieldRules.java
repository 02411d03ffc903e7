package io.mvgraph.api;

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

	public static final int EMAIL_LENGTH = 254;

	public static final int CODE_LENGTH = 40;

	/** Agenda item numbers and contribution numbers: short labels ("7.2", "C-012"). */
	public static final int NUMBER_LENGTH = 40;

	/** One @, no spaces, a dot in the domain: a typo catcher, not RFC 5322 (the mail server has the last word). */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

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

	/**
	 * Text of a record. Blank means no visible character: spaces of any kind (no-break spaces too), zero-width and
	 * other format characters alone are blank. Control characters are refused: NUL and the other C0 controls, DEL
	 * and C1 (which covers terminal escape sequences, they start with ESC); long texts (descriptions, scopes,
	 * mandates, notes: {@code maxLength >= TEXT_LENGTH}) may hold line breaks (LF, CR: the reference data has CRLF)
	 * and tabs.
	 */
	public static String textProblem(String text, int maxLength) {
		boolean multiLine = maxLength >= TEXT_LENGTH;
		boolean visible = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
				return "must not contain control characters (U+" + String.format("%04X", (int) c) + " at position "
						+ i + (multiLine ? "); only line breaks and tabs are allowed" : ")");
			}
			visible = visible || isVisible(c);
		}
		if (!visible) {
			return "must not be blank";
		}
		if (text.length() > maxLength) {
			return "must be at most " + maxLength + " characters, was " + text.length();
		}
		return null;
	}

	private static boolean isVisible(char c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return false;
		}
		int type = Character.getType(c);
		// zero-width and joiner characters (U+200B-U+200F, U+2060, U+FEFF ...) are FORMAT; the fillers look blank too
		return type != Character.FORMAT && type != Character.CONTROL && c != '\u115F' && c != '\u1160'
				&& c != '\u3164' && c != '\uFFA0' && c != '\u2800';
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

	public static String emailProblem(String email) {
		if (email.length() > EMAIL_LENGTH) {
			return "must be at most " + EMAIL_LENGTH + " characters";
		}
		return EMAIL.matcher(email).matches() ? null : "'" + email + "' is not an e-mail address";
	}

	/** An ISO 3166-1 alpha-2 country code, upper case: SA, KR, CH. */
	public static String countryProblem(String country) {
		return COUNTRIES.contains(country) ? null
				: "must be an ISO 3166-1 alpha-2 country code in upper case (SA, KR, CH), was '" + country + "'";
	}

	/** A kind named by its users (a deadline kind): upper case, digits and '_', e.g. CONTRIBUTIONS. */
	public static String codeProblem(String code) {
		if (code.length() > CODE_LENGTH) {
			return "must be at most " + CODE_LENGTH + " characters";
		}
		return CODE.matcher(code).matches() ? null
				: "must be upper-case letters, digits and '_' (e.g. CONTRIBUTIONS), was '" + code + "'";
	}

	/**
	 * A liaison that asks for action or comments must say by when. Imports only warn (historic records often lack
	 * the date), mutations refuse.
	 */
	public static String deadlineProblem(String purpose, java.time.LocalDate deadline) {
		if (deadline == null && ("ACTION".equals(purpose) || "COMMENT".equals(purpose))) {
			return "is required for a liaison asking for " + purpose.toLowerCase(java.util.Locale.ROOT);
		}
		return null;
	}

}
