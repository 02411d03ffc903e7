package io.mvgraph.api;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Partial dates as spreadsheet cells: a real date cell holding the first day of the period, with a number format
 * that shows the period's precision ({@code yyyy}, {@code yyyy"-Q2"}, {@code yyyy-mm}, {@code yyyy-mm-dd}); so a
 * date sorts and filters as a date, and reads back as the precision it shows. The roadmap spreadsheet writes
 * through {@link #pattern}, the spreadsheet import reads through {@link #read}.
 */
public final class SpreadsheetDates {

	private SpreadsheetDates() {
	}

	/** The number format that shows this date to its precision. */
	public static String pattern(PartialDate date) {
		return switch (date.precision()) {
			case YEAR -> "yyyy";
			case QUARTER -> "yyyy\"-Q" + date.quarter() + "\"";
			case MONTH -> "yyyy-mm";
			case DAY -> "yyyy-mm-dd";
		};
	}

	/**
	 * The partial date a date cell shows: a quarter where its format names one ({@code "-Q"}), a day where it
	 * shows days, a month where it shows months, else a year. An editor who types a day into a month cell sees,
	 * and gets, the month.
	 */
	public static PartialDate read(LocalDate day, String format) {
		String shown = format == null ? "" : format.replaceAll("\"[^\"]*Q[^\"]*\"", "Q").toLowerCase(Locale.ROOT);
		if (shown.contains("q")) {
			return PartialDate.parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
		}
		if (shown.contains("d")) {
			return PartialDate.of(day);
		}
		if (shown.contains("m")) {
			return PartialDate.parse(day.toString().substring(0, 7));
		}
		return PartialDate.parse(Integer.toString(day.getYear()));
	}

}
