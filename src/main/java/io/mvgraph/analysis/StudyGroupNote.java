package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.List;

import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.workitem.WorkItem;

/**
 * A short note of the JCA-MV to one study group (ToR 7: progress reports and proposals to the study groups
 * concerned): the findings and liaison statements that concern its work, as of {@code until}. Written by the same
 * machinery as the report to TSAG.
 *
 * @param liaisonsToAnswer statements for action to the group, past their deadline and unanswered on {@code until}
 * @param awaitingReply the group's statements for action still awaiting an answer on {@code until}
 */
public record StudyGroupNote(LocalDate since, LocalDate until, Body body, ReportDocument document,
		List<Finding> findings, int findingsUnderReview, List<Liaison> liaisonsToAnswer, List<Liaison> awaitingReply,
		List<WorkItem> newWorkItems, List<WorkItem> publishedWorkItems) {

	public String markdown() {
		return this.document.markdown();
	}

	public String html() {
		return this.document.html();
	}

}
