package io.mvgraph.dataset;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.workitem.WorkItemLinkKind;
import io.mvgraph.workitem.WorkItemStatus;

/** A work item as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkItemRecord(String id, String designation, String title, String scope, WorkItemStatus status,
		String owner, List<String> topics, List<Link> links, LocalDate startDate, LocalDate publishedDate,
		LocalDate targetDate, Integer year, String url, String source, String confidence, String note)
		implements DatasetRecord {

	public WorkItemRecord {
		topics = topics != null ? List.copyOf(topics) : List.of();
		links = links != null ? List.copyOf(links) : List.of();
	}

	public record Link(String to, WorkItemLinkKind kind) {
	}

}
