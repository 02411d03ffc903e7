package io.mvgraph.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * What the importer tests share: the recorded samples, the work items and bodies read back through the export,
 * and an editor's change (a data-set import by the editor, as a spreadsheet round trip would make it).
 */
abstract class RegistryTestSupport extends ApiTestSupport {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	protected RegistryImport importer;

	protected static Path sample(String name) throws Exception {
		return new ClassPathResource("registry/" + name).getFile().toPath();
	}

	protected RegistryReport run(String registry, Path path, boolean dryRun) throws Exception {
		return this.importer.run(registry, path, "registry:test", dryRun, (line) -> { });
	}

	protected Map<String, Map<String, Object>> workItems() {
		return section("workItems");
	}

	protected Map<String, Map<String, Object>> bodies() {
		return section("bodies");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> section(String name) {
		Map<String, Map<String, Object>> byId = new HashMap<>();
		for (Object record : (List<?>) JSON.readValue(exportJson("analyst"), Map.class).get(name)) {
			byId.put((String) ((Map<?, ?>) record).get("id"), (Map<String, Object>) record);
		}
		return byId;
	}

	/** An editor sets one field of a record of the section ("workItems", "bodies"). */
	@SuppressWarnings("unchecked")
	protected void editorSets(String section, String id, String field, Object value) {
		Map<String, Object> record = new HashMap<>(section(section).get(id));
		record.put(field, value);
		importJson(JSON.writeValueAsBytes(Map.of("formatVersion", 2, section, List.of(record))));
	}

	@Autowired
	private org.springframework.data.neo4j.core.Neo4jClient client;

	/** How many provenance records the registry has. */
	protected long provenance(String registry) {
		return this.client.query("MATCH (p:RegistryRecord {registry: $registry}) RETURN count(p) AS n")
			.bind(registry).to("registry")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** A copy of a sample directory in which the registry has changed something since. */
	protected static Path changedCopy(String name, Path into, String file, String from, String to) throws Exception {
		Path copy = copyOf(name, into);
		Path changed = copy.resolve(file);
		String text = java.nio.file.Files.readString(changed);
		org.assertj.core.api.Assertions.assertThat(text).contains(from);
		java.nio.file.Files.writeString(changed, text.replace(from, to));
		return copy;
	}

	/** A copy of a sample directory. */
	protected static Path copyOf(String name, Path into) throws Exception {
		Path copy = into.resolve(name);
		java.nio.file.Files.createDirectories(copy);
		try (var files = java.nio.file.Files.list(sample(name))) {
			for (Path f : files.toList()) {
				java.nio.file.Files.copy(f, copy.resolve(f.getFileName().toString()));
			}
		}
		return copy;
	}

	/** The conflicts as "id.field". */
	protected static List<String> conflicts(RegistryReport report) {
		List<String> fields = new ArrayList<>();
		report.conflicts().forEach((c) -> fields.add(c.workItem() + "." + c.field()));
		return fields;
	}

}
