package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.mvgraph.api.ApiException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /reports/tsag?since=&until=&format=md|html|docx} (or {@code ?meeting=}: the period since the previous
 * meeting) and
 * {@code GET /reports/roadmap?format=xlsx|md|html&topic=&status=}: documents for people, public like the roadmap.
 */
@RestController
class ReportController {

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final TsagReportService tsag;

	private final ReportService reports;

	ReportController(TsagReportService tsag, ReportService reports) {
		this.tsag = tsag;
		this.reports = reports;
	}

	@GetMapping("/reports/tsag")
	ResponseEntity<byte[]> tsag(@RequestParam(required = false) String since,
			@RequestParam(required = false) String until, @RequestParam(required = false) String meeting,
			@RequestParam(defaultValue = "md") String format) {
		MediaType type = documentType(format);
		TsagReport report;
		if (meeting != null && !meeting.isBlank()) {
			if (since != null || until != null) {
				throw ApiException.badRequest("meeting", "give either a meeting or since/until, not both");
			}
			report = this.tsag.forMeeting(meeting, null);
		}
		else {
			if (since == null || since.isBlank()) {
				throw ApiException.badRequest("since", "is required (YYYY-MM-DD), unless meeting is given");
			}
			report = this.tsag.report(date("since", since),
					until == null || until.isBlank() ? null : date("until", until), null);
		}
		return written(format, type, "jca-mv-tsag-report-" + report.since() + "-" + report.until(), report::markdown,
				report::html, () -> report.document().docx(report.until()));
	}

	/** {@code GET /reports/study-group?body=&since=&until=&format=md|html|docx}: the note to one study group. */
	@GetMapping("/reports/study-group")
	ResponseEntity<byte[]> studyGroup(@RequestParam(required = false) String body,
			@RequestParam(required = false) String since, @RequestParam(required = false) String until,
			@RequestParam(defaultValue = "md") String format) {
		MediaType type = documentType(format);
		if (since == null || since.isBlank()) {
			throw ApiException.badRequest("since", "is required (YYYY-MM-DD)");
		}
		StudyGroupNote note = this.tsag.note(body, date("since", since),
				until == null || until.isBlank() ? null : date("until", until));
		return written(format, type, "jca-mv-note-" + note.body().id() + "-" + note.since() + "-" + note.until(),
				note::markdown, note::html, () -> note.document().docx(note.until()));
	}

	private static MediaType documentType(String format) {
		return switch (format) {
			case "md" -> MARKDOWN;
			case "html" -> HTML;
			case "docx" -> DOCX;
			default -> throw ApiException.badRequest("format", "must be md, html or docx, was '" + format + "'");
		};
	}

	/** One document in the format asked for: shown inline (md, html) or as a file to save (docx). */
	private static ResponseEntity<byte[]> written(String format, MediaType type, String name,
			java.util.function.Supplier<String> markdown, java.util.function.Supplier<String> html,
			java.util.function.Supplier<byte[]> docx) {
		byte[] body = switch (format) {
			case "md" -> markdown.get().getBytes(StandardCharsets.UTF_8);
			case "html" -> html.get().getBytes(StandardCharsets.UTF_8);
			default -> docx.get();
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(format.equals("docx") ? "attachment" : "inline") + "; filename=\"" + name + "." + format + "\"")
			.body(body);
	}

	@GetMapping("/reports/roadmap")
	ResponseEntity<StreamingResponseBody> roadmap(@RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) String topic, @RequestParam(required = false) List<String> status) {
		MediaType type = switch (format) {
			case "xlsx" -> XLSX;
			case "md" -> MARKDOWN;
			case "html" -> HTML;
			default -> throw ApiException.badRequest("format", "must be xlsx, md or html, was '" + format + "'");
		};
		RoadmapDocument document = this.reports.roadmap(topic, status);
		String file = "metaverse-roadmap-" + document.date() + "." + format;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(format.equals("xlsx") ? "attachment" : "inline") + "; filename=\"" + file + "\"")
			.body((output) -> {
				switch (format) {
					case "xlsx" -> document.xlsx(output);
					case "md" -> output.write(document.markdown().getBytes(StandardCharsets.UTF_8));
					default -> output.write(document.html().getBytes(StandardCharsets.UTF_8));
				}
			});
	}

	private static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest(field, "must be a date YYYY-MM-DD, was '" + value + "'");
		}
	}

}
