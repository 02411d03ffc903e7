package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a liaison statement still counts as coordination: sent on or before {@code asOf} and no longer than
 * {@code maxAge} before it (default four years, one study period). A statement with no date counts: nothing shows it
 * is old. Statements sent after {@code asOf} do not exist yet as of that day.
 */
record CoordinationPolicy(LocalDate asOf, Period maxAge) {

	static final Period DEFAULT_MAX_AGE = Period.ofYears(4);

	static CoordinationPolicy asOf(LocalDate day) {
		return new CoordinationPolicy(day, DEFAULT_MAX_AGE);
	}

	boolean exists(LocalDate sentOn) {
		return sentOn == null || !sentOn.isAfter(this.asOf);
	}

	boolean current(LocalDate sentOn) {
		return sentOn == null || !sentOn.plus(this.maxAge).isBefore(this.asOf);
	}

}
