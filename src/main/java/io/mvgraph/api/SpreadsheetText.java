package io.mvgraph.api;

/**
 * Text cells of files meant for spreadsheets, against formula injection (CSV injection, OWASP): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken as a formula
 * by Excel, LibreOffice or Google Sheets, so it is written with a single quote in front, which spreadsheets show
 * as text and do not evaluate. The one place that says so: the CSV export writes through {@link #escape}, and a
 * CSV import reads through {@link #unescape}, so that an exported file imports to the same values.
 * <p>
 * The xlsx files need no escaping: their cells are written as typed string cells, which are never evaluated.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** The text as a cell that cannot start a formula; null stays null. */
	public static String escape(String text) {
		return text != null && startsFormula(text) ? "'" + text : text;
	}

	/** The text {@link #escape} was given: a quote is taken off only where escape put one. */
	public static String unescape(String cell) {
		return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1))
				? cell.substring(1) : cell;
	}

	private static boolean startsFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| (first == '\'' && text.length() > 1 && startsFormula(text.substring(1)));
	}

}
