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
 * The records of the data-set format as the canonical form of the roadmap's nodes, for the rest of the service:
 * read and written exactly as an import and an export do ({@link RecordKind}s for {@code Edits}), checked by the
 * same rules as an import file, and the whole roadmap as one data set (snapshots).
 */
@Component
public class DatasetRecords {

	private final DatasetExporter exporter;

	private final RecordKind<TopicRecord> topics;

	private final RecordKind<BodyRecord> bodies;

	private final RecordKind<WorkItemRecord> workItems;

	private final RecordKind<LiaisonRecord> liaisons;

	DatasetRecords(DatasetExporter exporter, DatasetWriter writer) {
		this.exporter = exporter;
		this.topics = new Kind<>(EntityType.TOPIC, exporter::topics, writer::topics);
		this.bodies = new Kind<>(EntityType.BODY, exporter::bodies, writer::bodies);
		this.workItems = new Kind<>(EntityType.WORK_ITEM, exporter::workItems, writer::workItems);
		this.liaisons = new Kind<>(EntityType.LIAISON, exporter::liaisons, writer::liaisons);
	}

	public RecordKind<TopicRecord> topics() {
		return this.topics;
	}

	public RecordKind<BodyRecord> bodies() {
		return this.bodies;
	}

	public RecordKind<WorkItemRecord> workItems() {
		return this.workItems;
	}

	public RecordKind<LiaisonRecord> liaisons() {
		return this.liaisons;
	}

	/** The whole roadmap as one data set (the export). Call inside a transaction so that the sections agree. */
	public Dataset export() {
		return this.exporter.export();
	}

	/**
	 * The problems of a record by the rules of an import file (text lengths, id format, URLs, dates, enum values,
	 * self links, duplicates...), with paths under {@code path}: {@code input.title}, {@code input.links[0].to}.
	 */
	public static List<DatasetProblem> problems(DatasetRecord record, String path) {
		return DatasetReader.check(record, path);
	}

	/**
	 * Throws {@code BAD_REQUEST} when the record has problems: {@code extensions.field} names the first one's
	 * field (as {@code fieldOf} spells it for the caller's arguments), the message lists them all.
	 */
	public static void requireValid(DatasetRecord record, String path, Function<String, String> fieldOf) {
		List<DatasetProblem> problems = problems(record, path);
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
