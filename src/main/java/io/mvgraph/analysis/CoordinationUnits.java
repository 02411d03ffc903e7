package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.mvgraph.api.PartialDate;

/**
 * The coordination unit of every body: the party the JCA-MV coordinates with, whose inside is not its business.
 * Walking up from a body:
 * <ul>
 * <li>inside ITU (the tree of the ITU-T, ITU-R and ITU-D kinds of body), the first of: an ITU-T study group (with its
 * Questions, working parties and groups), TSAG, a group directly under TSAG, ITU-T or ITU (a focus group, a JCA, a
 * global initiative), the ITU-R or ITU-D sector as a whole (its topmost body of that kind); ITU-T and ITU themselves
 * are units of their own;</li>
 * <li>outside ITU, the nearest body at or above it that is an organisation (kind SDO, CONSORTIUM, FORUM, OPEN_SOURCE,
 * REGIONAL, NATIONAL): AOUSD, not the Linux Foundation above it; a tree without one is one unit, its root;</li>
 * <li>a body that was succeeded (itself or a body on its way up to its unit) belongs to its successor's unit: SG16's
 * Questions are SG21's;</li>
 * <li>the exception, where the data needs one: a body's {@code coordinationUnit} names the body whose unit it belongs
 * to; its own id makes it a unit of its own (say, a joint team that answers to neither parent alone), and a body
 * below it belongs to it too.</li>
 * </ul>
 * Computed once per model; {@link #unit} is an index per body.
 */
final class CoordinationUnits {

	static final Set<String> ITU_KINDS = Set.of("ITU_T_SG", "ITU_T_QUESTION", "ITU_T_GROUP", "TSAG", "ITU_R", "ITU_D");

	static final Set<String> ORGANISATION_KINDS = Set.of("SDO", "CONSORTIUM", "FORUM", "OPEN_SOURCE", "REGIONAL",
			"NATIONAL");

	/** The unit of each body (an index of a body). */
	final int[] unit;

	/** Whether the body is inside ITU (for a unit: an ITU unit, the JCA-MV can act). */
	final boolean[] itu;

	/**
	 * Each body with the bodies above it and, for a body that was succeeded on the way up, its successor and the
	 * bodies above that: a liaison with any of them concerns the body's work.
	 */
	final int[][] line;

	/** Whether the body is a hub of coordination: TSAG, or a Joint Coordination Activity (ToR 2.6). */
	final boolean[] hub;

	private final String[] activeUntil;

	private final int[] successor;

	CoordinationUnits(String[] ids, int[] parent, String[] kinds, String[] names, String[] acronyms,
			String[] activeUntil, int[] successor, int[] override, int[][] bodyLine) {
		int n = ids.length;
		this.activeUntil = activeUntil;
		this.successor = successor;
		Set<Integer> ituRoots = new HashSet<>();
		Set<Integer> sectors = new HashSet<>();
		for (int b = 0; b < n; b++) {
			if (kinds[b] != null && ITU_KINDS.contains(kinds[b])) {
				ituRoots.add(bodyLine[b][bodyLine[b].length - 1]);
				if (("ITU_T_SG".equals(kinds[b]) || "TSAG".equals(kinds[b])) && parent[b] >= 0) {
					sectors.add(parent[b]);
				}
			}
		}
		this.itu = new boolean[n];
		this.hub = new boolean[n];
		int[] structural = new int[n];
		for (int b = 0; b < n; b++) {
			this.itu[b] = ituRoots.contains(bodyLine[b][bodyLine[b].length - 1]);
			structural[b] = this.itu[b] ? ituUnit(b, parent, kinds, override, bodyLine[b], ituRoots, sectors)
					: organisationUnit(kinds, override, bodyLine[b]);
			this.hub[b] = "TSAG".equals(kinds[b]) || (this.itu[b] && isJointCoordinationActivity(names[b], acronyms[b]));
		}
		this.unit = new int[n];
		for (int b = 0; b < n; b++) {
			this.unit[b] = resolve(b, structural, bodyLine, 0);
		}
		this.line = new int[n][];
		for (int b = 0; b < n; b++) {
			List<Integer> extended = new ArrayList<>();
			extend(b, bodyLine, extended, 0);
			this.line[b] = extended.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	private static boolean isJointCoordinationActivity(String name, String acronym) {
		return (acronym != null && acronym.startsWith("JCA"))
				|| (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("joint coordination activity"));
	}

	private static int ituUnit(int body, int[] parent, String[] kinds, int[] override, int[] line,
			Set<Integer> ituRoots, Set<Integer> sectors) {
		for (int i = 0; i < line.length; i++) {
			int x = line[i];
			if (override[x] >= 0) {
				return override[x];
			}
			String kind = kinds[x];
			if ("ITU_T_SG".equals(kind) || "TSAG".equals(kind)) {
				return x;
			}
			if ("ITU_R".equals(kind) || "ITU_D".equals(kind)) {
				// the sector as a whole: the topmost body of the same kind on the way up
				int top = x;
				for (int j = i + 1; j < line.length && kind.equals(kinds[line[j]]); j++) {
					top = line[j];
				}
				return top;
			}
			if (ituRoots.contains(x) || sectors.contains(x)) {
				return x;
			}
			int up = parent[x];
			if (up >= 0 && !"ITU_T_QUESTION".equals(kind)
					&& (ituRoots.contains(up) || sectors.contains(up) || "TSAG".equals(kinds[up]))) {
				return x;
			}
		}
		return line[line.length - 1];
	}

	private static int organisationUnit(String[] kinds, int[] override, int[] line) {
		for (int x : line) {
			if (override[x] >= 0) {
				return override[x];
			}
			if (kinds[x] != null && ORGANISATION_KINDS.contains(kinds[x])) {
				return x;
			}
		}
		return line[line.length - 1];
	}

	/** The structural unit, or the successor's unit where a body on the way up to it was succeeded. */
	private int resolve(int body, int[] structural, int[][] bodyLine, int depth) {
		int unit = structural[body];
		if (depth > 16) {
			return unit;
		}
		for (int x : bodyLine[body]) {
			if (this.successor[x] >= 0 && this.successor[x] != x) {
				return resolve(this.successor[x], structural, bodyLine, depth + 1);
			}
			if (x == unit) {
				break;
			}
		}
		// an override that names another body: that body's unit
		if (unit != body && structural[unit] != unit) {
			return resolve(unit, structural, bodyLine, depth + 1);
		}
		return unit;
	}

	private void extend(int body, int[][] bodyLine, List<Integer> into, int depth) {
		for (int x : bodyLine[body]) {
			if (!into.contains(x)) {
				into.add(x);
			}
			if (depth < 16 && this.successor[x] >= 0 && !into.contains(this.successor[x])) {
				extend(this.successor[x], bodyLine, into, depth + 1);
			}
		}
	}

	/** Whether the two bodies belong to one unit. */
	boolean same(int bodyA, int bodyB) {
		return this.unit[bodyA] == this.unit[bodyB];
	}

	/** The end of the body's activity as of a day: its activeUntil when that is past, else null. */
	PartialDate ended(int body, LocalDate asOf) {
		PartialDate until;
		try {
			until = PartialDate.parseNullable(this.activeUntil[body]);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return until != null && until.end().isBefore(asOf) ? until : null;
	}

	int successor(int body) {
		return this.successor[body];
	}

	/** The body that holds the work of this one now: itself, or the last of its successors. */
	int latest(int body) {
		int current = body;
		for (int guard = 0; guard < 16 && this.successor[current] >= 0 && this.successor[current] != current; guard++) {
			current = this.successor[current];
		}
		return current;
	}

}
