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
 * {@code GET /reports/roadmap?format=xlsx|md|html&topic=&status=&published=FROM..UNTIL&due=FROM..UNTIL}: documents for people, public like the roadmap.
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
			@RequestParam(required = false) String topic, @RequestParam(required = false) List<String> status,
			@RequestParam(required = false) String published, @RequestParam(required = false) String publishedFrom,
			@RequestParam(required = false) String publishedUntil, @RequestParam(required = false) String due,
			@RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueUntil) {
		MediaType type = switch (format) {
			case "xlsx" -> XLSX;
			case "md" -> MARKDOWN;
			case "html" -> HTML;
			default -> throw ApiException.badRequest("format", "must be xlsx, md or html, was '" + format + "'");
		};
		RoadmapDocument document = this.reports.roadmap(topic, status,
				period("published", published, publishedFrom, publishedUntil), period("due", due, dueFrom, dueUntil));
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

	/**
	 * The period of {@code ?published=2024-01..2025-12} or {@code ?publishedFrom=2024-01&publishedUntil=2025-12}
	 * (the GraphQL filter's {@code published: {from, until}}), or null when none is given. Each bound is a date or
	 * a partial date ({@code 2025}, {@code 2025-Q2}, {@code 2025-06}): {@code from} is its first day, {@code until}
	 * its last; either may be left open ({@code 2024..}).
	 */
	static ReportService.Period period(String name, String range, String from, String until) {
		if (range != null && (from != null || until != null)) {
			throw ApiException.badRequest(name, "give either " + name + "=FROM..UNTIL or " + name + "From/" + name
					+ "Until, not both");
		}
		String fromText = from;
		String untilText = until;
		if (range != null) {
			int dots = range.indexOf("..");
			if (dots < 0) {
				throw ApiException.badRequest(name, "must be FROM..UNTIL (2024-01..2025-12, either side may be empty), was '"
						+ range + "'");
			}
			fromText = range.substring(0, dots);
			untilText = range.substring(dots + 2);
		}
		if (fromText == null && untilText == null) {
			return null;
		}
		io.mvgraph.api.PartialDate start = bound(name + "From", fromText);
		io.mvgraph.api.PartialDate end = bound(name + "Until", untilText);
		ReportService.Period period = new ReportService.Period(start != null ? start.start() : null,
				end != null ? end.end() : null);
		if (period.from() != null && period.until() != null && period.until().isBefore(period.from())) {
			throw ApiException.badRequest(name + "Until", "must not be before " + name + "From (" + fromText.strip() + ")");
		}
		return period;
	}

	private static io.mvgraph.api.PartialDate bound(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return io.mvgraph.api.PartialDate.parse(text.strip());
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw ApiException.badRequest(field, "must be a date or partial date (2025, 2025-Q2, 2025-06, 2025-06-30), was '"
					+ text + "'");
		}
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
