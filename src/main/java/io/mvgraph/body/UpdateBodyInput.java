package io.mvgraph.body;

import io.mvgraph.api.PartialDate;
import io.mvgraph.api.Patch;

import org.springframework.graphql.data.ArgumentValue;

record UpdateBodyInput(ArgumentValue<String> name, ArgumentValue<String> acronym, ArgumentValue<BodyKind> kind,
		ArgumentValue<String> parent, ArgumentValue<String> url, ArgumentValue<String> mandate,
		ArgumentValue<PartialDate> activeFrom, ArgumentValue<PartialDate> activeUntil,
		ArgumentValue<String> succeededBy, ArgumentValue<String> source, ArgumentValue<String> confidence, ArgumentValue<String> note) {

	BodyRecord applyTo(BodyRecord before) {
		return new BodyRecord(before.id(), Patch.apply(this.name, before.name()),
				Patch.apply(this.acronym, before.acronym()), Patch.apply(this.kind, before.kind()),
				Patch.apply(this.parent, before.parent()), Patch.apply(this.url, before.url()),
				Patch.apply(this.mandate, before.mandate()), Patch.apply(this.activeFrom, before.activeFrom()),
				Patch.apply(this.activeUntil, before.activeUntil()), Patch.apply(this.succeededBy, before.succeededBy()),
				Patch.apply(this.source, before.source()),
				Patch.apply(this.confidence, before.confidence()), Patch.apply(this.note, before.note()));
	}

}
