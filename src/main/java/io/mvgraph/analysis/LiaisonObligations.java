package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.mvgraph.analysis.TsagReportRepository.LiaisonRow;
import io.mvgraph.analysis.TsagReportRepository.Party;
import io.mvgraph.analysis.TsagReportRepository.StateChange;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.liaison.LiaisonState;

/**
 * The one rule of who owes an answer to a liaison statement on a day, used by the report to TSAG, the note to a
 * study group and the {@code overdueLiaisons} / {@code awaitingReply} queries (over the rows of
 * {@link TsagReportRepository#liaisons}: one statement, whatever the number of liaisons).
 * <ul>
 * <li><b>Overdue</b>: the ITU-T side owes the answer. A statement for action addressed (TO) to the JCA-MV, TSAG or an
 * ITU-T group (any ITU-T body kind, or below ITU-T) that has not ended and is not the sender, sent by the day, past
 * its deadline, unanswered on the day, from a sender that has not ended. An outside body owes nothing the JCA-MV can
 * chase (the IETF answers when it chooses, RFC 4053), and a closed focus group awaits nobody's answer.</li>
 * <li><b>Awaiting a reply</b>, for information: a statement for action of the ITU-T side (a sender that has not ended)
 * to outside bodies that have not ended, unanswered on the day, that no ITU-T addressee owes.</li>
 * </ul>
 * Unanswered on the day: no reply gone out by then (a reply not a draft, not dated after the day), and its state on
 * the day (the last dated state change by then; the record's state where nothing is dated) is not REPLIED, NOTED or
 * CLOSED. A statement whose state on the day is DRAFT or APPROVED had not been sent.
 */
final class LiaisonObligations {

	private LiaisonObligations() {
	}

	/** The ITU-T side owes an answer on {@code day}; {@code purposes} empty or null: ACTION. */
	static boolean overdue(LiaisonRow row, LocalDate day, Collection<LiaisonPurpose> purposes) {
		Liaison liaison = row.liaison();
		if (!purposeOf(liaison, purposes) || !open(row, day) || liaison.deadline() == null
				|| !liaison.deadline().isBefore(day)) {
			return false;
		}
		return owedByItuT(row, day);
	}

	/** A statement for action of the ITU-T side still awaiting an outside body's answer on {@code day}. */
	static boolean awaiting(LiaisonRow row, LocalDate day) {
		if (!purposeOf(row.liaison(), null) || !open(row, day) || !row.sender().ituT() || owedByItuT(row, day)) {
			return false;
		}
		return row.recipients().stream().anyMatch((party) -> !party.ituT() && !party.endedBy(day));
	}

	private static boolean purposeOf(Liaison liaison, Collection<LiaisonPurpose> purposes) {
		return purposes == null || purposes.isEmpty() ? liaison.purpose() == LiaisonPurpose.ACTION
				: purposes.contains(liaison.purpose());
	}

	/** Sent by the day, unanswered on it, from a sender that had not ended. */
	private static boolean open(LiaisonRow row, LocalDate day) {
		LocalDate sentOn = row.liaison().sentOn();
		if (sentOn != null && sentOn.isAfter(day)) {
			return false;
		}
		if (row.sender() == null || row.sender().endedBy(day)) {
			return false;
		}
		String state = stateOn(row, day);
		return LiaisonState.sent(state) && !answered(row, day);
	}

	private static boolean owedByItuT(LiaisonRow row, LocalDate day) {
		return row.recipients()
			.stream()
			.anyMatch((party) -> party.ituT() && !party.endedBy(day) && !party.id().equals(row.sender().id()));
	}

	/**
	 * The state on the day: the last dated state change by then; where the history dates nothing, the record's state
	 * (or SENT); where it dates only later changes, what the first of them left (the statement was on record).
	 */
	static String stateOn(LiaisonRow row, LocalDate day) {
		String state = null;
		boolean dated = false;
		for (StateChange change : row.changes()) {
			if (change.on() != null) {
				dated = true;
				if (!change.on().isAfter(day)) {
					state = change.state();
				}
			}
		}
		if (!dated) {
			return row.liaison().state().name();
		}
		return state;
	}

	/** Answered by the day: a reply gone out by then, or its state on the day is REPLIED, NOTED or CLOSED. */
	static boolean answered(LiaisonRow row, LocalDate day) {
		boolean reply = row.replies()
			.stream()
			.anyMatch((r) -> (r.on() == null || !r.on().isAfter(day)) && LiaisonState.sent(r.state()));
		return reply || LiaisonState.settled(stateOn(row, day));
	}

	static List<Liaison> overdue(List<LiaisonRow> rows, LocalDate day, Collection<LiaisonPurpose> purposes) {
		return rows.stream()
			.filter((row) -> overdue(row, day, purposes))
			.sorted(java.util.Comparator.comparing((LiaisonRow row) -> row.liaison().deadline())
				.thenComparing((row) -> row.liaison().id()))
			.map(LiaisonRow::liaison)
			.toList();
	}

	static List<Liaison> awaiting(List<LiaisonRow> rows, LocalDate day) {
		return rows.stream().filter((row) -> awaiting(row, day)).map(LiaisonRow::liaison).toList();
	}

}
