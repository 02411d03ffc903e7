package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.List;

import io.mvgraph.api.Patch;

import org.springframework.graphql.data.ArgumentValue;

/** The fields to change; the state changes with changeLiaisonState, which keeps its history. */
record UpdateLiaisonInput(ArgumentValue<String> title, ArgumentValue<LiaisonKind> kind, ArgumentValue<String> from, ArgumentValue<List<String>> to,
		ArgumentValue<List<String>> cc, ArgumentValue<LiaisonPurpose> purpose, ArgumentValue<LocalDate> sentOn,
		ArgumentValue<LocalDate> deadline, ArgumentValue<String> replyTo, ArgumentValue<List<String>> concerns,
		ArgumentValue<List<String>> topics, ArgumentValue<List<RecordLiaisonInput.IdentifierInput>> identifiers,
		ArgumentValue<String> url, ArgumentValue<String> source, ArgumentValue<String> confidence,
		ArgumentValue<String> note, ArgumentValue<RecordLiaisonInput.ActionHolderInput> actionHolder,
		ArgumentValue<List<String>> attachments) {

	LiaisonRecord applyTo(LiaisonRecord before) {
		List<LiaisonRecord.Identifier> identifierRecords = this.identifiers == null || this.identifiers.isOmitted()
				? before.identifiers() : RecordLiaisonInput.identifiers(this.identifiers.value());
		return new LiaisonRecord(before.id(), Patch.apply(this.title, before.title()),
				Patch.apply(this.kind, before.kind()),
				Patch.apply(this.from, before.from()), Patch.apply(this.to, before.to()), Patch.apply(this.cc, before.cc()),
				Patch.apply(this.purpose, before.purpose()), before.state(), before.stateHistory(),
				Patch.apply(this.sentOn, before.sentOn()), Patch.apply(this.deadline, before.deadline()),
				Patch.apply(this.replyTo, before.replyTo()), Patch.apply(this.concerns, before.concerns()),
				Patch.apply(this.topics, before.topics()), identifierRecords, Patch.apply(this.url, before.url()),
				Patch.apply(this.source, before.source()), Patch.apply(this.confidence, before.confidence()),
				Patch.apply(this.note, before.note()),
				this.actionHolder == null || this.actionHolder.isOmitted() ? before.actionHolder()
						: RecordLiaisonInput.ActionHolderInput.of(this.actionHolder.value()),
				Patch.apply(this.attachments, before.attachments()));
	}

}
