package io.mvgraph.dataset;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.liaison.LiaisonPurpose;

/** A liaison statement as the data-set format writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiaisonRecord(String id, String title, String from, List<String> to, LiaisonPurpose purpose,
		LocalDate sentOn, LocalDate deadline, String replyTo, List<String> concerns, String url, String source,
		String confidence, String note) implements DatasetRecord {

	public LiaisonRecord {
		to = to != null ? List.copyOf(to) : List.of();
		concerns = concerns != null ? List.copyOf(concerns) : List.of();
	}

}
