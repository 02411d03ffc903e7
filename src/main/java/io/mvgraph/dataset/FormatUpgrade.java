package io.mvgraph.dataset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a data-set file of an older format version up to the current one, on the JSON tree, before it is read.
 * <p>
 * Version 1 to 2: a liaison's kind was written as a prefix of its note ({@code "type: LIAISON_AGREEMENT. ..."});
 * it becomes the field {@code kind} and the prefix leaves the note. Everything else of version 1 is valid
 * version 2 (full dates are partial dates of day precision; links without a specific kind stay as they are).
 */
final class FormatUpgrade {

	private static final Pattern KIND_PREFIX = Pattern.compile("^type:\\s*([A-Z_]+)\\.?\\s*");

	private FormatUpgrade() {
	}

	/** Upgrades {@code root} in place from {@code version} to {@link Dataset#FORMAT_VERSION}. */
	static void upgrade(ObjectNode root, int version) {
		if (version < 2) {
			liaisonKindsFromNotes(root);
		}
		root.put("formatVersion", Dataset.FORMAT_VERSION);
	}

	private static void liaisonKindsFromNotes(ObjectNode root) {
		JsonNode liaisons = root.get("liaisons");
		if (liaisons == null || !liaisons.isArray()) {
			return;
		}
		for (JsonNode liaison : liaisons) {
			if (!(liaison instanceof ObjectNode record) || record.has("kind")) {
				continue;
			}
			JsonNode note = record.get("note");
			if (note == null || !note.isString()) {
				continue;
			}
			Matcher prefix = KIND_PREFIX.matcher(note.stringValue());
			if (!prefix.find()) {
				continue;
			}
			String kind = switch (prefix.group(1)) {
				case "LIAISON_AGREEMENT", "AGREEMENT" -> "AGREEMENT";
				case "WORK_PROGRAMME_LIAISON_FIELD", "WORK_PROGRAMME_DECLARATION" -> "WORK_PROGRAMME_DECLARATION";
				case "LIAISON_STATEMENT", "STATEMENT" -> "STATEMENT";
				default -> null;
			};
			if (kind == null) {
				continue;
			}
			record.put("kind", kind);
			String rest = note.stringValue().substring(prefix.end()).strip();
			if (rest.isEmpty()) {
				record.remove("note");
			}
			else {
				record.put("note", rest);
			}
		}
	}

}
