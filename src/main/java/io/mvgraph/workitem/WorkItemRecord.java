package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.PartialDate;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/** A work item as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkItemRecord(String id, String designation, String title, String scope, WorkItemStatus status,
		String owner, List<String> topics, List<Link> links, PartialDate startDate, PartialDate publishedDate,
		PartialDate targetDate, Integer year, String url, String source, String confidence, String note)
		implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<WorkItemRecord> FORMAT = new RecordFormat<>(WorkItemRecord.class, RecordReader.fields("id", "designation", "title", "scope", "status",
			"owner", "topics", "links", "startDate", "publishedDate", "targetDate", "year", "url", "source",
			"confidence", "note"),
			WorkItemRecord::read);

	/** The columns of the CSV export (work items as a flat table), in the order of {@link #csvRow()}. */
	public static final List<String> CSV_COLUMNS = List.of("id", "designation", "title", "status", "owner", "topics",
			"links", "startDate", "publishedDate", "targetDate", "year", "url", "source", "confidence", "note",
			"scope");

	private static final Set<String> LINK = RecordReader.fields("to", "kind");

	public WorkItemRecord {
		topics = topics != null ? List.copyOf(topics) : List.of();
		links = links != null ? List.copyOf(links) : List.of();
	}

	public record Link(String to, WorkItemLinkKind kind) {
	}

	/** The row of the CSV export; lists are joined with "; ". */
	public List<Object> csvRow() {
		return Arrays.asList(this.id, this.designation, this.title, this.status, this.owner,
				String.join("; ", this.topics),
				String.join("; ", this.links.stream().map((link) -> link.kind() + " " + link.to()).toList()),
				this.startDate, this.publishedDate, this.targetDate, this.year, this.url, this.source, this.confidence,
				this.note, this.scope);
	}

	private static WorkItemRecord read(RecordReader r) {
		List<WorkItemRecord.Link> links = new ArrayList<>();
		Set<WorkItemRecord.Link> seen = new HashSet<>();
		for (RecordReader link : r.objects("links", LINK)) {
			WorkItemRecord.Link read = new WorkItemRecord.Link(link.reference("to", true),
					link.enumValue("kind", WorkItemLinkKind.class, true));
			if (read.to() != null && read.kind() != null && !seen.add(read)) {
				link.problem(null, "duplicate link: " + read.kind() + " to '" + read.to() + "' is listed twice");
			}
			links.add(read);
		}
		WorkItemRecord record = new WorkItemRecord(r.id(), r.text("designation", false, FieldRules.NAME_LENGTH),
				r.text("title", true, FieldRules.TITLE_LENGTH), r.text("scope", false, FieldRules.TEXT_LENGTH),
				r.enumValue("status", WorkItemStatus.class, true), r.reference("owner", true),
				r.references("topics", true, true), links, r.partialDate("startDate", false),
				r.partialDate("publishedDate", false), r.partialDate("targetDate", true), r.year("year"), r.url("url"), r.text("source", false, FieldRules.URL_LENGTH),
				r.confidence(), r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.startDate() != null && record.publishedDate() != null
				&& record.publishedDate().isBefore(record.startDate())) {
			// intervals: "2025" is not before "2025-06"; only a publication wholly before the start is
			r.problem("publishedDate", "must not be before startDate (" + record.startDate() + ")");
		}
		for (int i = 0; i < links.size(); i++) {
			if (record.id() != null && record.id().equals(links.get(i).to())) {
				r.problem("links[" + i + "].to", "a work item cannot link to itself");
			}
		}
		return record;
	}

}
