package io.mvgraph.dataset;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.liaison.LiaisonState;

/**
 * A liaison statement as the data-set format writes it. {@code state} may be absent (a record that does not say;
 * the API reports it as SENT); when {@code stateHistory} is given, its last entry is the current state.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiaisonRecord(String id, String title, String from, List<String> to,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cc, LiaisonPurpose purpose, LiaisonState state,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<StateChange> stateHistory, LocalDate sentOn,
		LocalDate deadline, String replyTo, List<String> concerns,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> topics,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Identifier> identifiers, String url, String source,
		String confidence, String note) implements DatasetRecord {

	public LiaisonRecord {
		to = to != null ? List.copyOf(to) : List.of();
		cc = cc != null ? List.copyOf(cc) : List.of();
		stateHistory = stateHistory != null ? List.copyOf(stateHistory) : List.of();
		concerns = concerns != null ? List.copyOf(concerns) : List.of();
		topics = topics != null ? List.copyOf(topics) : List.of();
		identifiers = identifiers != null ? List.copyOf(identifiers) : List.of();
	}

	/** One step of the liaison's life: the state it entered, on which day, by whom (a user, where known), why. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StateChange(LiaisonState state, LocalDate on, String by, String note) {
	}

	/** The number another body gave the statement (its document number, a datatracker id...). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Identifier(String body, String value, String url) {
	}

	/** The same liaison about other work items (all its other fields kept). */
	public LiaisonRecord withConcerns(List<String> newConcerns) {
		return new LiaisonRecord(this.id, this.title, this.from, this.to, this.cc, this.purpose, this.state,
				this.stateHistory, this.sentOn, this.deadline, this.replyTo, newConcerns, this.topics, this.identifiers,
				this.url, this.source, this.confidence, this.note);
	}

	public LiaisonRecord withState(LiaisonState newState, List<StateChange> newHistory, LocalDate newSentOn) {
		return new LiaisonRecord(this.id, this.title, this.from, this.to, this.cc, this.purpose, newState, newHistory,
				newSentOn, this.deadline, this.replyTo, this.concerns, this.topics, this.identifiers, this.url,
				this.source, this.confidence, this.note);
	}

}
