package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.List;

import io.mvgraph.liaison.Liaison;
import io.mvgraph.meeting.Meeting;
import io.mvgraph.workitem.WorkItem;

/**
 * The report to TSAG for a period (or for a meeting: {@code meeting} set), as of the period's end: the document
 * (the one source of Markdown, HTML and docx) and the data it was written from. Work items are as they stood on
 * {@code until} (status and dates of that day).
 *
 * @param newWorkItems added to the roadmap in the period (started in it, or created in it where no start is known)
 * @param publishedWorkItems published in the period
 * @param changedWorkItems changed through the service in the period, not new in it
 * @param overdueLiaisons statements for action to the JCA-MV, TSAG or an ITU-T group, past their deadline and
 * unanswered on {@code until}: what the ITU-T side owes
 * @param awaitingReply statements for action of the ITU-T side to others, unanswered on {@code until} (informative)
 * @param confirmedFindings findings CONFIRMED or REPORTED, for section 5
 * @param findingsUnderReview findings still OPEN whose work items all existed on {@code until}
 */
public record TsagReport(LocalDate since, LocalDate until, Meeting meeting, ReportDocument document,
		List<WorkItem> newWorkItems, List<WorkItem> publishedWorkItems, List<WorkItemChange> changedWorkItems,
		List<Liaison> overdueLiaisons, List<Liaison> awaitingReply, List<Finding> confirmedFindings,
		int findingsUnderReview) {

	public String markdown() {
		return this.document.markdown();
	}

	public String html() {
		return this.document.html();
	}

}
