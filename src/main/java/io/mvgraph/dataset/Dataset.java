package io.mvgraph.dataset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mvgraph.body.BodyRecord;
import io.mvgraph.liaison.LiaisonRecord;
import io.mvgraph.meeting.ContributionRecord;
import io.mvgraph.meeting.MeetingRecord;
import io.mvgraph.people.PersonRecord;
import io.mvgraph.topic.TopicRecord;
import io.mvgraph.workitem.WorkItemRecord;

/**
 * A whole data-set file (docs/dataset-format.md): the import format and the export format at once.
 */
@JsonPropertyOrder({ "formatVersion", "topics", "bodies", "workItems", "liaisons", "people", "meetings",
		"contributions" })
public record Dataset(int formatVersion, List<TopicRecord> topics, List<BodyRecord> bodies,
		List<WorkItemRecord> workItems, List<LiaisonRecord> liaisons,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<PersonRecord> people,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<MeetingRecord> meetings,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ContributionRecord> contributions) {

	public static final int FORMAT_VERSION = 2;

	public Dataset {
		topics = topics != null ? List.copyOf(topics) : List.of();
		bodies = bodies != null ? List.copyOf(bodies) : List.of();
		workItems = workItems != null ? List.copyOf(workItems) : List.of();
		liaisons = liaisons != null ? List.copyOf(liaisons) : List.of();
		people = people != null ? List.copyOf(people) : List.of();
		meetings = meetings != null ? List.copyOf(meetings) : List.of();
		contributions = contributions != null ? List.copyOf(contributions) : List.of();
	}

	public int size() {
		return this.topics.size() + this.bodies.size() + this.workItems.size() + this.liaisons.size()
				+ this.people.size() + this.meetings.size() + this.contributions.size();
	}

	/** The same data set without the contact details (people) that only ANALYST and above may read. */
	public Dataset withoutContactDetails() {
		return new Dataset(this.formatVersion, this.topics, this.bodies, this.workItems, this.liaisons, List.of(),
				this.meetings, this.contributions);
	}

}
