package io.mvgraph.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@ParameterizedTest
	@CsvSource({ "2025, YEAR, 2025-01-01, 2025-12-31", "2026-Q2, QUARTER, 2026-04-01, 2026-06-30",
			"2027-Q4, QUARTER, 2027-10-01, 2027-12-31", "2024-02, MONTH, 2024-02-01, 2024-02-29",
			"2025-12, MONTH, 2025-12-01, 2025-12-31", "2025-10-09, DAY, 2025-10-09, 2025-10-09" })
	void shouldNameTheIntervalOfItsPrecision(String text, PartialDate.Precision precision, LocalDate start,
			LocalDate end) {
		PartialDate date = PartialDate.parse(text);
		assertThat(date.precision()).isEqualTo(precision);
		assertThat(date.start()).isEqualTo(start);
		assertThat(date.end()).isEqualTo(end);
		assertThat(date).hasToString(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "25", "2025-1", "2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-02-30",
			"2025-12-1", "2025/12", "1850", "2025-12-01T10:00", " 2025", "2025-q1" })
	void shouldRefuseWhatIsNotAPartialDate(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text));
	}

	@Test
	void shouldSayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-13"))
			.withMessage("'2025-13': month 13 is not 01-12");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-02-30"))
			.withMessage("'2025-02-30': day 30 does not exist in 2025-02");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-Q5"))
			.withMessage("'2025-Q5': quarter Q5 is not Q1-Q4");
	}

	@Test
	void shouldSortByStartThenCoarserFirst() {
		List<PartialDate> dates = new ArrayList<>(List.of("2025-01-01", "2025-Q1", "2024-12-31", "2025", "2025-01",
				"2025-02", "2025-Q2").stream().map(PartialDate::parse).toList());
		Collections.shuffle(dates, new java.util.Random(7));
		Collections.sort(dates);
		assertThat(dates).map(PartialDate::toString)
			.containsExactly("2024-12-31", "2025", "2025-Q1", "2025-01", "2025-01-01", "2025-02", "2025-Q2");
	}

	@ParameterizedTest
	@CsvSource({ "2025, 2025-12-30, false", "2025, 2025-12-31, true", "2025-Q4, 2025-12-31, true",
			"2025-Q4, 2025-11-30, false", "2025-10, 2025-10-09, false", "2025-10, 2025-10-31, true",
			"2025-10-09, 2025-10-09, true", "2025-10-10, 2025-10-09, false" })
	void shouldBeOnOrBeforeADayOnlyWhenItsIntervalEndsByThen(String text, LocalDate day, boolean expected) {
		assertThat(PartialDate.parse(text).endsOnOrBefore(day)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2025, 2025-06-01, 2025-06-30, true", "2024, 2025-01-01, 2025-12-31, false",
			"2025-Q2, 2025-06-30, 2025-07-15, true", "2025-Q2, 2025-07-01, 2025-07-15, false",
			"2025-10, 2025-10-09, 2025-10-09, true", "2025-10-08, 2025-10-09, 2025-12-31, false",
			"2025-10-09, 2025-10-09, 2025-12-31, true", "2026-03, , 2026-03-01, true", "2026-03, 2026-04-01, , false" })
	void shouldMatchAPeriodWhenTheIntervalsMeet(String text, LocalDate from, LocalDate until, boolean expected) {
		assertThat(PartialDate.parse(text).meets(from, until)).isEqualTo(expected);
	}

	@Test
	void shouldBeEqualOnlyToTheSameText() {
		assertThat(PartialDate.parse("2025-10")).isEqualTo(PartialDate.parse("2025-10"))
			.isNotEqualTo(PartialDate.parse("2025-10-01"));
		assertThat(PartialDate.of(LocalDate.of(2025, 10, 9))).isEqualTo(PartialDate.parse("2025-10-09"));
	}

}
