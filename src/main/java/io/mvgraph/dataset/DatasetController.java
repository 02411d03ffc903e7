package io.mvgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.RestErrors;
import io.mvgraph.security.Caller;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /api/import} (EDITOR; the file as the body: {@code application/json} a data-set file,
 * {@code text/csv} the CSV export, the xlsx type the roadmap spreadsheet, or any of them as
 * {@code application/octet-stream} with {@code ?format=}) and
 * {@code GET /api/export?format=json|csv}.
 */
@RestController
class DatasetController {

	private final DatasetService datasets;

	private final long maxImportBytes;

	private final Caller caller;

	DatasetController(DatasetService datasets, @Value("${mvgraph.import.max-size:64MB}") DataSize maxImportSize,
			Caller caller) {
		this.datasets = datasets;
		this.caller = caller;
		this.maxImportBytes = maxImportSize.toBytes();
	}

	/** The spreadsheet type of an xlsx file. */
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * Only types a cross-site HTML form cannot send (not text/plain, multipart/form-data nor
	 * application/x-www-form-urlencoded: those get 415), or a generic binary body with an explicit {@code format}.
	 */
	@PostMapping(path = "/api/import", consumes = { MediaType.APPLICATION_JSON_VALUE, "text/csv", XLSX,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<Object> importBody(InputStream body, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) String format,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, Principal principal)
			throws IOException, HttpMediaTypeNotSupportedException {
		String effective = format != null ? format
				: MediaType.APPLICATION_JSON.includes(contentType) ? "json"
						: contentType.isCompatibleWith(MediaType.parseMediaType("text/csv")) ? "csv"
								: contentType.isCompatibleWith(MediaType.parseMediaType(XLSX)) ? "xlsx" : null;
		if (effective == null) {
			throw new HttpMediaTypeNotSupportedException(contentType, List.of(MediaType.APPLICATION_JSON,
					MediaType.parseMediaType("text/csv"), MediaType.parseMediaType(XLSX)), HttpMethod.POST);
		}
		return switch (effective) {
			case "json", "csv", "xlsx" -> importBytes(body, effective, dryRun, principal);
			default -> throw ApiException.badRequest("format", "must be json, csv or xlsx, was '" + format + "'");
		};
	}

	private ResponseEntity<Object> importBytes(InputStream input, String format, boolean dryRun, Principal principal)
			throws IOException {
		byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxImportBytes + 1));
		if (bytes.length > this.maxImportBytes) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(RestErrors.body(ErrorCode.TOO_COMPLEX,
						"The file is larger than " + DataSize.ofBytes(this.maxImportBytes).toMegabytes()
								+ " MB (mvgraph.import.max-size)", "file"));
		}
		ImportReport report = format.equals("json")
				? this.datasets.importFrom(new java.io.ByteArrayInputStream(bytes), principal.getName(), dryRun)
				: this.datasets.importTable(bytes, format, principal.getName(), dryRun);
		if (report.rejected()) {
			List<Map<String, Object>> errors = report.problems()
				.stream()
				.map((problem) -> RestErrors.error(ErrorCode.BAD_REQUEST, problem.toString(),
						Map.of("path", problem.path())))
				.toList();
			return ResponseEntity.badRequest().body(Map.of("report", report, "errors", errors));
		}
		return ResponseEntity.ok(Map.of("report", report));
	}

	@GetMapping("/api/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "json") String format) {
		boolean csv = switch (format) {
			case "json" -> false;
			case "csv" -> true;
			default -> throw ApiException.badRequest("format", "must be json or csv, was '" + format + "'");
		};
		// people (contact details) only for ANALYST and above; without them, a re-import cannot wipe their e-mails
		Dataset dataset = this.caller.canReadContactDetails() ? this.datasets.export()
				: this.datasets.export().withoutContactDetails();
		String file = "mvgraph-" + LocalDate.now() + (csv ? ".csv" : ".json");
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.body((output) -> {
				if (csv) {
					this.datasets.writeCsv(dataset, output);
				}
				else {
					this.datasets.writeJson(dataset, output);
				}
			});
	}

}
