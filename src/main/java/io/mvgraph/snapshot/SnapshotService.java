package io.mvgraph.snapshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.body.BodyRecord;
import io.mvgraph.dataset.Dataset;
import io.mvgraph.dataset.DatasetSections;
import io.mvgraph.history.ChangeRecorder;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.FieldChange;
import io.mvgraph.liaison.LiaisonRecord;
import io.mvgraph.meeting.ContributionRecord;
import io.mvgraph.meeting.MeetingRecord;
import io.mvgraph.people.PersonRecord;
import io.mvgraph.security.Caller;
import io.mvgraph.security.Roles;
import io.mvgraph.topic.TopicRecord;
import io.mvgraph.workitem.WorkItemRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Snapshots of the whole roadmap, and the differences between two of them or between one and now. A snapshot
 * keeps the data set (the export format) gzipped on a {@code (:Snapshot)} node: about a fifth of its JSON size.
 * It keeps people with their e-mail addresses, so that analysts can compare them; a diff blanks the values of
 * contact details for callers below ANALYST, as the history does.
 */
@Service
@Transactional(readOnly = true)
public class SnapshotService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatasetSections records;

	private final SnapshotRepository snapshots;

	private final ChangeRecorder changes;

	private final Edits edits;

	private final GraphQlLimits limits;

	private final Caller caller;

	SnapshotService(DatasetSections records, SnapshotRepository snapshots, ChangeRecorder changes, Edits edits,
			GraphQlLimits limits, Caller caller) {
		this.records = records;
		this.snapshots = snapshots;
		this.changes = changes;
		this.edits = edits;
		this.limits = limits;
		this.caller = caller;
	}

	/** Keeps the roadmap as it is now under a label ("JCA-MV meeting 1, Geneva"). EDITOR. */
	@Transactional
	@PreAuthorize(Roles.IS_EDITOR)
	public Snapshot take(String label) {
		String problem = FieldRules.textProblem(label, FieldRules.NAME_LENGTH);
		if (problem != null) {
			throw ApiException.badRequest("label", problem);
		}
		Dataset dataset = this.records.export();
		byte[] content = gzip(JSON.writeValueAsBytes(dataset));
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		String id = freeId(now, label);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("label", label);
		parameters.put("takenAt", now);
		parameters.put("takenBy", this.edits.user());
		parameters.put("workItems", dataset.workItems().size());
		parameters.put("bodies", dataset.bodies().size());
		parameters.put("topics", dataset.topics().size());
		parameters.put("liaisons", dataset.liaisons().size());
		parameters.put("content", content);
		try {
			this.snapshots.create(parameters);
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiException.conflict("label", "Another snapshot '" + id + "' was taken at the same moment; retry");
		}
		return get(id);
	}

	@Transactional
	@PreAuthorize(Roles.IS_EDITOR)
	public String delete(String id) {
		get(id);
		this.snapshots.delete(id);
		return id;
	}

	public Snapshot get(String id) {
		return find(id).orElseThrow(() -> ApiException.notFound("id", "snapshot", id));
	}

	public Optional<Snapshot> find(String id) {
		return this.snapshots.find(id);
	}

	/** The latest first. */
	public List<Snapshot> list(Integer first) {
		return this.snapshots.list(this.limits.pageSize(first, 20));
	}

	/**
	 * How the roadmap of snapshot {@code fromId} differs from snapshot {@code toId}, or from now when it is null;
	 * contact details blanked for callers below ANALYST.
	 */
	public RoadmapDiff diff(String fromId, String toId) {
		Snapshot from = find(fromId).orElseThrow(() -> ApiException.notFound("from", "snapshot", fromId));
		Snapshot to = toId == null ? null : find(toId).orElseThrow(() -> ApiException.notFound("to", "snapshot", toId));
		Dataset before = content(fromId);
		Dataset after = to == null ? this.records.export() : content(toId);
		ZonedDateTime until = to == null ? ZonedDateTime.now(ZoneOffset.UTC) : to.takenAt();
		boolean contactDetails = this.caller.canReadContactDetails();
		return new RoadmapDiff(from, to, from.takenAt(), until,
				compare(EntityType.WORK_ITEM, before.workItems(), after.workItems(), SnapshotService::name,
						contactDetails),
				statusMoves(before.workItems(), after.workItems()),
				compare(EntityType.TOPIC, before.topics(), after.topics(), TopicRecord::name, contactDetails),
				compare(EntityType.BODY, before.bodies(), after.bodies(), BodyRecord::name, contactDetails),
				compare(EntityType.LIAISON, before.liaisons(), after.liaisons(), LiaisonRecord::title, contactDetails),
				compare(EntityType.PERSON, before.people(), after.people(), PersonRecord::name, contactDetails),
				compare(EntityType.MEETING, before.meetings(), after.meetings(), MeetingRecord::title, contactDetails),
				compare(EntityType.CONTRIBUTION, before.contributions(), after.contributions(),
						(ContributionRecord contribution) -> contribution.number() + ": " + contribution.title(),
						contactDetails));
	}

	/** One section's differences; with {@code contactDetails} false, their values blanked. */
	private <T extends DatasetRecord> RoadmapDiff.RecordDiff compare(EntityType type, List<T> before, List<T> after,
			Function<T, String> name, boolean contactDetails) {
		Map<String, T> old = byId(before);
		Map<String, T> now = byId(after);
		Set<String> ids = new TreeSet<>(old.keySet());
		ids.addAll(now.keySet());
		List<RoadmapDiff.RecordChange> added = new ArrayList<>();
		List<RoadmapDiff.RecordChange> removed = new ArrayList<>();
		List<RoadmapDiff.RecordChange> changed = new ArrayList<>();
		for (String id : ids) {
			T a = old.get(id);
			T b = now.get(id);
			if (a == null || b == null || !a.equals(b)) {
				List<FieldChange> fields = this.changes.diff(a, b);
				RoadmapDiff.RecordChange change = new RoadmapDiff.RecordChange(id, name.apply(b != null ? b : a),
						contactDetails ? fields : FieldChange.withoutContactDetails(type, fields));
				(a == null ? added : b == null ? removed : changed).add(change);
			}
		}
		return new RoadmapDiff.RecordDiff(added, removed, changed);
	}

	private static List<RoadmapDiff.StatusMove> statusMoves(List<WorkItemRecord> before, List<WorkItemRecord> after) {
		Map<String, WorkItemRecord> old = byId(before);
		List<RoadmapDiff.StatusMove> moves = new ArrayList<>();
		for (WorkItemRecord now : byId(after).values()) {
			WorkItemRecord then = old.get(now.id());
			if (then != null && then.status() != now.status()) {
				moves.add(new RoadmapDiff.StatusMove(now.id(), name(now), then.status(), now.status()));
			}
		}
		return moves;
	}

	private static String name(WorkItemRecord item) {
		return item.designation() != null ? item.designation() + ": " + item.title() : item.title();
	}

	/**
	 * The work items of the roadmap as the latest snapshot taken before {@code end} kept them: the base of the
	 * roadmap as of a day (the analysis' RoadmapAsOf). Two statements at most (which snapshot; its content when it is
	 * not the one read last). A snapshot whose content this version cannot read is passed over (logged): the as-of
	 * rules then fall back to the records' dates and the history.
	 */
	public Optional<WorkItemsAt> workItemsBefore(ZonedDateTime end) {
		Optional<Snapshot> latest = this.snapshots.latestBefore(end);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		Snapshot snapshot = latest.get();
		WorkItemsAt known = this.lastRead;
		// a snapshot never changes: its id and moment name its content (an id reused after a delete has another moment)
		if (known != null && known.snapshot().id().equals(snapshot.id())
				&& known.snapshot().takenAt().equals(snapshot.takenAt())) {
			return Optional.of(known);
		}
		try {
			WorkItemsAt read = new WorkItemsAt(snapshot, List.copyOf(content(snapshot.id()).workItems()));
			this.lastRead = read;
			return Optional.of(read);
		}
		catch (RuntimeException ex) {
			log.warn("Snapshot '{}' is not readable as a base of the roadmap as of a day: {}", snapshot.id(),
					ex.toString());
			return Optional.empty();
		}
	}

	/** The latest snapshot taken before {@code end}, if any (one statement, its content not read). */
	public Optional<Snapshot> latestBefore(ZonedDateTime end) {
		return this.snapshots.latestBefore(end);
	}

	/** The work items a snapshot kept. */
	public record WorkItemsAt(Snapshot snapshot, List<WorkItemRecord> workItems) {
	}

	/** The snapshot read last as a base (a report and its analysis ask for the same day several times). */
	private volatile WorkItemsAt lastRead;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SnapshotService.class);

	/** Sorted by id. */
	private static <T extends DatasetRecord> Map<String, T> byId(List<T> records) {
		Map<String, T> byId = new LinkedHashMap<>();
		records.stream().sorted((x, y) -> x.id().compareTo(y.id())).forEach((record) -> byId.put(record.id(), record));
		return byId;
	}

	private Dataset content(String id) {
		byte[] content = this.snapshots.content(id).orElseThrow();
		try (InputStream input = new GZIPInputStream(new ByteArrayInputStream(content))) {
			return JSON.readValue(input, Dataset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A readable id: the day and the label as a slug, numbered when the day already has that label. */
	private String freeId(ZonedDateTime now, String label) {
		String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		String base = now.toLocalDate() + (slug.isEmpty() ? "-snapshot" : "-" + slug);
		Set<String> taken = new TreeSet<>(this.snapshots.idsLike(base));
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 4);
		try (GZIPOutputStream zip = new GZIPOutputStream(buffer)) {
			zip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return buffer.toByteArray();
	}

}
