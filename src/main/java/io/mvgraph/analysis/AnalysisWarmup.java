package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.mvgraph.api.Warmup;

import org.springframework.stereotype.Component;

/** Builds the overlap model and compiles the plans of the gap, coverage and report queries after start. */
@Component
class AnalysisWarmup implements Warmup {

	private final OverlapService overlaps;

	private final GapService gaps;

	private final TsagReportService reports;

	AnalysisWarmup(OverlapService overlaps, GapService gaps, TsagReportService reports) {
		this.overlaps = overlaps;
		this.gaps = gaps;
		this.reports = reports;
	}

	@Override
	public void run() {
		this.overlaps.coordinationGaps(null, null, null, 20);
		this.overlaps.overlaps(null, null, null, 20);
		this.gaps.topicGaps(null);
		this.gaps.coverage(null, null);
		this.gaps.overdueLiaisons(null, null);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.reports.report(today.minusDays(90), today, 10);
	}

}
