package io.mvgraph.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.mvgraph.workitem.WorkItemStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The 3GPP portal's specification list (a JSON array of {@code specNo, type, title, status, primaryRespGrp,
 * link ...}). It gives no dates: only designation, title, status and the responsible working group
 * ({@code "S4"}, followed as {@code "3GPP S4"}).
 */
@Component
class ThreeGppPortalSource implements RegistrySource {

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String name() {
		return "3gpp";
	}

	@Override
	public Result read(Path path, Consumer<String> progress) throws IOException {
		List<?> specs = this.json.readValue(Files.readAllBytes(path), List.class);
		String fetched = Files.getLastModifiedTime(path).toInstant().atOffset(ZoneOffset.UTC).toString();
		List<RegistryRecord> records = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (Object entry : specs) {
			if (!(entry instanceof Map<?, ?> spec) || !(spec.get("specNo") instanceof String number)) {
				skipped.add("an entry without specNo");
				continue;
			}
			String type = String.valueOf(spec.get("type"));
			String kind = type.contains("(TR)") ? "TR" : type.contains("(TS)") ? "TS" : null;
			if (kind == null) {
				skipped.add(number + ": type '" + type + "' is neither TS nor TR");
				continue;
			}
			String designation = "3GPP " + kind + " " + number;
			String status = String.valueOf(spec.get("status")).toLowerCase(Locale.ROOT);
			// "under change control": approved and published, changed only by change requests
			WorkItemStatus mapped = status.contains("withdrawn") ? WorkItemStatus.WITHDRAWN
					: status.contains("change control") ? WorkItemStatus.PUBLISHED
							: status.contains("draft") ? WorkItemStatus.UNDER_DEVELOPMENT : null;
			records.add(new RegistryRecord(name(), number, (String) spec.get("link"), designation,
					List.of(designation), (String) spec.get("title"), null, mapped, null,
					spec.get("primaryRespGrp") != null ? "3GPP " + spec.get("primaryRespGrp") : null, fetched));
		}
		progress.accept("3gpp: " + specs.size() + " specifications read, " + records.size() + " records, "
				+ skipped.size() + " skipped");
		return new Result(records, skipped);
	}

}
