package io.mvgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mvgraph.body.BodyKind;

/**
 * The body tree, to answer "is this body below that one" and "is this body part of ITU-T". A body is part of ITU-T
 * when it or a body above it is of an ITU-T kind (study group, Question, group, TSAG) or is the sector itself (the
 * parent of study groups or TSAG, whatever its own kind).
 */
final class BodyHierarchy {

	private final Map<String, String> parent = new HashMap<>();

	private final Map<String, String> kind = new HashMap<>();

	private final Set<String> sectors = new HashSet<>();

	BodyHierarchy(List<AnalysisCorpus.BodyRow> rows) {
		for (AnalysisCorpus.BodyRow row : rows) {
			this.parent.put(row.id(), row.parent());
			this.kind.put(row.id(), row.kind());
		}
		for (AnalysisCorpus.BodyRow row : rows) {
			if (row.parent() != null && ("ITU_T_SG".equals(row.kind()) || "TSAG".equals(row.kind()))) {
				this.sectors.add(row.parent());
			}
		}
	}

	/** The body and the bodies above it, nearest first. */
	List<String> line(String body) {
		List<String> line = new ArrayList<>();
		for (String up = body; up != null && !line.contains(up); up = this.parent.get(up)) {
			line.add(up);
		}
		return line;
	}

	boolean within(String body, String ancestor) {
		return line(body).contains(ancestor);
	}

	boolean ituT(String body) {
		for (String up : line(body)) {
			String kind = this.kind.get(up);
			if (this.sectors.contains(up) || (kind != null && isItuTKind(kind))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isItuTKind(String kind) {
		try {
			return BodyKind.valueOf(kind).isItuT();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The one body that all the given bodies are (or are below), if there is one among them. */
	String single(List<String> bodies) {
		for (String candidate : bodies) {
			if (bodies.stream().allMatch((body) -> within(body, candidate))) {
				return candidate;
			}
		}
		return null;
	}

}
