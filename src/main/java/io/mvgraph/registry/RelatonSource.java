package io.mvgraph.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.mvgraph.api.PartialDate;
import io.mvgraph.workitem.WorkItemStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.stereotype.Component;

/**
 * Relaton bibliographic records (relaton-data-* YAML, one document per file) of ITU-T and ISO/IEC. Both schema
 * generations: v1.2.x ({@code docid}, {@code link}, {@code date[].value}, {@code docstatus},
 * {@code [ext.]editorialgroup}) and v1.5.x ({@code docidentifier}, {@code source}, {@code date[].at},
 * {@code status.stage}, the committee under {@code contributor[].organization.subdivision}). Amendments,
 * corrigenda and their drafts are not work items of the roadmap: skipped, and said so.
 */
@Component
class RelatonSource implements RegistrySource {

	/** Amd, Cor, DAM, FDAM, CD Amd, AWI Amd, Suppl. to an amendment ...: a change to a document, not one. */
	private static final Pattern AMENDMENT = Pattern.compile("(?i)(/|\\s)(AMD|COR|DAM|FDAM|PDAM|DCOR)\\b|\\bAmd\\s*\\d");

	@Override
	public String name() {
		return "relaton";
	}

	@Override
	public Result read(Path path, Consumer<String> progress) throws IOException {
		List<Path> files;
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				files = walk.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
					.filter((file) -> !file.getFileName().toString().startsWith("index"))
					.sorted()
					.toList();
			}
		}
		else {
			files = List.of(path);
		}
		List<RegistryRecord> records = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		int done = 0;
		for (Path file : files) {
			Object document;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				// SafeConstructor: plain maps, lists and scalars only, never arbitrary types
				document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			}
			catch (RuntimeException ex) {
				skipped.add(file.getFileName() + ": not readable YAML (" + ex.getMessage() + ")");
				continue;
			}
			if (!(document instanceof Map<?, ?> map)) {
				skipped.add(file.getFileName() + ": not a relaton record");
				continue;
			}
			String fetched = Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toString();
			RegistryRecord record = map(map, fetched);
			if (record.designation() == null) {
				skipped.add(file.getFileName() + ": no identifier");
			}
			else if (AMENDMENT.matcher(record.designation()).find()) {
				skipped.add(file.getFileName() + ": " + record.designation() + " amends a document");
			}
			else {
				records.add(record);
			}
			if (++done % 100 == 0) {
				progress.accept("relaton: " + done + " of " + files.size() + " files read");
			}
		}
		progress.accept("relaton: " + files.size() + " files read, " + records.size() + " records, " + skipped.size()
				+ " skipped");
		return new Result(records, skipped);
	}

	static RegistryRecord map(Map<?, ?> doc, String fetchedAt) {
		List<String> identifiers = new ArrayList<>();
		String designation = null;
		for (Map<?, ?> id : maps(first(doc.get("docidentifier"), doc.get("docid")))) {
			String value = text(first(id.get("content"), id.get("id")));
			String type = text(id.get("type"));
			if (value == null || "URN".equals(type) || "iso-reference".equals(type)) {
				continue;
			}
			identifiers.add(value);
			if (designation == null || Boolean.TRUE.equals(id.get("primary"))) {
				designation = value;
			}
		}
		String url = null;
		for (Map<?, ?> link : maps(first(doc.get("source"), doc.get("link")))) {
			if ("src".equals(text(link.get("type"))) && url == null) {
				url = text(link.get("content"));
			}
		}
		String title = null;
		for (Map<?, ?> t : maps(doc.get("title"))) {
			List<?> languages = t.get("language") instanceof List<?> list ? list : List.of(Objects.toString(t.get("language"), "en"));
			if (languages.contains("en") && (title == null || "main".equals(text(t.get("type"))))) {
				title = text(t.get("content"));
			}
		}
		String scope = null;
		for (Map<?, ?> a : maps(doc.get("abstract"))) {
			if (scope == null) {
				scope = text(a.get("content"));
			}
		}
		PartialDate published = null;
		for (Map<?, ?> date : maps(doc.get("date"))) {
			if ("published".equals(text(date.get("type")))) {
				Object value = first(date.get("at"), date.get("value"));
				// an unquoted YAML day (2022-09-15) arrives as a java.util.Date
				published = value instanceof java.util.Date day
						? PartialDate.of(day.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()) : partialDate(text(value));
			}
		}
		return new RegistryRecord("relaton", text(doc.get("id")), url, designation, identifiers,
				title != null ? title.replaceAll("\\s+", " ").strip() : null,
				scope != null ? scope.replaceAll("\\s+", " ").strip() : null, status(doc), published, committee(doc),
				fetchedAt);
	}

	/** ITU: status.stage.content; ISO: the harmonized stage code (docstatus.stage.value). */
	private static WorkItemStatus status(Map<?, ?> doc) {
		if (doc.get("status") instanceof Map<?, ?> status && status.get("stage") instanceof Map<?, ?> stage) {
			String content = Objects.toString(stage.get("content"), "").toLowerCase(Locale.ROOT);
			if (content.startsWith("withdraw") || content.startsWith("supersed")) {
				return WorkItemStatus.WITHDRAWN;
			}
			return content.startsWith("publish") || content.startsWith("in force") ? WorkItemStatus.PUBLISHED : null;
		}
		if (doc.get("docstatus") instanceof Map<?, ?> status && status.get("stage") instanceof Map<?, ?> stage) {
			String value = Objects.toString(stage.get("value"), "");
			if (!value.matches("\\d{2}")) {
				return null;
			}
			int code = Integer.parseInt(value);
			// ISO stages: 00-10 proposal, 20-40 preparation to enquiry, 50 approval, 60-90 published, 95 withdrawn
			return code >= 95 ? WorkItemStatus.WITHDRAWN : code >= 60 ? WorkItemStatus.PUBLISHED
					: code >= 50 ? WorkItemStatus.APPROVED : code >= 20 ? WorkItemStatus.UNDER_DEVELOPMENT
							: WorkItemStatus.PROPOSED;
		}
		return null;
	}

	private static String committee(Map<?, ?> doc) {
		Object group = doc.get("editorialgroup");
		if (group == null && doc.get("ext") instanceof Map<?, ?> ext) {
			group = ext.get("editorialgroup");
		}
		if (group instanceof Map<?, ?> editorial) {
			for (Map<?, ?> tc : maps(editorial.get("technical_committee"))) {
				if (tc.get("identifier") != null) {
					return text(tc.get("identifier"));
				}
			}
		}
		for (Map<?, ?> contributor : maps(doc.get("contributor"))) {
			if (contributor.get("organization") instanceof Map<?, ?> organization) {
				for (Map<?, ?> subdivision : maps(organization.get("subdivision"))) {
					for (Map<?, ?> name : maps(subdivision.get("name"))) {
						return text(name.get("content"));
					}
				}
			}
		}
		return null;
	}

	private static PartialDate partialDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return PartialDate.parse(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Object first(Object a, Object b) {
		return a != null ? a : b;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static List<Map<?, ?>> maps(Object value) {
		List<Map<?, ?>> maps = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((item) -> {
				if (item instanceof Map<?, ?> map) {
					maps.add(map);
				}
			});
		}
		else if (value instanceof Map<?, ?> map) {
			maps.add(map);
		}
		return maps;
	}

}
