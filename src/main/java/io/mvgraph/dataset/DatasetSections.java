package io.mvgraph.dataset;

import io.mvgraph.body.BodyStore;
import io.mvgraph.liaison.LiaisonStore;
import io.mvgraph.meeting.ContributionStore;
import io.mvgraph.meeting.MeetingStore;
import io.mvgraph.people.PersonStore;
import io.mvgraph.topic.TopicStore;
import io.mvgraph.workitem.WorkItemStore;

import org.springframework.stereotype.Component;

/**
 * The sections of the data-set format, in the order an import writes them (a record may refer to one of an earlier
 * section), each read and written by its feature's store: the export, and the import's comparison and writes.
 */
@Component
public class DatasetSections {

	private final TopicStore topics;

	private final BodyStore bodies;

	private final WorkItemStore workItems;

	private final LiaisonStore liaisons;

	private final PersonStore people;

	private final MeetingStore meetings;

	private final ContributionStore contributions;

	DatasetSections(TopicStore topics, BodyStore bodies, WorkItemStore workItems, LiaisonStore liaisons,
			PersonStore people, MeetingStore meetings, ContributionStore contributions) {
		this.topics = topics;
		this.bodies = bodies;
		this.workItems = workItems;
		this.liaisons = liaisons;
		this.people = people;
		this.meetings = meetings;
		this.contributions = contributions;
	}

	/**
	 * The whole graph as one data set (people with their contact details). Call inside a transaction so that the
	 * sections agree.
	 */
	public Dataset export() {
		return new Dataset(Dataset.FORMAT_VERSION, this.topics.all(), this.bodies.all(), this.workItems.all(),
				this.liaisons.all(), this.people.all(), this.meetings.all(), this.contributions.all());
	}

	TopicStore topics() {
		return this.topics;
	}

	BodyStore bodies() {
		return this.bodies;
	}

	WorkItemStore workItems() {
		return this.workItems;
	}

	LiaisonStore liaisons() {
		return this.liaisons;
	}

	PersonStore people() {
		return this.people;
	}

	MeetingStore meetings() {
		return this.meetings;
	}

	ContributionStore contributions() {
		return this.contributions;
	}

}
