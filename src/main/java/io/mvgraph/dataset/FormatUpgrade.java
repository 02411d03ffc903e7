package io.mvgraph.dataset;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a data-set file of an older format version up to the current one, on the JSON tree, before it is read.
 * <p>
 * Version 1 to 2: a liaison's kind was written as a prefix of its note ({@code "type: LIAISON_AGREEMENT. ..."});
 * it becomes the field {@code kind} and the prefix leaves the note. Everything else of version 1 is valid
 * version 2 (full dates are partial dates of day precision; links without a specific kind stay as they are), except
 * that version 1 recorded a symmetric link ({@code EQUIVALENT_TO}, {@code RELATED_TO}) at both ends: version 2 records
 * it once, so the upgrade keeps it at the end with the smaller id.
 */
final class FormatUpgrade {

	private static final Pattern KIND_PREFIX = Pattern.compile("^type:\\s*([A-Z_]+)\\.?\\s*");

	private static final Set<String> SYMMETRIC = Set.of("EQUIVALENT_TO", "RELATED_TO");

	private FormatUpgrade() {
	}

	/** Upgrades {@code root} in place from {@code version} to {@link Dataset#FORMAT_VERSION}. */
	static void upgrade(ObjectNode root, int version) {
		if (version < 2) {
			liaisonKindsFromNotes(root);
			symmetricLinksOnce(root);
		}
		root.put("formatVersion", Dataset.FORMAT_VERSION);
	}

	/** A symmetric link recorded at both ends is kept at the end with the smaller id. */
	private static void symmetricLinksOnce(ObjectNode root) {
		JsonNode items = root.get("workItems");
		if (items == null || !items.isArray()) {
			return;
		}
		Set<String> recorded = new HashSet<>();
		forEachSymmetricLink(items, (from, to, kind, links, index) -> recorded.add(kind + "|" + from + "|" + to));
		forEachSymmetricLink(items, (from, to, kind, links, index) -> {
			if (from.compareTo(to) > 0 && recorded.contains(kind + "|" + to + "|" + from)) {
				links.remove(index);
			}
		});
	}

	private interface LinkVisitor {

		void visit(String from, String to, String kind, ArrayNode links, int index);

	}

	/** Visits the symmetric links of every work item, last first (so that a visitor may remove the one it sees). */
	private static void forEachSymmetricLink(JsonNode items, LinkVisitor visitor) {
		for (JsonNode item : items) {
			JsonNode id = item.get("id");
			if (id == null || !id.isString() || !(item.get("links") instanceof ArrayNode links)) {
				continue;
			}
			for (int i = links.size() - 1; i >= 0; i--) {
				JsonNode to = links.get(i).get("to");
				JsonNode kind = links.get(i).get("kind");
				if (to != null && to.isString() && kind != null && kind.isString()
						&& SYMMETRIC.contains(kind.stringValue())) {
					visitor.visit(id.stringValue(), to.stringValue(), kind.stringValue(), links, i);
				}
			}
		}
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
