package io.mvgraph.analysis;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.FieldRules;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves people make on findings (EDITOR), through {@code Edits}: locked, version-checked, in the history and in
 * {@code roadmapChanged}. The lifecycle:
 * <pre>
 * OPEN      -> CONFIRMED, DISMISSED (with a note)
 * CONFIRMED -> REPORTED (at a meeting, in a liaison or a report), DISMISSED, OPEN
 * REPORTED  -> RESOLVED, OPEN
 * DISMISSED -> OPEN
 * </pre>
 * Any other move is {@code BAD_REQUEST}. The automatic moves (RESOLVED by a channel, DISMISSED when all pairs are
 * rejected, DISMISSED to OPEN when a new pair joins) are {@link FindingReconciler}'s.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class FindingLifecycle {

	/** The moves an editor may make, by the status they start from. */
	static final Map<FindingStatus, Set<FindingStatus>> MOVES = Map.of(
			FindingStatus.OPEN, EnumSet.of(FindingStatus.CONFIRMED, FindingStatus.DISMISSED),
			FindingStatus.CONFIRMED, EnumSet.of(FindingStatus.REPORTED, FindingStatus.DISMISSED, FindingStatus.OPEN),
			FindingStatus.REPORTED, EnumSet.of(FindingStatus.RESOLVED, FindingStatus.OPEN),
			FindingStatus.DISMISSED, EnumSet.of(FindingStatus.OPEN),
			FindingStatus.RESOLVED, EnumSet.noneOf(FindingStatus.class));

	private final Edits edits;

	private final FindingStore store;

	private final FindingService findings;

	private final OverlapService overlaps;

	FindingLifecycle(Edits edits, FindingStore store, FindingService findings, OverlapService overlaps) {
		this.edits = edits;
		this.store = store;
		this.findings = findings;
		this.overlaps = overlaps;
	}

	public Finding confirm(String id, Long version, String note) {
		return move(id, version, FindingStatus.CONFIRMED, note(note, false), null);
	}

	public Finding dismiss(String id, Long version, String note) {
		return move(id, version, FindingStatus.DISMISSED, note(note, true), null);
	}

	public Finding reopen(String id, Long version, String note) {
		return move(id, version, FindingStatus.OPEN, note(note, false), null);
	}

	public Finding resolve(String id, Long version, String note) {
		return move(id, version, FindingStatus.RESOLVED, note(note, false), null);
	}

	/** Reported at a meeting, in a liaison statement, or in a report (text): at least one of them. */
	public Finding markReported(String id, Long version, String meeting, String liaison, String report, String note) {
		String checkedNote = note(note, false);
		if (meeting == null && liaison == null && (report == null || report.isBlank())) {
			throw ApiException.badRequest("meeting", "say where it was reported: a meeting, a liaison or a report");
		}
		if (report != null && FieldRules.textProblem(report, FieldRules.TITLE_LENGTH) != null) {
			throw ApiException.badRequest("report", FieldRules.textProblem(report, FieldRules.TITLE_LENGTH));
		}
		return move(id, version, FindingStatus.REPORTED, checkedNote, (record) -> {
			this.edits.requireExisting(EntityType.MEETING, "meeting", meeting);
			this.edits.requireExisting(EntityType.LIAISON, "liaison", liaison);
			return record.reportedIn(meeting, liaison, report);
		});
	}

	private Finding move(String id, Long version, FindingStatus to, String note,
			java.util.function.UnaryOperator<FindingRecord> more) {
		OverlapModel model = this.overlaps.model();
		CoordinationPolicy policy = this.overlaps.policy();
		Findings.Draft draft = this.findings.computed(model, policy)
			.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElse(null);
		if (draft == null && !this.findings.exists(id)) {
			throw ApiException.notFound("id", EntityType.FINDING.noun(), id);
		}
		if (draft != null && this.store.stored(List.of(id)).isEmpty()) {
			// computed but never written down (a graph from before findings were kept): its node first, OPEN at 0
			this.store.keepContent(model, List.of(draft), ZonedDateTime.now(ZoneOffset.UTC), this.edits.user());
		}
		FindingRecord before = this.edits.current(this.store, id, version);
		if (draft == null && to != FindingStatus.DISMISSED && to != FindingStatus.RESOLVED
				&& MOVES.get(before.status()).contains(to)) {
			// kept as last computed, but nothing is uncoordinated any more: it cannot be open, confirmed or reported
			throw ApiException.badRequest("id", "The finding '" + id + "' is no longer found (its pairs are rejected or "
					+ "coordinated now): restore a pair first");
		}
		if (!MOVES.get(before.status()).contains(to)) {
			Set<FindingStatus> allowed = MOVES.get(before.status());
			throw ApiException.badRequest("id", "A " + before.status() + " finding cannot become " + to
					+ (allowed.isEmpty() ? " (it moves no further)" : "; it can become " + allowed));
		}
		FindingRecord after = before.moved(to, note);
		if (more != null) {
			after = more.apply(after);
		}
		this.edits.save(this.store, before, after);
		return this.findings.finding(id);
	}

	private static String note(String note, boolean required) {
		if (note == null) {
			if (required) {
				throw ApiException.badRequest("note", "say why");
			}
			return null;
		}
		String problem = FieldRules.textProblem(note, FieldRules.TEXT_LENGTH);
		if (problem != null) {
			throw ApiException.badRequest("note", problem);
		}
		return note;
	}

}
