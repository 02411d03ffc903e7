package io.mvgraph.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.mvgraph.body.BodyKind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The IETF Datatracker's groups and vocabularies, as Django fixtures ({@code [{pk, model, fields}]}: the records
 * of {@code group.group} and of the {@code name.*} vocabularies, a directory of them or one file). A fetching
 * adapter of {@code /api/v1/group/group/} would write the same: a tastypie object carries the same fields, with
 * foreign keys as URIs ({@code "parent": "/api/v1/group/group/1/"}) and {@code id} added, which this reader takes
 * too. IETF groups (working and research groups, areas ...) become bodies, followed as "IETF " + acronym; the
 * vocabularies name their type ({@code wg} -> "WG") and state. External standards bodies ({@code type sdo}: the
 * Datatracker's liaison peers) are not IETF groups: skipped, and counted. The fixtures hold no liaison statements
 * (only their vocabularies) and no documents: no liaisons, no work items.
 */
@Component
class IetfDatatrackerSource implements RegistrySource {

	private static final Set<String> NOT_BODIES = Set.of("sdo", "individ");

	private static final java.util.regex.Pattern API_OBJECT = java.util.regex.Pattern
		.compile(".*/api/v1/([a-z_]+)/([a-z_]+)/([^/]+)/?$");

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String name() {
		return "ietf";
	}

	@Override
	public String organization() {
		return "ietf";
	}

	@Override
	public Result read(Path path, Consumer<String> progress) throws IOException {
		List<Path> files = RegistrySource.jsonFiles(path);
		Map<String, Map<?, ?>> groups = new java.util.LinkedHashMap<>();
		Map<String, String> fetchedOf = new HashMap<>();
		Map<String, Map<String, String>> vocabulary = new HashMap<>();
		List<String> skipped = new ArrayList<>();
		int vocabularyRows = 0;
		for (Path file : files) {
			String when = Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toString();
			Object content = this.json.readValue(Files.readAllBytes(file), Object.class);
			// a fixture is a list; an API page is {meta, objects}
			List<?> entries = content instanceof List<?> list ? list
					: content instanceof Map<?, ?> page && page.get("objects") instanceof List<?> objects ? objects
							: List.of();
			for (Object entry : entries) {
				if (!(entry instanceof Map<?, ?> record)) {
					continue;
				}
				Map<?, ?> fields = record.get("fields") instanceof Map<?, ?> f ? f : record;
				String model = record.get("model") != null ? String.valueOf(record.get("model")) : "";
				String key = String.valueOf(record.get("pk") != null ? record.get("pk") : record.get("id"));
				// an API object: /api/v1/<app>/<model>/<key>/ says what the fixture's model and pk say
				java.util.regex.Matcher uri = record.get("resource_uri") != null
						? API_OBJECT.matcher(String.valueOf(record.get("resource_uri"))) : null;
				if (model.isEmpty() && uri != null && uri.matches()) {
					model = uri.group(1) + "." + uri.group(2);
					key = uri.group(3);
				}
				if (model.equals("group.group")) {
					groups.put(key, fields);
					fetchedOf.put(key, when);
				}
				else {
					vocabularyRows++;
					if (model.startsWith("name.") && fields.get("name") != null) {
						vocabulary.computeIfAbsent(model, (m) -> new HashMap<>()).put(key, String.valueOf(fields.get("name")));
					}
				}
			}
		}
		Map<String, String> types = vocabulary.getOrDefault("name.grouptypename", Map.of());
		Map<String, String> states = vocabulary.getOrDefault("name.groupstatename", Map.of());
		List<RegistryBody> bodies = new ArrayList<>();
		int external = 0;
		for (Map.Entry<String, Map<?, ?>> entry : groups.entrySet()) {
			Map<?, ?> group = entry.getValue();
			String type = slug(group.get("type"));
			String acronym = group.get("acronym") != null ? String.valueOf(group.get("acronym")) : null;
			if (acronym == null || acronym.isBlank()) {
				skipped.add("group " + entry.getKey() + ": no acronym");
				continue;
			}
			if (type != null && NOT_BODIES.contains(type)) {
				external++;
				continue;
			}
			Map<?, ?> parent = groups.get(slug(group.get("parent")));
			String typeName = type != null ? types.getOrDefault(type, type) : null;
			String state = slug(group.get("state"));
			String groupName = String.valueOf(group.get("name")).strip();
			// "... Session Control (mmusic) WG", but "... Infrastructure Area (rai)": the type once
			boolean typed = typeName == null || typeName.equals("IETF")
					|| groupName.toLowerCase(java.util.Locale.ROOT).endsWith(typeName.toLowerCase(java.util.Locale.ROOT));
			String name = "IETF " + groupName + " (" + acronym + ")" + (typed ? "" : " " + typeName);
			bodies.add(new RegistryBody(name(), "group/" + entry.getKey(),
					"https://datatracker.ietf.org/group/" + acronym + "/", "IETF " + acronym, name, acronym,
					BodyKind.SDO_GROUP, parent != null && parent.get("acronym") != null ? "IETF " + parent.get("acronym") : null,
					null, null, null,
					"Datatracker state " + (state != null ? states.getOrDefault(state, state) : "not given")
							+ (group.get("time") != null ? " as of " + group.get("time") : "")
							+ (group.get("charter") != null ? ", charter " + group.get("charter") : ""),
					fetchedOf.get(entry.getKey())));
		}
		if (external > 0) {
			skipped.add(external + " external standards bodies (type sdo, the liaison peers) and individuals: not IETF groups");
		}
		progress.accept("ietf: " + groups.size() + " group(s), " + vocabularyRows + " vocabulary row(s) read; "
				+ bodies.size() + " IETF group(s)");
		return new Result(List.of(), bodies, skipped);
	}

	/** A fixture's key ({@code "wg"}, {@code 1683}) or an API URI ({@code /api/v1/name/grouptypename/wg/}). */
	private static String slug(Object value) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).replaceFirst("/+$", "");
		return text.substring(text.lastIndexOf('/') + 1);
	}

}
