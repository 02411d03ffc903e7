package io.mvgraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a data-set file (format 1 or 2) straight into the rows the overlap model is built from (unit tests, no Neo4j).
 * {@link #V2} is a copy of the v2 reference file of {@code shared/data}, until the seed of the service is switched.
 */
final class ReferenceCorpus {

	static final String V2 = "dataset/metaverse-standards.json";

	private ReferenceCorpus() {
	}

	static AnalysisCorpus read(String resource) {
		JsonNode root;
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			root = JsonMapper.builder().build().readTree(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<AnalysisCorpus.Item> items = new ArrayList<>();
		List<AnalysisCorpus.Link> links = new ArrayList<>();
		for (JsonNode w : root.path("workItems")) {
			if ("WITHDRAWN".equals(w.path("status").asString())) {
				continue;
			}
			items.add(new AnalysisCorpus.Item(w.path("id").asString(), text(w, "designation"), text(w, "title"),
					text(w, "scope"), w.path("status").asString(), w.path("owner").asString(), strings(w.path("topics"))));
			for (JsonNode link : w.path("links")) {
				links.add(new AnalysisCorpus.Link(w.path("id").asString(), link.path("to").asString(),
						link.path("kind").asString()));
			}
		}
		List<AnalysisCorpus.BodyRow> bodies = new ArrayList<>();
		for (JsonNode b : root.path("bodies")) {
			bodies.add(new AnalysisCorpus.BodyRow(b.path("id").asString(), text(b, "parent"), b.path("kind").asString(),
					b.path("name").asString(), text(b, "acronym"), text(b, "activeUntil"), text(b, "succeededBy"),
					text(b, "coordinationUnit")));
		}
		List<AnalysisCorpus.TopicRow> topics = new ArrayList<>();
		for (JsonNode t : root.path("topics")) {
			topics.add(new AnalysisCorpus.TopicRow(t.path("id").asString(), text(t, "parent"), t.path("name").asString()));
		}
		List<AnalysisCorpus.LiaisonRow> liaisons = new ArrayList<>();
		for (JsonNode l : root.path("liaisons")) {
			String sentOn = text(l, "sentOn");
			liaisons.add(new AnalysisCorpus.LiaisonRow(l.path("id").asString(), l.path("from").asString(),
					strings(l.path("to")), strings(l.path("cc")), strings(l.path("concerns")), text(l, "kind"),
					text(l, "note"), sentOn != null ? java.time.LocalDate.parse(sentOn) : null));
		}
		return new AnalysisCorpus(items, bodies, topics, links, liaisons, AnalysisCorpus.Nodes.NONE);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
