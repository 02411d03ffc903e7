package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/**
 * A liaison statement as the data-set format writes it. {@code state} may be absent (a record that does not say;
 * the API reports it as SENT); when {@code stateHistory} is given, its last entry is the current state.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiaisonRecord(String id, String title, LiaisonKind kind, String from, List<String> to,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cc, LiaisonPurpose purpose, LiaisonState state,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<StateChange> stateHistory, LocalDate sentOn,
		LocalDate deadline, String replyTo, List<String> concerns,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> topics,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Identifier> identifiers, String url, String source,
		String confidence, String note, ActionHolder actionHolder,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> attachments) implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<LiaisonRecord> FORMAT = new RecordFormat<>(LiaisonRecord.class, RecordReader.fields("id", "title", "kind", "from", "to", "cc", "purpose",
			"state", "stateHistory", "sentOn", "deadline", "replyTo", "concerns", "topics", "identifiers", "url",
			"source", "confidence", "note", "actionHolder", "attachments"),
			LiaisonRecord::read);

	private static final Set<String> STATE_CHANGE = RecordReader.fields("state", "on", "by", "note");

	private static final Set<String> IDENTIFIER = RecordReader.fields("body", "value", "url");

	private static final Set<String> ACTION_HOLDER = RecordReader.fields("body", "person");

	/** At most this many attachments per statement (each a URL). */
	static final int MAX_ATTACHMENTS = 50;

	public LiaisonRecord {
		kind = kind != null ? kind : LiaisonKind.STATEMENT;
		to = to != null ? List.copyOf(to) : List.of();
		cc = cc != null ? List.copyOf(cc) : List.of();
		stateHistory = stateHistory != null ? List.copyOf(stateHistory) : List.of();
		concerns = concerns != null ? List.copyOf(concerns) : List.of();
		topics = topics != null ? List.copyOf(topics) : List.of();
		identifiers = identifiers != null ? List.copyOf(identifiers) : List.of();
		attachments = attachments != null ? List.copyOf(attachments) : List.of();
	}

	/**
	 * Who must act on an incoming statement: a body (a study group, a Question) or a person; exactly one of the two.
	 * Kept as ids on the liaison (not a relationship) because a person is written after the liaisons in an import.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ActionHolder(String body, String person) {
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
		return new LiaisonRecord(this.id, this.title, this.kind, this.from, this.to, this.cc, this.purpose,
				this.state, this.stateHistory, this.sentOn, this.deadline, this.replyTo, newConcerns, this.topics, this.identifiers,
				this.url, this.source, this.confidence, this.note, this.actionHolder, this.attachments);
	}

	public LiaisonRecord withState(LiaisonState newState, List<StateChange> newHistory, LocalDate newSentOn) {
		return new LiaisonRecord(this.id, this.title, this.kind, this.from, this.to, this.cc, this.purpose, newState,
				newHistory,
				newSentOn, this.deadline, this.replyTo, this.concerns, this.topics, this.identifiers, this.url,
				this.source, this.confidence, this.note, this.actionHolder, this.attachments);
	}

	/** The same liaison with another state history and action holder (all its other fields kept). */
	public LiaisonRecord withState(LiaisonState newState, List<StateChange> newHistory, LocalDate newSentOn,
			ActionHolder newHolder) {
		return new LiaisonRecord(this.id, this.title, this.kind, this.from, this.to, this.cc, this.purpose, newState,
				newHistory, newSentOn, this.deadline, this.replyTo, this.concerns, this.topics, this.identifiers,
				this.url, this.source, this.confidence, this.note, newHolder, this.attachments);
	}

	private static LiaisonRecord read(RecordReader r) {
		List<LiaisonRecord.StateChange> history = new ArrayList<>();
		for (RecordReader change : r.objects("stateHistory", STATE_CHANGE)) {
			history.add(new LiaisonRecord.StateChange(change.enumValue("state", LiaisonState.class, true),
					change.date("on"), change.text("by", false, FieldRules.NAME_LENGTH),
					change.text("note", false, FieldRules.TEXT_LENGTH)));
		}
		List<LiaisonRecord.Identifier> identifiers = new ArrayList<>();
		Set<LiaisonRecord.Identifier> seenIdentifiers = new HashSet<>();
		for (RecordReader identifier : r.objects("identifiers", IDENTIFIER)) {
			LiaisonRecord.Identifier read = new LiaisonRecord.Identifier(identifier.reference("body", true),
					identifier.text("value", true, FieldRules.NAME_LENGTH), identifier.url("url"));
			if (read.body() != null && read.value() != null
					&& !seenIdentifiers.add(new LiaisonRecord.Identifier(read.body(), read.value(), null))) {
				identifier.problem("value", "'" + read.value() + "' of '" + read.body() + "' is listed twice");
			}
			identifiers.add(read);
		}
		ActionHolder holder = null;
		RecordReader holderReader = r.object("actionHolder", ACTION_HOLDER);
		if (holderReader != null) {
			holder = new ActionHolder(holderReader.reference("body", false), holderReader.reference("person", false));
			if ((holder.body() == null) == (holder.person() == null)) {
				holderReader.problem("body", "give exactly one of body and person");
			}
		}
		List<String> attachments = r.urls("attachments", MAX_ATTACHMENTS);
		LiaisonRecord record = new LiaisonRecord(r.id(), r.text("title", true, FieldRules.TITLE_LENGTH),
				r.enumValue("kind", LiaisonKind.class, false),
				r.reference("from", true), r.references("to", true, true), r.references("cc", false, false),
				r.enumValue("purpose", LiaisonPurpose.class, true), r.enumValue("state", LiaisonState.class, false),
				history, r.date("sentOn"), r.date("deadline"), r.reference("replyTo", false),
				r.references("concerns", false, false), r.references("topics", false, false), identifiers,
				r.url("url"), r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH), holder, attachments);
		if (record.id() != null && record.id().equals(record.replyTo())) {
			r.problem("replyTo", "a liaison cannot reply to itself");
		}
		if (record.cc() != null && record.to() != null) {
			for (int i = 0; i < record.cc().size(); i++) {
				if (record.to().contains(record.cc().get(i))) {
					r.problem("cc[" + i + "]", "'" + record.cc().get(i) + "' is already an addressee (to)");
				}
			}
		}
		if (record.sentOn() != null && record.deadline() != null && record.deadline().isBefore(record.sentOn())) {
			r.problem("deadline", "must not be before sentOn (" + record.sentOn() + ")");
		}
		if (record.purpose() != null && !r.has("deadline")) {
			String reason = FieldRules.deadlineProblem(record.purpose().name(), record.deadline());
			if (reason != null) {
				r.warning("deadline", reason);
			}
		}
		if (!history.isEmpty()) {
			LiaisonState last = history.get(history.size() - 1).state();
			if (record.state() == null && !r.has("state")) {
				r.problem("state", "required when stateHistory is given (the state its last entry entered)");
			}
			else if (record.state() != null && last != null && record.state() != last) {
				r.problem("state", "must be the state of the last stateHistory entry (" + last + "), was " + record.state());
			}
			for (int i = 1; i < history.size(); i++) {
				java.time.LocalDate before = history.get(i - 1).on();
				java.time.LocalDate on = history.get(i).on();
				if (before != null && on != null && on.isBefore(before)) {
					r.problem("stateHistory[" + i + "].on", "must not be before the entry above it (" + before + ")");
				}
			}
		}
		return record;
	}

}
