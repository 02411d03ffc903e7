package io.mvgraph.dataset;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordKind;
import io.mvgraph.web.ApiException;
import io.mvgraph.web.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Liaisons, people, meetings and contributions in their canonical form (the records of the data-set format), for
 * the mutations: read and written exactly as an import and an export do ({@link RecordKind}s for {@code Edits}),
 * checked by the same rules as an import file. (The counterpart of issue 4's {@code DatasetRecords} for the
 * roadmap records; the two can become one class.)
 */
@Component
public class CoordinationRecords {

	private final RecordKind<LiaisonRecord> liaisons;

	private final RecordKind<PersonRecord> people;

	private final RecordKind<MeetingRecord> meetings;

	private final RecordKind<ContributionRecord> contributions;

	private final DatasetExporter exporter;

	private final DatasetWriter writer;

	CoordinationRecords(DatasetExporter exporter, DatasetWriter writer) {
		this.exporter = exporter;
		this.writer = writer;
		this.liaisons = new Kind<>(EntityType.LIAISON, exporter::liaisons, writer::liaisons);
		this.people = new Kind<>(EntityType.PERSON, exporter::people, writer::people);
		this.meetings = new Kind<>(EntityType.MEETING, exporter::meetings, writer::meetings);
		this.contributions = new Kind<>(EntityType.CONTRIBUTION, exporter::contributions, writer::contributions);
	}

	public RecordKind<LiaisonRecord> liaisons() {
		return this.liaisons;
	}

	public RecordKind<PersonRecord> people() {
		return this.people;
	}

	public RecordKind<MeetingRecord> meetings() {
		return this.meetings;
	}

	public RecordKind<ContributionRecord> contributions() {
		return this.contributions;
	}

	/** The contributions to these meetings. */
	public List<ContributionRecord> contributionsOf(Collection<String> meetingIds) {
		return this.exporter.contributionsOf(meetingIds);
	}

	/**
	 * Deletes what belongs to a record alone (a liaison's state history, a meeting's agenda and deadlines), before
	 * the record itself is deleted.
	 */
	public void deleteOwned(EntityType type, String id) {
		this.writer.deleteOwned(type.label(), List.of(id));
	}

	/**
	 * Throws {@code BAD_REQUEST} when the record breaks a rule of the data-set format (a mutation is held to the
	 * warnings too: an action liaison needs a deadline). {@code extensions.field} names the first problem's field as
	 * {@code fieldOf} spells it for the mutation's arguments; the message lists them all.
	 */
	public static void requireValid(DatasetRecord record, String path, Function<String, String> fieldOf) {
		requireValid(record, path, fieldOf, true);
	}

	/**
	 * {@link #requireValid(DatasetRecord, String, Function)}; with {@code strict: false}, only what an import
	 * refuses (for edits that do not touch the fields a warning is about, such as a change of state).
	 */
	public static void requireValid(DatasetRecord record, String path, Function<String, String> fieldOf,
			boolean strict) {
		List<DatasetProblem> problems = DatasetReader.check(record, path, strict);
		if (!problems.isEmpty()) {
			String message = String.join("; ", problems.stream()
				.map((problem) -> fieldOf.apply(problem.path()) + ": " + problem.message())
				.toList());
			throw new ApiException(ErrorCode.BAD_REQUEST, fieldOf.apply(problems.get(0).path()), message);
		}
	}

	public static void requireValid(DatasetRecord record, String path) {
		requireValid(record, path, Function.identity());
	}

	private record Kind<T extends DatasetRecord>(EntityType type, Function<Collection<String>, List<T>> reader,
			BiConsumer<List<T>, DatasetWriter.Stamp> writer) implements RecordKind<T> {

		@Override
		public String idOf(T record) {
			return record.id();
		}

		@Override
		public List<T> read(Collection<String> ids) {
			return ids.isEmpty() ? List.of() : this.reader.apply(ids);
		}

		@Override
		public void write(List<T> records, ZonedDateTime now, String user) {
			this.writer.accept(records, new DatasetWriter.Stamp(now, user));
		}

	}

}
