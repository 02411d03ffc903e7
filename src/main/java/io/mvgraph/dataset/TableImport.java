package io.mvgraph.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mvgraph.api.DatasetProblem;
import io.mvgraph.api.SpreadsheetDates;
import io.mvgraph.api.SpreadsheetText;
import io.mvgraph.workitem.WorkItemRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work items as a table coming back: the CSV export ({@code /api/export?format=csv}) or the work items sheet of
 * the roadmap spreadsheet ({@code /reports/roadmap?format=xlsx}), edited. Each row is the work item with that id
 * as the graph holds it, with the cells of the table's columns put in (an empty cell clears the field); the rows
 * then go through the data-set import, so that they are checked by the very rules of every import and edit, all
 * or nothing, and recorded in the history as an import by the user. Columns are known by the CSV's field names
 * or the spreadsheet's headers; an unknown column or a row without an id refuses the file.
 */
@Component
class TableImport {

	/** Header (lower case) to field; null: a derived column, read-only, skipped. */
	private static final Map<String, String> COLUMNS = new HashMap<>();

	static {
		for (String field : WorkItemRecord.CSV_COLUMNS) {
			COLUMNS.put(field.toLowerCase(Locale.ROOT), field);
		}
		COLUMNS.put("start", "startDate");
		COLUMNS.put("published", "publishedDate");
		COLUMNS.put("target", "targetDate");
		COLUMNS.put("link", "url");
		COLUMNS.put("body", null);
		COLUMNS.put("topic areas", null);
	}

	private static final Set<String> DATES = Set.of("startDate", "publishedDate", "targetDate");

	private static final Pattern ROW_PATH = Pattern.compile("^\\$\\.workItems\\[(\\d+)\\](?:\\.([A-Za-z]+))?(.*)$");

	private static final String ITEMS_SHEET = "Work items";

	private final JsonMapper json = JsonMapper.builder().build();

	private final DatasetImporter importer;

	private final DatasetSections stores;

	TableImport(DatasetImporter importer, DatasetSections stores) {
		this.importer = importer;
		this.stores = stores;
	}

	/** A table's header and rows as text or typed values; each row with its number in the file (header = 1). */
	record Table(List<String> header, List<Map<String, Object>> rows, List<Integer> rowNumbers,
			List<DatasetProblem> problems) {
	}

	/**
	 * Reading, merging and importing in one transaction: no edit can slip in between the graph's record and the
	 * row laid over it.
	 */
	@Transactional
	ImportReport apply(byte[] file, String format, String user, boolean dryRun) {
		long started = System.nanoTime();
		Table table = format.equals("csv") ? csv(file) : xlsx(file);
		List<DatasetProblem> problems = new ArrayList<>(table.problems());
		if (table.header() == null) {
			return ImportReport.rejected(problems, List.of(), dryRun, millis(started));
		}
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> row : table.rows()) {
			Object id = row.get("id");
			ids.add(id instanceof String text && !text.isBlank() ? text.strip() : null);
		}
		Map<String, Map<String, Object>> current = new HashMap<>();
		for (WorkItemRecord record : this.stores.workItems().read(ids.stream().filter((id) -> id != null).toList())) {
			current.put(record.id(), asMap(record));
		}
		List<Map<String, Object>> merged = new ArrayList<>();
		List<ImportReport.RowOutcome> outcomes = new ArrayList<>();
		Map<Integer, List<String>> reasons = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < table.rows().size(); i++) {
			int number = table.rowNumbers().get(i);
			String id = ids.get(i);
			if (id == null) {
				problem(problems, reasons, number, "id", "is required: the id of the work item the row is (a new id creates one)");
				continue;
			}
			if (!seen.add(id)) {
				problem(problems, reasons, number, "id", "'" + id + "' is on an earlier row too");
				continue;
			}
			Map<String, Object> record = new LinkedHashMap<>(current.getOrDefault(id, Map.of()));
			record.put("id", id);
			for (Map.Entry<String, Object> cell : table.rows().get(i).entrySet()) {
				String field = cell.getKey();
				Object value = value(field, cell.getValue(), number, problems, reasons);
				if (value == null) {
					record.remove(field);
				}
				else {
					record.put(field, value);
				}
			}
			merged.add(record);
			outcomes.add(new ImportReport.RowOutcome(number, id, null, List.of(), List.of()));
		}
		DatasetReader.Result read;
		try {
			read = DatasetReader.read(new ByteArrayInputStream(
					this.json.writeValueAsBytes(Map.of("formatVersion", Dataset.FORMAT_VERSION, "workItems", merged))));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("the merged rows could not be written as a data set", ex);
		}
		List<DatasetProblem> rowProblems = new ArrayList<>(problems);
		rowProblems.addAll(rowsOf(read.problems(), outcomes, reasons));
		ImportReport report;
		if (!rowProblems.isEmpty() || read.dataset() == null) {
			report = ImportReport.rejected(rowProblems, rowsOf(read.warnings(), outcomes, new HashMap<>()), dryRun,
					millis(started));
		}
		else {
			report = this.importer.apply(read, user, dryRun, started);
			rowProblems.addAll(rowsOf(report.problems(), outcomes, reasons));
		}
		List<ImportReport.RowOutcome> rows = new ArrayList<>();
		List<WorkItemRecord> records = read.dataset() != null ? read.dataset().workItems() : List.of();
		for (int i = 0; i < outcomes.size(); i++) {
			ImportReport.RowOutcome outcome = outcomes.get(i);
			List<String> why = reasons.getOrDefault(outcome.row(), List.of());
			if (!why.isEmpty() || i >= records.size()) {
				rows.add(new ImportReport.RowOutcome(outcome.row(), outcome.id(), ImportReport.RowAction.REFUSED,
						List.of(), why));
				continue;
			}
			Map<String, Object> before = current.get(outcome.id());
			List<String> fields = changedFields(before, asMap(records.get(i)));
			ImportReport.RowAction action = before == null ? ImportReport.RowAction.CREATED
					: fields.isEmpty() ? ImportReport.RowAction.UNCHANGED : ImportReport.RowAction.UPDATED;
			rows.add(new ImportReport.RowOutcome(outcome.row(), outcome.id(), action,
					action == ImportReport.RowAction.UPDATED ? fields : List.of(), List.of()));
		}
		// rows refused before they became records (no id, a repeated id)
		reasons.forEach((row, why) -> {
			if (rows.stream().noneMatch((outcome) -> outcome.row() == row)) {
				rows.add(new ImportReport.RowOutcome(row, null, ImportReport.RowAction.REFUSED, List.of(), why));
			}
		});
		rows.sort(java.util.Comparator.comparingInt(ImportReport.RowOutcome::row));
		return report.withRows(rows, rowProblems.isEmpty() ? report.problems() : rowProblems,
				rowsOf(report.warnings(), outcomes, new HashMap<>()));
	}

	/** The problems of the merged data set, named by row and column of the table. */
	private static List<DatasetProblem> rowsOf(List<DatasetProblem> problems, List<ImportReport.RowOutcome> outcomes,
			Map<Integer, List<String>> reasons) {
		List<DatasetProblem> named = new ArrayList<>();
		for (DatasetProblem problem : problems) {
			Matcher m = ROW_PATH.matcher(problem.path());
			if (!m.matches() || Integer.parseInt(m.group(1)) >= outcomes.size()) {
				named.add(problem);
				continue;
			}
			int row = outcomes.get(Integer.parseInt(m.group(1))).row();
			String column = m.group(2) != null ? m.group(2) + m.group(3) : null;
			named.add(new DatasetProblem("row " + row + (column != null ? ", " + column : ""), problem.message()));
			reasons.computeIfAbsent(row, (r) -> new ArrayList<>())
				.add((column != null ? column + ": " : "") + problem.message());
		}
		return named;
	}

	private static void problem(List<DatasetProblem> problems, Map<Integer, List<String>> reasons, int row,
			String column, String message) {
		problems.add(new DatasetProblem("row " + row + ", " + column, message));
		reasons.computeIfAbsent(row, (r) -> new ArrayList<>()).add(column + ": " + message);
	}

	/** A cell as the data set's JSON value of the field; null clears the field. */
	private static Object value(String field, Object cell, int row, List<DatasetProblem> problems,
			Map<Integer, List<String>> reasons) {
		if (cell == null || (cell instanceof String text && text.isBlank())) {
			return field.equals("topics") || field.equals("links") ? List.of() : null;
		}
		if (cell instanceof LocalDate || cell instanceof Long) {
			return field.equals("year") && cell instanceof Long number ? number : cell.toString();
		}
		String text = cell.toString().strip();
		return switch (field) {
			case "status" -> text.toUpperCase(Locale.ROOT).replace(' ', '_');
			case "topics" -> split(text);
			case "links" -> {
				List<Map<String, String>> links = new ArrayList<>();
				for (String link : split(text)) {
					String[] parts = link.split("\\s+");
					if (parts.length != 2) {
						problem(problems, reasons, row, "links", "'" + link + "' is not a link 'KIND id' (REFERENCES h-avatar)");
						continue;
					}
					links.add(Map.of("kind", parts[0], "to", parts[1]));
				}
				yield links;
			}
			case "year" -> text.matches("\\d{1,4}") ? (Object) Long.parseLong(text) : text;
			default -> text;
		};
	}

	private static List<String> split(String text) {
		List<String> parts = new ArrayList<>();
		for (String part : text.split(";")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	private Map<String, Object> asMap(WorkItemRecord record) {
		@SuppressWarnings("unchecked")
		Map<String, Object> map = this.json.convertValue(record, Map.class);
		map.values().removeIf((value) -> value == null);
		return map;
	}

	private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
		if (before == null) {
			return List.of();
		}
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		List<String> changed = new ArrayList<>();
		for (String key : keys) {
			if (!java.util.Objects.equals(normal(before.get(key)), normal(after.get(key)))) {
				changed.add(key);
			}
		}
		return changed;
	}

	/** Empty lists and absent fields are the same (the format leaves empty lists out or writes them, alike). */
	private static Object normal(Object value) {
		return value instanceof List<?> list && list.isEmpty() ? null : value;
	}

	// ---------------------------------------------------------------------------------------------------------

	/** The columns of a header: each a field, or null for a read-only one; unknown ones are problems. */
	private static List<String> fields(List<String> header, List<DatasetProblem> problems) {
		List<String> fields = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c) == null ? "" : header.get(c).strip();
			String key = name.toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				fields.add(null);
				continue;
			}
			if (!COLUMNS.containsKey(key)) {
				problems.add(new DatasetProblem("row 1, " + name, "unknown column '" + name + "'; the columns are "
						+ String.join(", ", WorkItemRecord.CSV_COLUMNS) + " (or the roadmap spreadsheet's headers)"));
				fields.add(null);
				continue;
			}
			String field = COLUMNS.get(key);
			if (field != null && !seen.add(field)) {
				problems.add(new DatasetProblem("row 1, " + name, "column " + field + " is given twice"));
				fields.add(null);
				continue;
			}
			fields.add(field);
		}
		if (!seen.contains("id")) {
			problems.add(new DatasetProblem("row 1", "the table has no id column: rows are matched to work items by id"));
		}
		return fields;
	}

	private static Table csv(byte[] file) {
		List<DatasetProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().get())) {
			List<Map<String, Object>> rows = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			List<String> header = null;
			List<String> fields = null;
			for (CSVRecord record : parser) {
				if (header == null) {
					header = new ArrayList<>(record.toList());
					if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
						header.set(0, header.get(0).substring(1));
					}
					fields = fields(header, problems);
					continue;
				}
				int number = (int) record.getRecordNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() != header.size()) {
					problems.add(new DatasetProblem("row " + number, "has " + record.size() + " cells, the header "
							+ header.size()));
					continue;
				}
				Map<String, Object> row = new LinkedHashMap<>();
				for (int c = 0; c < record.size(); c++) {
					if (fields.get(c) != null) {
						// cells the export escaped against formula injection come back as they were
						row.put(fields.get(c), SpreadsheetText.unescape(record.get(c)));
					}
				}
				rows.add(row);
				numbers.add(number);
			}
			if (header == null) {
				problems.add(new DatasetProblem("row 1", "the file is empty: it needs a header row"));
			}
			return new Table(header, rows, numbers, problems);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			problems.add(new DatasetProblem("file", "not a readable CSV file: " + ex.getMessage()));
			return new Table(null, List.of(), List.of(), problems);
		}
	}

	private static Table xlsx(byte[] file) {
		List<DatasetProblem> problems = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheet(ITEMS_SHEET) != null ? workbook.getSheet(ITEMS_SHEET)
					: workbook.getSheetAt(0);
			Row top = sheet.getRow(sheet.getFirstRowNum());
			if (top == null) {
				problems.add(new DatasetProblem("sheet " + sheet.getSheetName(), "is empty: it needs a header row"));
				return new Table(null, List.of(), List.of(), problems);
			}
			List<String> header = new ArrayList<>();
			for (int c = 0; c < top.getLastCellNum(); c++) {
				Cell cell = top.getCell(c);
				header.add(cell == null ? "" : cell.toString());
			}
			List<String> fields = fields(header, problems);
			List<Map<String, Object>> rows = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			for (int r = top.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, Object> values = new LinkedHashMap<>();
				boolean empty = true;
				for (int c = 0; c < header.size(); c++) {
					if (fields.get(c) == null) {
						continue;
					}
					Object value = cell(row.getCell(c), fields.get(c), r + 1, header.get(c), problems);
					empty &= value == null;
					values.put(fields.get(c), value);
				}
				if (!empty) {
					rows.add(values);
					numbers.add(r + 1);
				}
			}
			return new Table(header, rows, numbers, problems);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new DatasetProblem("file", "not a readable xlsx file: " + ex.getMessage()));
			return new Table(null, List.of(), List.of(), problems);
		}
	}

	/** A cell as text, a whole number (Long) or a partial date's text; formulas are refused. */
	private static Object cell(Cell cell, String field, int row, String column, List<DatasetProblem> problems) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell) || (DATES.contains(field) && cell.getCellStyle().getDataFormatString().contains("yy"))) {
					LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
					yield DATES.contains(field) ? SpreadsheetDates.read(day, cell.getCellStyle().getDataFormatString()).toString()
							: day.toString();
				}
				double number = cell.getNumericCellValue();
				yield number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number : Double.toString(number);
			}
			case FORMULA -> {
				problems.add(new DatasetProblem("row " + row + ", " + column,
						"is a formula; the import reads values only"));
				yield null;
			}
			default -> null;
		};
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
