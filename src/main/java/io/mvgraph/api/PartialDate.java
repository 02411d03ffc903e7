package io.mvgraph.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to the precision its source gives: a year ({@code 2025}), a quarter ({@code 2026-Q2}, for target
 * dates as the ITU-T work programme gives them), a month ({@code 2025-12}) or a day ({@code 2025-12-04}).
 * <p>
 * It is kept as given, never padded to a day, and written back exactly as it was read. Every comparison treats it
 * as the interval of days it names: {@code 2025-12} is 1 to 31 December 2025. The one rule used everywhere:
 * <ul>
 * <li>sorting: by the first day, then coarser before finer ({@code 2025} before {@code 2025-01} before
 * {@code 2025-01-01});</li>
 * <li>"on or before D": the interval ends on or before D ({@link #endsOnOrBefore});</li>
 * <li>"had begun by D": the interval starts on or before D ({@link #startsOnOrBefore});</li>
 * <li>a period filter matches when the intervals meet ({@link #meets}).</li>
 * </ul>
 */
public final class PartialDate implements Comparable<PartialDate> {

	/** How much of the date is known; declared coarse to fine, which is also the sort order at equal starts. */
	public enum Precision {
		YEAR, QUARTER, MONTH, DAY
	}

	private static final Pattern SYNTAX = Pattern
		.compile("(\\d{4})(?:-(?:Q(\\d)|(\\d{2})(?:-(\\d{2}))?))?");

	private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::start)
		.thenComparing(PartialDate::precision)
		.thenComparing(PartialDate::end);

	private final String text;

	private final Precision precision;

	private final LocalDate start;

	private final LocalDate end;

	private PartialDate(String text, Precision precision, LocalDate start, LocalDate end) {
		this.text = text;
		this.precision = precision;
		this.start = start;
		this.end = end;
	}

	/**
	 * Reads {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code YYYY-Qn}.
	 * @throws IllegalArgumentException with a message a user can act on ("month 13 is not 01-12")
	 */
	@JsonCreator
	public static PartialDate parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("a date is required");
		}
		Matcher m = SYNTAX.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a date: YYYY, YYYY-MM, YYYY-MM-DD or (target dates) YYYY-Qn");
		}
		int year = Integer.parseInt(m.group(1));
		if (year < FieldRules.MIN_YEAR || year > FieldRules.MAX_YEAR) {
			throw new IllegalArgumentException(
					"'" + text + "': year " + year + " is out of range " + FieldRules.MIN_YEAR + "-" + FieldRules.MAX_YEAR);
		}
		if (m.group(2) != null) {
			int quarter = Integer.parseInt(m.group(2));
			if (quarter < 1 || quarter > 4) {
				throw new IllegalArgumentException("'" + text + "': quarter Q" + quarter + " is not Q1-Q4");
			}
			LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
			return new PartialDate(text, Precision.QUARTER, first,
					first.plusMonths(3).minusDays(1));
		}
		if (m.group(3) == null) {
			return new PartialDate(text, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		int month = Integer.parseInt(m.group(3));
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("'" + text + "': month " + m.group(3) + " is not 01-12");
		}
		YearMonth yearMonth = YearMonth.of(year, month);
		if (m.group(4) == null) {
			return new PartialDate(text, Precision.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth());
		}
		int day = Integer.parseInt(m.group(4));
		if (day < 1 || day > yearMonth.lengthOfMonth()) {
			throw new IllegalArgumentException("'" + text + "': day " + m.group(4) + " does not exist in " + yearMonth);
		}
		LocalDate date = yearMonth.atDay(day);
		return new PartialDate(text, Precision.DAY, date, date);
	}

	/** The same as {@link #parse}, null for null. */
	public static PartialDate parseNullable(String text) {
		return text == null ? null : parse(text);
	}

	/** A whole day. */
	public static PartialDate of(LocalDate day) {
		return new PartialDate(day.toString(), Precision.DAY, day, day);
	}

	public Precision precision() {
		return this.precision;
	}

	public boolean isQuarter() {
		return this.precision == Precision.QUARTER;
	}

	/** The first day of the interval. */
	public LocalDate start() {
		return this.start;
	}

	/** The last day of the interval (inclusive). */
	public LocalDate end() {
		return this.end;
	}

	public int year() {
		return this.start.getYear();
	}

	/** The quarter (1-4) the interval starts in. */
	public int quarter() {
		return this.start.get(IsoFields.QUARTER_OF_YEAR);
	}

	/** "On or before D": the whole interval lies on or before {@code day}. */
	public boolean endsOnOrBefore(LocalDate day) {
		return !this.end.isAfter(day);
	}

	/** "Had begun by D": the interval starts on or before {@code day}. */
	public boolean startsOnOrBefore(LocalDate day) {
		return !this.start.isAfter(day);
	}

	/**
	 * A period filter: true when the interval and the period [from, until] share a day. Either bound may be null
	 * (open).
	 */
	public boolean meets(LocalDate from, LocalDate until) {
		return (from == null || !this.end.isBefore(from)) && (until == null || !this.start.isAfter(until));
	}

	/** True when this interval lies wholly before the other one starts (strictly earlier, no shared day). */
	public boolean isBefore(PartialDate other) {
		return this.end.isBefore(other.start);
	}

	@Override
	public int compareTo(PartialDate other) {
		return ORDER.compare(this, other);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PartialDate date && this.text.equals(date.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.text);
	}

	/** The date exactly as given. */
	@JsonValue
	@Override
	public String toString() {
		return this.text;
	}

}
