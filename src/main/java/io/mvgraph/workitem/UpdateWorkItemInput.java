package io.mvgraph.workitem;

import io.mvgraph.api.PartialDate;
import java.util.List;

import io.mvgraph.api.Patch;

import org.springframework.graphql.data.ArgumentValue;

/** The fields to change; links change with linkWorkItems and unlinkWorkItems. */
record UpdateWorkItemInput(ArgumentValue<String> designation, ArgumentValue<String> title,
		ArgumentValue<String> scope, ArgumentValue<WorkItemStatus> status, ArgumentValue<String> owner,
		ArgumentValue<List<String>> topics, ArgumentValue<PartialDate> startDate, ArgumentValue<PartialDate> publishedDate,
		ArgumentValue<PartialDate> targetDate, ArgumentValue<Integer> year, ArgumentValue<String> url,
		ArgumentValue<String> source, ArgumentValue<String> confidence, ArgumentValue<String> note) {

	WorkItemRecord applyTo(WorkItemRecord before) {
		return new WorkItemRecord(before.id(), Patch.apply(this.designation, before.designation()),
				Patch.apply(this.title, before.title()), Patch.apply(this.scope, before.scope()),
				Patch.apply(this.status, before.status()), Patch.apply(this.owner, before.owner()),
				Patch.apply(this.topics, before.topics()), before.links(),
				Patch.apply(this.startDate, before.startDate()), Patch.apply(this.publishedDate, before.publishedDate()),
				Patch.apply(this.targetDate, before.targetDate()), Patch.apply(this.year, before.year()),
				Patch.apply(this.url, before.url()), Patch.apply(this.source, before.source()),
				Patch.apply(this.confidence, before.confidence()), Patch.apply(this.note, before.note()));
	}

}
