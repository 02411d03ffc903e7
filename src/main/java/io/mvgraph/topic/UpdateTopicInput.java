package io.mvgraph.topic;

import io.mvgraph.api.Patch;

import org.springframework.graphql.data.ArgumentValue;

record UpdateTopicInput(ArgumentValue<String> name, ArgumentValue<String> parent, ArgumentValue<String> description,
		ArgumentValue<String> url, ArgumentValue<String> source, ArgumentValue<String> confidence,
		ArgumentValue<String> note) {

	TopicRecord applyTo(TopicRecord before) {
		return new TopicRecord(before.id(), Patch.apply(this.name, before.name()),
				Patch.apply(this.parent, before.parent()), Patch.apply(this.description, before.description()),
				Patch.apply(this.url, before.url()), Patch.apply(this.source, before.source()),
				Patch.apply(this.confidence, before.confidence()), Patch.apply(this.note, before.note()));
	}

}
