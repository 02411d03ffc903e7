package io.mvgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.body.BodyKind;

/** A body as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BodyRecord(String id, String name, String acronym, BodyKind kind, String parent, String url,
		String mandate, String source, String confidence, String note) implements DatasetRecord {
}
