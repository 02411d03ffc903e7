package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.List;

/** A liaison statement to record: drafted here, or received from another body. */
record RecordLiaisonInput(String id, String title, LiaisonKind kind, String from, List<String> to, List<String> cc,
		LiaisonPurpose purpose, LiaisonState state, String stateNote, LocalDate sentOn, LocalDate deadline,
		String replyTo, List<String> concerns, List<String> topics, List<IdentifierInput> identifiers, String url,
		String source, String confidence, String note, ActionHolderInput actionHolder, List<String> attachments) {

	/** Who must act on it: a body or a person (exactly one). */
	record ActionHolderInput(String body, String person) {

		LiaisonRecord.ActionHolder toRecord() {
			return new LiaisonRecord.ActionHolder(this.body, this.person);
		}

		static LiaisonRecord.ActionHolder of(ActionHolderInput input) {
			return input == null ? null : input.toRecord();
		}

	}

	/** A number another body gave the statement. */
	record IdentifierInput(String body, String value, String url) {

		LiaisonRecord.Identifier toRecord() {
			return new LiaisonRecord.Identifier(this.body, this.value, this.url);
		}

	}

	static List<LiaisonRecord.Identifier> identifiers(List<IdentifierInput> inputs) {
		return inputs == null ? List.of() : inputs.stream().map(IdentifierInput::toRecord).toList();
	}

	LiaisonRecord toRecord(LiaisonState initial, List<LiaisonRecord.StateChange> history) {
		return new LiaisonRecord(this.id, this.title, this.kind, this.from, this.to, this.cc, this.purpose, initial, history,
				this.sentOn, this.deadline, this.replyTo, this.concerns, this.topics, identifiers(this.identifiers),
				this.url, this.source, this.confidence, this.note, ActionHolderInput.of(this.actionHolder), this.attachments);
	}

}
