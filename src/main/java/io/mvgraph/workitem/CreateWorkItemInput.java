package io.mvgraph.workitem;

import io.mvgraph.api.PartialDate;
import java.util.List;

record CreateWorkItemInput(String id, String designation, String title, String scope, WorkItemStatus status,
		String owner, List<String> topics, List<WorkItemLinkInput> links, PartialDate startDate, PartialDate publishedDate,
		PartialDate targetDate, Integer year, String url, String source, String confidence, String note) {

	WorkItemRecord toRecord() {
		List<WorkItemRecord.Link> linkRecords = this.links == null ? List.of()
				: this.links.stream().map(WorkItemLinkInput::toRecord).toList();
		return new WorkItemRecord(this.id, this.designation, this.title, this.scope, this.status, this.owner,
				this.topics, linkRecords, this.startDate, this.publishedDate, this.targetDate, this.year, this.url,
				this.source, this.confidence, this.note);
	}

	record WorkItemLinkInput(String to, WorkItemLinkKind kind) {

		WorkItemRecord.Link toRecord() {
			return new WorkItemRecord.Link(this.to, this.kind);
		}

	}

}
