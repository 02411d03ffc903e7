package io.mvgraph.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mvgraph.body.BodyKind;
import io.mvgraph.body.BodyRecord;
import io.mvgraph.dataset.Dataset;
import io.mvgraph.dataset.DatasetService;
import io.mvgraph.dataset.ImportReport;
import io.mvgraph.workitem.WorkItemRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings registry records into the roadmap. Each record of a followed committee is matched to a work item by its
 * identifiers (an earlier import of the same record, else the designation without edition or stage, else the
 * url) instead of duplicating it; unmatched ones become new work items of the committee's body. A followed
 * committee's or group's own record maps to the body the configuration names (matched by an earlier import, that
 * id, else its url; created when there is none), with the same rules for its name, url and dates. A field is
 * written only where the roadmap still holds what the last import brought (or nothing): a field an editor changed
 * since is kept and the difference reported as a conflict. Provenance ((:RegistryRecord) nodes: registry, record
 * id, url, when fetched, the values imported) makes a second run change nothing. The writes go through the
 * data-set import: its checks, all or nothing, the history as an import by the user. A dry run writes nothing.
 */
@Service
public class RegistryImport {

	private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

	/** The fields a registry speaks for; everything else (topics, links, scope once set) is the editors'. */
	static final List<String> FIELDS = List.of("title", "status", "publishedDate", "url");

	/** Provenance by record id, in the same map as by key: keys are upper-case designations or "body:...". */
	private static final String RECORD = "#record:";

	private final Map<String, RegistrySource> sources;

	private final DatasetService datasets;

	private final Neo4jClient client;

	private final RegistryProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	RegistryImport(List<RegistrySource> sources, DatasetService datasets, Neo4jClient client,
			RegistryProperties properties) {
		this.sources = sources.stream().collect(Collectors.toMap(RegistrySource::name, Function.identity()));
		this.datasets = datasets;
		this.client = client;
		this.properties = properties;
	}

	public Set<String> registries() {
		return new java.util.TreeSet<>(this.sources.keySet());
	}

	@Transactional
	public RegistryReport run(String registry, Path path, String user, boolean dryRun, Consumer<String> progress)
			throws IOException {
		RegistrySource source = this.sources.get(registry);
		if (source == null) {
			throw new IllegalArgumentException("unknown registry '" + registry + "'; one of " + registries());
		}
		Consumer<String> report = (line) -> {
			log.info(line);
			progress.accept(line);
		};
		RegistrySource.Result read = source.read(path, report);
		Map<String, RegistryProperties.Follow> follow = new HashMap<>();
		this.properties.follow().forEach((f) -> follow.put(f.committee().toLowerCase(Locale.ROOT), f));
		List<String> skipped = new ArrayList<>(read.skipped());

		// one record per document: the latest edition stands for it
		Map<String, RegistryRecord> byKey = new LinkedHashMap<>();
		int followed = 0;
		for (RegistryRecord record : read.records()) {
			if (record.committee() == null || !follow.containsKey(record.committee().toLowerCase(Locale.ROOT))) {
				skipped.add(record.recordId() + ": committee '" + record.committee() + "' is not followed");
				continue;
			}
			followed++;
			byKey.merge(key(record.designation()), record, (a, b) -> later(a, b) ? a : b);
		}

		// one export for both sections: what the roadmap holds now
		Dataset roadmap = this.datasets.export();
		List<WorkItemRecord> items = roadmap.workItems();
		Map<String, WorkItemRecord> itemsById = new HashMap<>();
		Map<String, WorkItemRecord> itemsByKey = new HashMap<>();
		Map<String, WorkItemRecord> itemsByUrl = new HashMap<>();
		for (WorkItemRecord item : items) {
			itemsById.put(item.id(), item);
			if (item.designation() != null) {
				itemsByKey.putIfAbsent(key(item.designation()), item);
			}
			if (item.url() != null) {
				itemsByUrl.putIfAbsent(url(item.url()), item);
			}
		}
		Map<String, Provenance> provenance = provenance(registry);

		List<Map<String, Object>> toImport = new ArrayList<>();
		List<Map<String, Object>> provenanceRows = new ArrayList<>();
		List<String> created = new ArrayList<>();
		Map<String, List<String>> updated = new LinkedHashMap<>();
		List<RegistryReport.Conflict> conflicts = new ArrayList<>();
		Set<String> takenIds = new HashSet<>(itemsById.keySet());
		int matched = 0;
		int unchanged = 0;
		int done = 0;
		for (Map.Entry<String, RegistryRecord> entry : byKey.entrySet()) {
			if (++done % 500 == 0) {
				report.accept(registry + ": " + done + " of " + byKey.size() + " records matched");
			}
			RegistryRecord record = entry.getValue();
			Map<String, Object> values = values(record);
			Provenance before = provenanceOf(provenance, entry.getKey(), record.recordId());
			WorkItemRecord item = before != null ? itemsById.get(before.targetId()) : null;
			// every number the registry gives the document, the designation first, then the url
			for (String identifier : identifiers(record)) {
				if (item == null) {
					item = itemsByKey.get(key(identifier));
				}
			}
			if (item == null && record.url() != null) {
				item = itemsByUrl.get(url(record.url()));
			}
			String id;
			if (item == null && !values.containsKey("title")) {
				// a work item needs a title; the record may still update one it matches (ISO's trimmed records)
				skipped.add(record.recordId() + ": " + record.designation() + " matches no work item and has no title to create one with");
				continue;
			}
			if (item == null) {
				RegistryProperties.Follow owner = follow.get(record.committee().toLowerCase(Locale.ROOT));
				id = newId(entry.getKey(), takenIds);
				Map<String, Object> fresh = new LinkedHashMap<>();
				fresh.put("id", id);
				fresh.put("designation", record.designation());
				fresh.putAll(values);
				fresh.putIfAbsent("status", "UNDER_DEVELOPMENT");
				fresh.put("owner", owner.body());
				fresh.put("topics", List.of(owner.topic()));
				if (record.scope() != null) {
					fresh.put("scope", record.scope().length() > 4000 ? record.scope().substring(0, 4000) : record.scope());
				}
				fresh.put("source", record.url() != null ? record.url() : registry + ":" + record.recordId());
				fresh.put("confidence", "high");
				fresh.put("note", "Imported from " + registry + " record " + record.recordId() + "; topics to be refined.");
				toImport.add(fresh);
				created.add(id);
			}
			else {
				matched++;
				id = item.id();
				Map<String, Object> current = asMap(item);
				List<String> changed = merge(id, current, values, before, record.recordId(), conflicts);
				if (changed.isEmpty()) {
					unchanged++;
				}
				else {
					updated.put(id, changed);
					toImport.add(current);
				}
			}
			provenanceRows.add(provenanceRow(registry, record.recordId(), entry.getKey(), record.url(),
					record.fetchedAt(), id, null, values));
		}

		// committees and groups: the followed ones map to the body the configuration names
		List<Map<String, Object>> bodiesToImport = new ArrayList<>();
		List<String> bodiesCreated = new ArrayList<>();
		Map<String, List<String>> bodiesUpdated = new LinkedHashMap<>();
		Map<String, BodyRecord> bodiesById = new HashMap<>();
		Map<String, BodyRecord> bodiesByUrl = new HashMap<>();
		for (BodyRecord body : roadmap.bodies()) {
			bodiesById.put(body.id(), body);
			if (body.url() != null) {
				bodiesByUrl.putIfAbsent(url(body.url()), body);
			}
		}
		// one record per committee: a directory may hold a subset and the whole file (ISO's samples do)
		Map<String, RegistryBody> bodiesByCommittee = new LinkedHashMap<>();
		read.bodies().forEach((body) -> bodiesByCommittee.putIfAbsent(
				body.committee() != null ? body.committee().toLowerCase(Locale.ROOT) : "#" + body.recordId(), body));
		for (RegistryBody body : bodiesByCommittee.values()) {
			RegistryProperties.Follow target = body.committee() != null
					? follow.get(body.committee().toLowerCase(Locale.ROOT)) : null;
			if (target == null) {
				// not followed: said in one line per registry, not once per committee (ISO has 785)
				continue;
			}
			followed++;
			String key = "body:" + body.committee().toLowerCase(Locale.ROOT);
			Map<String, Object> values = values(body);
			Provenance before = provenanceOf(provenance, key, body.recordId());
			BodyRecord existing = before != null ? bodiesById.get(before.targetId()) : null;
			if (existing == null) {
				existing = bodiesById.get(target.body());
			}
			if (existing == null && body.url() != null) {
				existing = bodiesByUrl.get(url(body.url()));
			}
			String id;
			if (existing == null) {
				id = target.body();
				Map<String, Object> fresh = new LinkedHashMap<>();
				fresh.put("id", id);
				fresh.putAll(values);
				if (body.acronym() != null) {
					fresh.put("acronym", body.acronym());
				}
				fresh.put("kind", (body.kind() != null ? body.kind() : BodyKind.SDO_GROUP).name());
				RegistryProperties.Follow parent = body.parentCommittee() != null
						? follow.get(body.parentCommittee().toLowerCase(Locale.ROOT)) : null;
				if (parent != null) {
					fresh.put("parent", parent.body());
				}
				else if (source.organization() != null && bodiesById.containsKey(source.organization())) {
					fresh.put("parent", source.organization());
				}
				if (body.mandate() != null) {
					fresh.put("mandate", body.mandate().length() > 4000 ? body.mandate().substring(0, 4000) : body.mandate());
				}
				fresh.put("source", body.url() != null ? body.url() : registry + ":" + body.recordId());
				fresh.put("confidence", "high");
				fresh.put("note", "Imported from " + registry + " record " + body.recordId()
						+ (body.note() != null ? "; " + body.note() : "") + ".");
				bodiesToImport.add(fresh);
				bodiesCreated.add(id);
			}
			else {
				matched++;
				id = existing.id();
				Map<String, Object> current = asMap(existing);
				List<String> changed = merge(id, current, values, before, body.recordId(), conflicts);
				if (changed.isEmpty()) {
					unchanged++;
				}
				else {
					bodiesUpdated.put(id, changed);
					bodiesToImport.add(current);
				}
			}
			provenanceRows.add(provenanceRow(registry, body.recordId(), key, body.url(), body.fetchedAt(), null, id,
					values));
		}
		long notFollowed = bodiesByCommittee.values().stream()
			.filter((body) -> body.committee() == null || !follow.containsKey(body.committee().toLowerCase(Locale.ROOT)))
			.count();
		if (notFollowed > 0) {
			skipped.add(notFollowed + " committee(s) or group(s) not followed");
		}

		ImportReport dataset = null;
		if (!toImport.isEmpty() || !bodiesToImport.isEmpty()) {
			Map<String, Object> sections = new LinkedHashMap<>();
			sections.put("formatVersion", 2);
			if (!bodiesToImport.isEmpty()) {
				sections.put("bodies", bodiesToImport);
			}
			if (!toImport.isEmpty()) {
				sections.put("workItems", toImport);
			}
			byte[] file = this.json.writeValueAsBytes(sections);
			dataset = this.datasets.importFrom(new ByteArrayInputStream(file), user, dryRun);
		}
		if (!dryRun && (dataset == null || !dataset.rejected())) {
			this.client.query("""
					UNWIND $rows AS row
					MERGE (p:RegistryRecord {registry: row.registry, recordId: row.recordId})
					SET p.key = row.key, p.url = row.url, p.fetchedAt = row.fetchedAt, p.workItemId = row.workItemId,
					    p.bodyId = row.bodyId, p.imported = row.imported
					""").bind(provenanceRows).to("rows").run();
		}
		RegistryReport result = new RegistryReport(registry, dryRun,
				read.records().size() + read.bodies().size() + read.skipped().size(),
				followed, matched, created, updated, bodiesCreated, bodiesUpdated, unchanged, conflicts, skipped, dataset);
		report.accept(result.lines().get(0));
		return result;
	}

	/** {@code targetId}: the work item (or body) the record was imported into. */
	private record Provenance(String targetId, Map<String, Object> imported) {
	}

	/**
	 * Writes into {@code current} the registry's values where the roadmap still holds what the last import brought
	 * (or nothing); where an editor's value differs, it stays and a conflict is reported. The fields written.
	 */
	private static List<String> merge(String id, Map<String, Object> current, Map<String, Object> values,
			Provenance before, String recordId, List<RegistryReport.Conflict> conflicts) {
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, Object> value : values.entrySet()) {
			String field = value.getKey();
			Object graph = current.get(field);
			Object last = before != null ? before.imported().get(field) : null;
			if (Objects.equals(graph, value.getValue()) || (field.equals("url") && graph instanceof String a
					&& value.getValue() instanceof String b && url(a).equals(url(b)))) {
				// the same address written another way (a trailing slash, http) is the same address
				continue;
			}
			if ((last != null && Objects.equals(graph, last)) || (last == null && graph == null)) {
				current.put(field, value.getValue());
				changed.add(field);
			}
			else if (last == null || !Objects.equals(value.getValue(), last)) {
				conflicts.add(new RegistryReport.Conflict(id, field, graph, value.getValue(), recordId));
			}
			// else: the registry still says what it said; the editor's later value stands, quietly
		}
		return changed;
	}

	private Map<String, Object> provenanceRow(String registry, String recordId, String key, String url,
			String fetchedAt, String workItemId, String bodyId, Map<String, Object> values) {
		Map<String, Object> row = new HashMap<>();
		row.put("registry", registry);
		row.put("recordId", recordId);
		row.put("key", key);
		row.put("url", url);
		row.put("fetchedAt", fetchedAt);
		row.put("workItemId", workItemId);
		row.put("bodyId", bodyId);
		row.put("imported", this.json.writeValueAsString(values));
		return row;
	}

	/** The designation first, then the other numbers the registry gives the document. */
	private static List<String> identifiers(RegistryRecord record) {
		List<String> identifiers = new ArrayList<>();
		identifiers.add(record.designation());
		if (record.identifiers() != null) {
			record.identifiers().stream().filter(Objects::nonNull).forEach(identifiers::add);
		}
		return identifiers;
	}

	/** The registry's values of the body fields it speaks for. */
	private static Map<String, Object> values(RegistryBody body) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (body.name() != null) {
			values.put("name", body.name());
		}
		if (body.url() != null) {
			values.put("url", body.url());
		}
		if (body.activeFrom() != null) {
			values.put("activeFrom", body.activeFrom().toString());
		}
		if (body.activeUntil() != null) {
			values.put("activeUntil", body.activeUntil().toString());
		}
		return values;
	}

	/**
	 * The registry's provenance records by key (the document: editions collapse into one) and by record id (a
	 * record whose designation the registry has changed since is still the same record).
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Provenance> provenance(String registry) {
		Map<String, Provenance> byKey = new HashMap<>();
		this.client.query("MATCH (p:RegistryRecord {registry: $registry}) "
				+ "RETURN p.key AS key, p.recordId AS recordId, coalesce(p.workItemId, p.bodyId) AS item, p.imported AS imported")
			.bind(registry).to("registry")
			.fetch()
			.all()
			.forEach((row) -> {
				Provenance provenance = new Provenance((String) row.get("item"),
						this.json.readValue((String) row.get("imported"), Map.class));
				byKey.put((String) row.get("key"), provenance);
				byKey.putIfAbsent(RECORD + row.get("recordId"), provenance);
			});
		return byKey;
	}

	private static Provenance provenanceOf(Map<String, Provenance> provenance, String key, String recordId) {
		Provenance byKey = provenance.get(key);
		return byKey != null ? byKey : provenance.get(RECORD + recordId);
	}

	/** The registry's values of the fields it speaks for, as the data set writes them. */
	private static Map<String, Object> values(RegistryRecord record) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (record.title() != null) {
			values.put("title", record.title());
		}
		if (record.status() != null) {
			values.put("status", record.status().name());
		}
		if (record.publishedDate() != null) {
			values.put("publishedDate", record.publishedDate().toString());
		}
		if (record.url() != null) {
			values.put("url", record.url());
		}
		return values;
	}

	private static boolean later(RegistryRecord a, RegistryRecord b) {
		Comparator<RegistryRecord> order = Comparator.comparing(RegistryRecord::publishedDate,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		return order.compare(a, b) >= 0;
	}

	/**
	 * The designation as a document's identity: without edition, date or stage ("ITU-T F.740.11 (03/2025)" and
	 * "ISO/IEC DIS 23090-39" and "ISO/IEC 23090-3:2022" become "ITU-T F.740.11", "ISO/IEC 23090-39",
	 * "ISO/IEC 23090-3").
	 */
	static String key(String designation) {
		String key = designation.toUpperCase(Locale.ROOT);
		key = key.replaceAll("\\([^)]*\\)", " ");
		key = key.replaceAll(":\\s*\\d{4}.*$", "");
		key = key.replaceAll("\\b(DIS|FDIS|CD|AWI|NP|PWI|WD|DTR|DTS|PAS)\\b", " ");
		return key.replaceAll("\\s+", " ").strip();
	}

	static String url(String url) {
		return url.toLowerCase(Locale.ROOT)
			.replaceFirst("^https?://", "")
			.replaceFirst("^www\\.", "")
			.replaceFirst(":443/", "/")
			.replaceFirst("/+$", "");
	}

	private static String newId(String key, Set<String> taken) {
		String base = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String id = base;
		for (int i = 2; !taken.add(id); i++) {
			id = base + "-" + i;
		}
		return id;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> asMap(Object record) {
		Map<String, Object> map = this.json.convertValue(record, Map.class);
		map.values().removeIf(Objects::isNull);
		return map;
	}

}
