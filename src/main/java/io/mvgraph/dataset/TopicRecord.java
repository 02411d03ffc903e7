package io.mvgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A topic as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicRecord(String id, String name, String parent, String description, String url, String source,
		String confidence, String note) implements DatasetRecord {
}
