package io.mvgraph.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.mvgraph.api.PartialDate;
import io.mvgraph.body.BodyKind;
import io.mvgraph.workitem.WorkItemStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The W3C API (api.w3.org, HAL+JSON): a directory of its responses as a fetching adapter (or a recording) saved
 * them. A group ({@code GET /groups/{id}}) becomes a body, followed as "W3C " + its name; the group's
 * specification list ({@code GET /groups/{id}/specifications}) its work items, titled as listed, at their TR
 * shortlink. Where the directory also holds a specification ({@code shortlink}, {@code description}) or its
 * versions ({@code status}, {@code date}), the latest version gives status and, for a Recommendation or Note, the
 * publication date; without one the list says nothing about status. When fetched: the recording's
 * {@code _manifest.json} ({@code recorded_at}) where there is one, else the file's time.
 */
@Component
class W3cApiSource implements RegistrySource {

	private static final String API = "https://api.w3.org/";

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String name() {
		return "w3c";
	}

	@Override
	public String organization() {
		return "w3c";
	}

	@Override
	public Result read(Path path, Consumer<String> progress) throws IOException {
		List<Path> files = RegistrySource.jsonFiles(path);
		Map<String, String> recordedAt = recordedAt(files);
		Map<String, Map<?, ?>> groups = new LinkedHashMap<>();
		Map<String, List<Map<?, ?>>> groupSpecs = new LinkedHashMap<>();
		Map<String, Map<?, ?>> specs = new HashMap<>();
		Map<String, Map<?, ?>> latest = new HashMap<>();
		Map<String, String> fetched = new HashMap<>();
		for (Path file : files) {
			if (file.getFileName().toString().startsWith("_")) {
				continue;
			}
			Object body = this.json.readValue(Files.readAllBytes(file), Object.class);
			if (!(body instanceof Map<?, ?> response)) {
				continue;
			}
			String when = recordedAt.getOrDefault(file.getFileName().toString(),
					Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toString());
			Map<?, ?> links = response.get("_links") instanceof Map<?, ?> map ? map : Map.of();
			if ("w3cgroup".equals(response.get("discr")) && response.get("id") != null) {
				groups.put(String.valueOf(response.get("id")), response);
				fetched.put("group:" + response.get("id"), when);
			}
			else if (links.get("specifications") instanceof List<?> list && href(links.get("up")) != null
					&& href(links.get("up")).startsWith(API + "groups/")) {
				String group = lastSegment(href(links.get("up")));
				list.forEach((spec) -> {
					if (spec instanceof Map<?, ?> link) {
						groupSpecs.computeIfAbsent(group, (g) -> new ArrayList<>()).add(link);
					}
				});
				fetched.put("specs:" + group, when);
			}
			if (response.get("_embedded") instanceof Map<?, ?> embedded
					&& embedded.get("specifications") instanceof List<?> list) {
				list.forEach((spec) -> {
					if (spec instanceof Map<?, ?> map && map.get("shortname") != null) {
						specs.put(String.valueOf(map.get("shortname")), map);
					}
				});
			}
			else if (response.get("shortlink") != null && response.get("shortname") != null) {
				specs.put(String.valueOf(response.get("shortname")), response);
			}
			else if (response.get("status") != null && response.get("date") != null
					&& href(links.get("specification")) != null) {
				String shortname = lastSegment(href(links.get("specification")));
				Map<?, ?> before = latest.get(shortname);
				if (before == null || String.valueOf(response.get("date")).compareTo(String.valueOf(before.get("date"))) > 0) {
					latest.put(shortname, response);
				}
			}
		}

		List<RegistryRecord> records = new ArrayList<>();
		List<RegistryBody> bodies = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (Map.Entry<String, Map<?, ?>> entry : groups.entrySet()) {
			Map<?, ?> group = entry.getValue();
			String committee = "W3C " + group.get("name");
			Map<?, ?> links = group.get("_links") instanceof Map<?, ?> map ? map : Map.of();
			boolean closed = Boolean.TRUE.equals(group.get("is_closed"));
			// end-date is the current charter's end, not the group's: an end only once the group is closed
			bodies.add(new RegistryBody(name(), "group/" + entry.getKey(), href(links.get("homepage")), committee,
					committee, null, BodyKind.SDO_GROUP, null, text(group.get("description")),
					date(group.get("start-date")), closed ? date(group.get("end-date")) : null,
					group.get("type") != null ? "W3C " + group.get("type") + " " + group.get("shortname") : null,
					fetched.get("group:" + entry.getKey())));
		}
		for (Map.Entry<String, List<Map<?, ?>>> entry : groupSpecs.entrySet()) {
			Map<?, ?> group = groups.get(entry.getKey());
			if (group == null) {
				skipped.add(entry.getValue().size() + " specification(s) of group " + entry.getKey()
						+ ": the group itself is not in the directory (its name is what is followed)");
				continue;
			}
			String committee = "W3C " + group.get("name");
			for (Map<?, ?> link : entry.getValue()) {
				String shortname = lastSegment(href(link));
				String title = text(link.get("title"));
				if (shortname == null || title == null) {
					skipped.add("a specification link without href or title in group " + entry.getKey());
					continue;
				}
				Map<?, ?> spec = specs.get(shortname);
				String url = spec != null && spec.get("shortlink") != null ? text(spec.get("shortlink"))
						: "https://www.w3.org/TR/" + shortname + "/";
				Map<?, ?> version = latest.get(shortname);
				WorkItemStatus status = version != null ? status(text(version.get("status"))) : null;
				PartialDate published = status == WorkItemStatus.PUBLISHED ? date(version.get("date")) : null;
				String designation = "W3C " + title;
				List<String> identifiers = new ArrayList<>(List.of(designation));
				// "Level 1" is the first level of the same specification ("WebXR Augmented Reality Module")
				String unlevelled = designation.replaceFirst("(\\s+-)?\\s+Level\\s+1$", "");
				if (!unlevelled.equals(designation)) {
					identifiers.add(unlevelled);
				}
				records.add(new RegistryRecord(name(), shortname, url, designation, identifiers, title,
						spec != null ? plain(text(spec.get("description"))) : null, status, published, committee,
						fetched.get("specs:" + entry.getKey())));
			}
		}
		progress.accept("w3c: " + files.size() + " responses read: " + groups.size() + " group(s), " + records.size()
				+ " specification(s), " + latest.size() + " with a version");
		return new Result(records, bodies, skipped);
	}

	/** The W3C maturity levels: a Recommendation or a Note is published; a retired or discontinued one withdrawn. */
	static WorkItemStatus status(String status) {
		if (status == null) {
			return null;
		}
		String s = status.toLowerCase(Locale.ROOT);
		if (s.contains("retired") || s.contains("discontinued") || s.contains("superseded") || s.contains("rescinded")
				|| s.contains("obsolete")) {
			return WorkItemStatus.WITHDRAWN;
		}
		if (s.contains("draft") || s.contains("candidate") || s.contains("proposed")) {
			return WorkItemStatus.UNDER_DEVELOPMENT;
		}
		if (s.contains("recommendation") || s.contains("note") || s.contains("statement")) {
			return WorkItemStatus.PUBLISHED;
		}
		return null;
	}

	/** {@code _manifest.json}: file -> recorded_at (RFC 1123), as ISO-8601. */
	private Map<String, String> recordedAt(List<Path> files) throws IOException {
		Map<String, String> at = new HashMap<>();
		for (Path file : files) {
			if (!file.getFileName().toString().equals("_manifest.json")) {
				continue;
			}
			for (Object entry : this.json.readValue(Files.readAllBytes(file), List.class)) {
				if (entry instanceof Map<?, ?> map && map.get("file") != null && map.get("recorded_at") != null) {
					try {
						at.put(String.valueOf(map.get("file")), ZonedDateTime
							.parse(String.valueOf(map.get("recorded_at")), DateTimeFormatter.RFC_1123_DATE_TIME)
							.toOffsetDateTime()
							.toString());
					}
					catch (java.time.format.DateTimeParseException ex) {
						// not a time the manifest should hold: the file's time stands
					}
				}
			}
		}
		return at;
	}

	static String plain(String html) {
		if (html == null) {
			return null;
		}
		String text = html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
			.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("\\n", " ").replaceAll("\\s+", " ").strip();
		return text.isEmpty() ? null : text;
	}

	private static String href(Object link) {
		return link instanceof Map<?, ?> map && map.get("href") != null ? String.valueOf(map.get("href")) : null;
	}

	private static String lastSegment(String href) {
		if (href == null) {
			return null;
		}
		String path = href.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	static PartialDate date(Object value) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value);
		try {
			return PartialDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
