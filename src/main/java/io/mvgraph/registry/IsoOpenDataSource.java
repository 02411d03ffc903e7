package io.mvgraph.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.mvgraph.api.PartialDate;
import io.mvgraph.body.BodyKind;
import io.mvgraph.workitem.WorkItemStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * ISO Open Data (ODC-By, "ISO Open Data"): {@code iso_deliverables_metadata} (JSONL, one deliverable a line, or a
 * JSON file of one), {@code iso_technical_committees} (JSONL) and the {@code iso_ics} XML, as files in a directory
 * (any depth) or one file. Deliverables become work items (reference, title.en, stage, publication date, owner
 * committee, catalogue url); amendments and corrigenda ({@code supplementType}) are skipped. Committees become
 * bodies, followed by their reference ("ISO/IEC JTC 1/SC 29"). The ICS titles name a new item's classification in
 * its note. The file is read a line at a time: the whole deliverables set is some 80,000 lines.
 */
@Component
class IsoOpenDataSource implements RegistrySource {

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String name() {
		return "iso";
	}

	@Override
	public String organization() {
		return "iso";
	}

	@Override
	public Result read(Path path, Consumer<String> progress) throws IOException {
		List<Path> files;
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				files = walk.filter(Files::isRegularFile)
					.filter((f) -> f.toString().endsWith(".jsonl") || f.toString().endsWith(".json")
							|| f.toString().endsWith(".xml"))
					.sorted()
					.toList();
			}
		}
		else {
			files = List.of(path);
		}
		Map<String, String> ics = new HashMap<>();
		for (Path file : files) {
			if (file.toString().endsWith(".xml")) {
				ics.putAll(ics(file));
			}
		}
		List<Map<?, ?>> deliverables = new ArrayList<>();
		List<Map<?, ?>> committees = new ArrayList<>();
		Map<Object, String> fetchedOf = new java.util.IdentityHashMap<>();
		List<String> skipped = new ArrayList<>();
		int lines = 0;
		for (Path file : files) {
			if (file.toString().endsWith(".xml")) {
				continue;
			}
			String when = Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toString();
			List<Object> objects = new ArrayList<>();
			if (file.toString().endsWith(".jsonl")) {
				try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					String line;
					while ((line = reader.readLine()) != null) {
						if (line.isBlank()) {
							continue;
						}
						objects.add(this.json.readValue(line, Object.class));
						if (++lines % 10000 == 0) {
							progress.accept("iso: " + lines + " lines read");
						}
					}
				}
			}
			else {
				Object value = this.json.readValue(Files.readAllBytes(file), Object.class);
				if (value instanceof List<?> list) {
					objects.addAll(list);
				}
				else {
					objects.add(value);
				}
			}
			for (Object object : objects) {
				if (!(object instanceof Map<?, ?> map)) {
					skipped.add(file.getFileName() + ": an entry that is not an object");
				}
				else if (map.containsKey("deliverableType")) {
					deliverables.add(map);
					fetchedOf.put(map, when);
				}
				else if (map.containsKey("reference") && (map.containsKey("secretariat") || map.containsKey("childrenId"))) {
					committees.add(map);
					fetchedOf.put(map, when);
				}
				else {
					skipped.add(file.getFileName() + ": an object that is neither a deliverable nor a committee");
				}
			}
		}

		Map<String, String> references = new HashMap<>();
		committees.forEach((c) -> references.put(String.valueOf(c.get("id")), String.valueOf(c.get("reference"))));
		List<RegistryBody> bodies = new ArrayList<>();
		for (Map<?, ?> committee : committees) {
			String reference = String.valueOf(committee.get("reference"));
			String title = english(committee.get("title"));
			String status = committee.get("status") != null ? String.valueOf(committee.get("status")) : null;
			bodies.add(new RegistryBody(name(), "committee/" + committee.get("id"),
					"https://www.iso.org/committee/" + committee.get("id") + ".html", reference,
					title != null ? reference + " " + title : reference, reference,
					committee.get("parentId") == null ? BodyKind.SDO : BodyKind.SDO_GROUP,
					committee.get("parentId") != null ? references.get(String.valueOf(committee.get("parentId"))) : null,
					W3cApiSource.plain(english(committee.get("scope"))), W3cApiSource.date(committee.get("creationDate")),
					null, status != null ? "ISO status " + status + secretariat(committee) : null, fetchedOf.get(committee)));
		}
		List<RegistryRecord> records = new ArrayList<>();
		for (Map<?, ?> deliverable : deliverables) {
			String reference = deliverable.get("reference") != null ? String.valueOf(deliverable.get("reference")) : null;
			String id = String.valueOf(deliverable.get("id"));
			if (reference == null) {
				skipped.add(id + ": no reference");
				continue;
			}
			if (deliverable.get("supplementType") != null) {
				skipped.add(id + ": " + reference + " amends a document (" + deliverable.get("supplementType") + ")");
				continue;
			}
			WorkItemStatus status = status(deliverable.get("currentStage"));
			PartialDate published = status == WorkItemStatus.PUBLISHED || status == WorkItemStatus.WITHDRAWN
					? W3cApiSource.date(deliverable.get("publicationDate")) : null;
			String title = english(deliverable.get("title"));
			if (title != null) {
				// the catalogue's title may end in a colon where the part title was cut ("... - Part 5:")
				title = title.replaceAll("[\\s:]+$", "").replace('\u2014', '-').replaceAll("\\s+", " ").strip();
			}
			String scope = W3cApiSource.plain(english(deliverable.get("scope")));
			List<String> codes = deliverable.get("icsCode") instanceof List<?> list
					? list.stream().map(String::valueOf).toList() : List.of();
			if (!codes.isEmpty()) {
				String classified = "ICS " + String.join("; ", codes.stream()
					.map((code) -> ics.containsKey(code) ? code + " " + ics.get(code) : code)
					.toList());
				scope = scope != null ? scope + " (" + classified + ")" : classified;
			}
			records.add(new RegistryRecord(name(), id, "https://www.iso.org/standard/" + id + ".html", reference,
					List.of(reference), title, scope, status, published,
					deliverable.get("ownerCommittee") != null ? String.valueOf(deliverable.get("ownerCommittee")) : null,
					fetchedOf.get(deliverable)));
		}
		progress.accept("iso: " + deliverables.size() + " deliverable(s), " + committees.size() + " committee(s), "
				+ ics.size() + " ICS code(s) read; " + records.size() + " records, " + skipped.size() + " skipped");
		return new Result(records, bodies, skipped);
	}

	/** The harmonized stage code XXYY: 00-10 proposal, 20-40 preparation to enquiry, 50 approval, 60-90 published, 95 withdrawn. */
	static WorkItemStatus status(Object stage) {
		if (!(stage instanceof Number number)) {
			return null;
		}
		int code = number.intValue() / 100;
		return code >= 95 ? WorkItemStatus.WITHDRAWN : code >= 60 ? WorkItemStatus.PUBLISHED
				: code >= 50 ? WorkItemStatus.APPROVED : code >= 20 ? WorkItemStatus.UNDER_DEVELOPMENT
						: WorkItemStatus.PROPOSED;
	}

	private static String secretariat(Map<?, ?> committee) {
		return committee.get("secretariat") instanceof Map<?, ?> s && s.get("acronym") != null
				? ", secretariat " + s.get("acronym") : "";
	}

	private static String english(Object value) {
		return value instanceof Map<?, ?> map && map.get("en") != null ? String.valueOf(map.get("en")) : null;
	}

	/** identifier -> English title of every field, group and sub-group (a flat list under {@code <fields>}). */
	static Map<String, String> ics(Path file) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// no DTDs, no external entities: a registry file is data, never instructions to fetch more
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		Map<String, String> titles = new HashMap<>();
		try (InputStream input = Files.newInputStream(file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(input);
			String identifier = null;
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String element = xml.getLocalName();
					if (depth == 2) {
						identifier = null;
					}
					else if (depth == 3 && element.equals("identifier")) {
						identifier = xml.getElementText().strip();
						depth--;
					}
					else if (depth == 3 && element.equals("title") && identifier != null
							&& "en".equals(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"))) {
						titles.put(identifier, xml.getElementText().strip());
						depth--;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException(file.getFileName() + ": not readable ICS XML (" + ex.getMessage() + ")", ex);
		}
		return titles;
	}

}
