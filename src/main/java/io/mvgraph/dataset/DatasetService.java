package io.mvgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.mvgraph.api.SpreadsheetText;
import io.mvgraph.workitem.WorkItemRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of the data-set format: the one entry point for the REST endpoints, the command line and
 * the reference-data seed.
 */
@Service
public class DatasetService {

	private static final Logger log = LoggerFactory.getLogger(DatasetService.class);


	private final DatasetImporter importer;

	private final DatasetSections exporter;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final TableImport tables;

	DatasetService(DatasetImporter importer, DatasetSections exporter, TableImport tables) {
		this.importer = importer;
		this.exporter = exporter;
		this.tables = tables;
	}

	/**
	 * Imports the work items of a table: the CSV export or the roadmap spreadsheet ({@code format} csv or xlsx),
	 * edited; all or nothing, each row reported (created, updated with its fields, unchanged, refused and why).
	 */
	public ImportReport importTable(byte[] file, String format, String user, boolean dryRun) {
		log.info("Import of a {} table by {}: {} bytes{}", format, user, file.length, dryRun ? " (dry run)" : "");
		ImportReport report = this.tables.apply(file, format, user, dryRun);
		log.info("Import by {}: {}", user, report.summary());
		return report;
	}

	/**
	 * Imports a data-set file: all or nothing. {@code user} is recorded as the author of the changes; a dry run
	 * checks everything and writes nothing.
	 */
	public ImportReport importFrom(InputStream input, String user, boolean dryRun) {
		long started = System.nanoTime();
		DatasetReader.Result read = DatasetReader.read(input);
		ImportReport report;
		if (read.dataset() == null) {
			report = ImportReport.rejected(read.problems(), read.warnings(), dryRun,
					(System.nanoTime() - started) / 1_000_000);
		}
		else {
			log.info("Import by {}: {} records read{}", user, read.dataset().size(), dryRun ? " (dry run)" : "");
			report = this.importer.apply(read, user, dryRun, started);
		}
		log.info("Import by {}: {}", user, report.summary());
		return report;
	}

	@Transactional(readOnly = true)
	public Dataset export() {
		return this.exporter.export();
	}

	public void writeJson(Dataset dataset, OutputStream output) {
		this.json.writeValue(output, dataset);
	}

	/** The work items as a flat table, one row each; lists are joined with "; ". */
	public void writeCsv(Dataset dataset, OutputStream output) throws IOException {
		Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(WorkItemRecord.CSV_COLUMNS.toArray(String[]::new)).get())) {
			for (WorkItemRecord item : dataset.workItems()) {
				// every text cell through SpreadsheetText: no cell can start a formula (CSV injection)
				csv.printRecord(item.csvRow()
					.stream()
					.map((value) -> value instanceof String text ? SpreadsheetText.escape(text) : value)
					.toList());
			}
		}
	}

}
