package io.mvgraph.analysis;

import io.mvgraph.api.PartialDate;
import io.mvgraph.api.SpreadsheetDates;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.mvgraph.workitem.WorkItem;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The roadmap as JCA roadmaps are published: work items grouped by topic area (a root of the taxonomy), then by
 * body, with designation, title, status, dates, link and confidence. A work item about topics of two areas appears
 * in both. Written as Markdown, HTML (from the Markdown) or a spreadsheet (a cover sheet, the work items one row
 * each, a timeline).
 */
record RoadmapDocument(LocalDate date, String filter, String producedFrom, List<Area> areas) {

	record Area(String id, String name, List<Group> groups) {

		int size() {
			return this.groups.stream().mapToInt((group) -> group.entries().size()).sum();
		}

	}

	/** The work items of one body in one area; {@code path} names the body with the bodies above it. */
	record Group(String bodyId, String path, List<Entry> entries) {
	}

	record Entry(WorkItem workItem, List<String> topics, List<String> topicIds) {
	}

	static RoadmapDocument of(LocalDate date, String filter, String producedFrom,
			List<AnalysisRepository.RoadmapRow> rows, Map<String, String> bodyPaths) {
		Map<String, String> areaNames = new LinkedHashMap<>();
		Map<String, Map<String, List<Entry>>> byArea = new LinkedHashMap<>();
		for (AnalysisRepository.RoadmapRow row : rows) {
			areaNames.put(row.areaId(), row.areaName());
			byArea.computeIfAbsent(row.areaId(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(row.owner(), (id) -> new ArrayList<>())
				.add(new Entry(row.workItem(), row.topics().stream().sorted().toList(), row.topicIds()));
		}
		List<Area> areas = new ArrayList<>();
		byArea.forEach((areaId, groups) -> {
			List<Group> sorted = groups.entrySet()
				.stream()
				.map((group) -> new Group(group.getKey(), bodyPaths.getOrDefault(group.getKey(), group.getKey()),
						group.getValue().stream().sorted(Comparator.comparing(RoadmapDocument::sortKey)).toList()))
				.sorted(Comparator.comparing((Group group) -> group.path().toLowerCase(Locale.ROOT)).thenComparing(Group::bodyId))
				.toList();
			areas.add(new Area(areaId, areaNames.get(areaId), sorted));
		});
		areas.sort(Comparator.comparing((Area area) -> area.name().toLowerCase(Locale.ROOT)).thenComparing(Area::id));
		return new RoadmapDocument(date, filter, producedFrom, areas);
	}

	private static String sortKey(Entry entry) {
		WorkItem item = entry.workItem();
		return (item.designation() != null ? item.designation() : item.title()).toLowerCase(Locale.ROOT) + "\u0000" + item.id();
	}

	// ---------------------------------------------------------------------------------------------------------

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Metaverse standardization roadmap\n\n");
		md.append("JCA-MV roadmap of metaverse standards published or under development, as of ").append(this.date);
		if (this.filter != null && !this.filter.isBlank()) {
			md.append(" (").append(Markdown.text(this.filter)).append(")");
		}
		md.append(". Work items are grouped by topic area, then by body; a work item about topics of two areas appears in both.\n\n");
		if (this.areas.isEmpty()) {
			md.append("No work item matches.\n");
		}
		for (Area area : this.areas) {
			md.append("## ").append(Markdown.text(area.name())).append(" (").append(area.size()).append(")\n\n");
			for (Group group : area.groups()) {
				md.append("### ").append(Markdown.text(group.path())).append("\n\n");
				md.append("| Designation | Title | Status | Start | Published | Target | Confidence | Topics |\n");
				md.append("|---|---|---|---|---|---|---|---|\n");
				for (Entry entry : group.entries()) {
					WorkItem item = entry.workItem();
					md.append("| ").append(Markdown.link(item.designation() != null ? item.designation() : item.id(), item.url()))
						.append(" | ").append(Markdown.text(item.title())).append(" | ").append(status(item))
						.append(" | ").append(date(item.startDate(), null)).append(" | ")
						.append(date(item.publishedDate(), item.status() != null && item.status().name().equals("PUBLISHED") ? item.year() : null))
						.append(" | ").append(date(item.targetDate(), null)).append(" | ")
						.append(Markdown.text(item.confidence())).append(" | ")
						.append(Markdown.text(String.join("; ", entry.topics()))).append(" |\n");
				}
				md.append('\n');
			}
		}
		return md.toString();
	}

	String html() {
		return Markdown.page("Metaverse standardization roadmap " + this.date, markdown());
	}

	/** One row of the spreadsheet: a work item once, with every topic area it touches. */
	record Item(WorkItem workItem, String ownerId, String ownerPath, List<String> areas, List<String> topicIds) {

		/** The earliest date known of the item (start, else published, else target), for the timeline's order. */
		PartialDate first() {
			WorkItem w = this.workItem;
			return w.startDate() != null ? w.startDate() : w.publishedDate() != null ? w.publishedDate() : w.targetDate();
		}

	}

	/**
	 * The columns of the work items sheet. Those with a field name come back through {@code POST /api/import}
	 * (dataset/TableImport reads them by these headers); Body and Topic areas are derived and read-only.
	 */
	static final String[] ITEM_COLUMNS = { "id", "Designation", "Title", "Status", "Owner", "Body", "Topic areas",
			"Topics", "Start", "Published", "Target", "Year", "Link", "Confidence" };

	static final String COVER_SHEET = "About this roadmap";

	static final String ITEMS_SHEET = "Work items";

	static final String TIMELINE_SHEET = "Timeline";

	/**
	 * The work items of the document, each once (the areas repeat them): in the order of their first area, then
	 * body, then designation.
	 */
	List<Item> items() {
		Map<String, Item> items = new LinkedHashMap<>();
		Map<String, Set<String>> topics = new HashMap<>();
		for (Area area : this.areas) {
			for (Group group : area.groups()) {
				for (Entry entry : group.entries()) {
					Item item = items.computeIfAbsent(entry.workItem().id(), (id) -> new Item(entry.workItem(),
							group.bodyId(), group.path(), new ArrayList<>(), new ArrayList<>()));
					item.areas().add(area.name());
					Set<String> ids = topics.computeIfAbsent(entry.workItem().id(), (id) -> new java.util.TreeSet<>());
					ids.addAll(entry.topicIds());
				}
			}
		}
		return items.values()
			.stream()
			.map((item) -> new Item(item.workItem(), item.ownerId(), item.ownerPath(), List.copyOf(item.areas()),
					List.copyOf(topics.get(item.workItem().id()))))
			.toList();
	}

	/**
	 * A cover sheet (title, as-of date, legend, how to send corrections, what it was produced from), the work
	 * items one row each with real date and number cells, and a timeline by quarter; streamed, so that tens of
	 * thousands of rows fit in memory.
	 */
	void xlsx(OutputStream output) throws IOException {
		List<Item> items = items();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			cover(workbook.createSheet(COVER_SHEET), styles, items.size());
			workItemsSheet(workbook, workbook.createSheet(ITEMS_SHEET), styles, items);
			timeline(workbook.createSheet(TIMELINE_SHEET), styles, items);
			workbook.write(output);
			workbook.dispose();
		}
	}

	private void cover(SXSSFSheet sheet, Styles styles, int itemCount) {
		int[] r = { 0 };
		java.util.function.BiConsumer<String, Object> line = (label, value) -> {
			Row row = sheet.createRow(r[0]++);
			if (label != null) {
				row.createCell(0).setCellValue(label);
				row.getCell(0).setCellStyle(styles.header);
			}
			if (value instanceof LocalDate day) {
				row.createCell(1).setCellValue(day);
				row.getCell(1).setCellStyle(styles.dates.get(PartialDate.Precision.DAY));
			}
			else if (value instanceof Number number) {
				row.createCell(1).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(1).setCellValue(value.toString());
			}
		};
		Row title = sheet.createRow(r[0]++);
		title.createCell(0).setCellValue("Metaverse standardization roadmap (ITU-T JCA-MV)");
		title.getCell(0).setCellStyle(styles.title);
		r[0]++;
		line.accept("As of", this.date);
		line.accept("Filter", this.filter == null || this.filter.isBlank() ? "none: the whole roadmap" : this.filter);
		line.accept("Produced from", this.producedFrom);
		line.accept("Work items", itemCount);
		line.accept("Topic areas", this.areas.size());
		r[0]++;
		line.accept("Sheets", null);
		line.accept(ITEMS_SHEET, "one row per work item; its topic areas in a column (filter it with \"contains\")");
		line.accept(TIMELINE_SHEET, "work items by topic area on a time axis by quarter: S started, P published, T target");
		r[0]++;
		line.accept("Status", null);
		line.accept("proposed", "a new work item proposed, not yet agreed");
		line.accept("under development", "agreed and being drafted");
		line.accept("approved", "approved (consented, determined, in ballot), not yet published");
		line.accept("published", "published");
		line.accept("withdrawn", "withdrawn, superseded or abandoned");
		r[0]++;
		line.accept("Confidence", null);
		line.accept("high", "taken from the owning body's own publication or work programme");
		line.accept("low", "from a secondary source, or not yet confirmed by the owning body");
		r[0]++;
		line.accept("Dates", "as precise as they are known: a year (2025), a quarter (2026-Q2, target dates as the "
				+ "ITU-T work programme gives them), a month (2025-12) or a day; each cell holds the first day of "
				+ "that period, shown to its precision");
		r[0]++;
		line.accept("Corrections", "edit the cells of the Work items sheet (never its id column; Body and Topic areas "
				+ "are read-only) and send the file back, first as a dry run:");
		line.accept(null, "curl -u editor:PASSWORD -H 'Content-Type: " + XLSX_TYPE
				+ "' --data-binary @roadmap.xlsx 'https://HOST/api/import?dryRun=true'");
		line.accept(null, "the answer lists what would change, field by field, and every refused row with the reason; "
				+ "the same without dryRun=true imports it, all or nothing. Or send the corrections to the JCA-MV co-chairs.");
		r[0]++;
		line.accept("Topic areas", null);
		for (Area area : this.areas) {
			line.accept(area.name(), area.size() + " work item(s) (" + area.id() + ")");
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 120 * 256);
	}

	private static void workItemsSheet(SXSSFWorkbook workbook, SXSSFSheet sheet, Styles styles, List<Item> items) {
		Row top = sheet.createRow(0);
		for (int c = 0; c < ITEM_COLUMNS.length; c++) {
			top.createCell(c).setCellValue(ITEM_COLUMNS[c]);
			top.getCell(c).setCellStyle(styles.header);
		}
		int r = 1;
		for (Item entry : items) {
			WorkItem item = entry.workItem();
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(item.id());
			text(row, 1, item.designation());
			text(row, 2, item.title());
			text(row, 3, status(item));
			text(row, 4, entry.ownerId());
			text(row, 5, entry.ownerPath());
			text(row, 6, String.join("; ", entry.areas()));
			text(row, 7, String.join("; ", entry.topicIds()));
			date(row, 8, item.startDate(), styles);
			date(row, 9, item.publishedDate(), styles);
			date(row, 10, item.targetDate(), styles);
			if (item.year() != null) {
				row.createCell(11).setCellValue(item.year());
				row.getCell(11).setCellStyle(styles.integer);
			}
			if (item.url() != null && item.url().matches("https?://\\S+")) {
				row.createCell(12).setCellValue(item.url());
				Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
				hyperlink.setAddress(item.url());
				row.getCell(12).setHyperlink(hyperlink);
				row.getCell(12).setCellStyle(styles.link);
			}
			else {
				text(row, 12, item.url());
			}
			text(row, 13, item.confidence());
		}
		sheet.createFreezePane(1, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, ITEM_COLUMNS.length - 1));
		int[] widths = { 24, 22, 60, 18, 22, 36, 36, 36, 11, 11, 11, 6, 40, 11 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	/**
	 * Rows: the dated work items by topic area (first area), then start; columns: the quarters from the earliest
	 * to the latest date. S marks the start, P the publication, T the target; the quarters between are shaded.
	 */
	private static void timeline(SXSSFSheet sheet, Styles styles, List<Item> items) {
		List<Item> dated = items.stream()
			.filter((item) -> item.first() != null)
			.sorted(Comparator.comparing((Item item) -> item.areas().get(0).toLowerCase(Locale.ROOT))
				.thenComparing(Item::first)
				.thenComparing((Item item) -> item.workItem().id()))
			.toList();
		String[] fixed = { "Topic area", "Body", "Designation", "Title" };
		Row top = sheet.createRow(0);
		for (int c = 0; c < fixed.length; c++) {
			top.createCell(c).setCellValue(fixed[c]);
			top.getCell(c).setCellStyle(styles.header);
		}
		if (dated.isEmpty()) {
			return;
		}
		int firstQuarter = dated.stream().mapToInt((item) -> quarterIndex(item.first())).min().orElseThrow();
		int lastQuarter = dated.stream().mapToInt(RoadmapDocument::lastQuarter).max().orElseThrow();
		for (int q = firstQuarter; q <= lastQuarter; q++) {
			int c = fixed.length + q - firstQuarter;
			top.createCell(c).setCellValue((q / 4) + "-Q" + (q % 4 + 1));
			top.getCell(c).setCellStyle(styles.header);
			sheet.setColumnWidth(c, 8 * 256);
		}
		int r = 1;
		for (Item item : dated) {
			WorkItem w = item.workItem();
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(item.areas().get(0));
			row.createCell(1).setCellValue(item.ownerPath());
			text(row, 2, w.designation());
			text(row, 3, w.title());
			int from = quarterIndex(item.first());
			int until = lastQuarter(item);
			for (int q = from; q <= until; q++) {
				row.createCell(fixed.length + q - firstQuarter).setCellStyle(styles.bar);
			}
			mark(row, w.startDate(), "S", firstQuarter, fixed.length, styles);
			mark(row, w.targetDate(), "T", firstQuarter, fixed.length, styles);
			mark(row, w.publishedDate(), "P", firstQuarter, fixed.length, styles);
		}
		sheet.createFreezePane(fixed.length, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, fixed.length - 1));
		sheet.setColumnWidth(0, 30 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		sheet.setColumnWidth(2, 20 * 256);
		sheet.setColumnWidth(3, 50 * 256);
	}

	private static void mark(Row row, PartialDate date, String marker, int firstQuarter, int offset, Styles styles) {
		if (date == null) {
			return;
		}
		org.apache.poi.ss.usermodel.Cell cell = row.getCell(offset + quarterIndex(date) - firstQuarter);
		String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
		cell.setCellValue(text + marker);
		cell.setCellStyle(styles.bar);
	}

	private static int quarterIndex(PartialDate date) {
		return date.year() * 4 + date.quarter() - 1;
	}

	private static int lastQuarter(Item item) {
		WorkItem w = item.workItem();
		int last = quarterIndex(item.first());
		for (PartialDate date : java.util.Arrays.asList(w.startDate(), w.publishedDate(), w.targetDate())) {
			if (date != null) {
				// a year-precise date marks its first quarter only: the bar shows what is known, no more
				last = Math.max(last, quarterIndex(date));
			}
		}
		return last;
	}

	private static void text(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

	/**
	 * A real date cell: the first day of the partial date, formatted to its precision ({@code yyyy},
	 * {@code yyyy"-Q2"}, {@code yyyy-mm}, {@code yyyy-mm-dd}), so that it sorts and filters as a date and shows, and
	 * reads back, as it was given.
	 */
	private static void date(Row row, int column, PartialDate date, Styles styles) {
		if (date == null) {
			return;
		}
		row.createCell(column).setCellValue(date.start());
		row.getCell(column).setCellStyle(date.isQuarter() ? styles.quarters[date.quarter() - 1]
				: styles.dates.get(date.precision()));
	}

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The cell styles of one workbook (a workbook holds at most 64,000 styles: made once, shared by the cells). */
	private static final class Styles {

		final CellStyle header;

		final CellStyle title;

		final CellStyle link;

		final CellStyle integer;

		final CellStyle bar;

		final Map<PartialDate.Precision, CellStyle> dates = new java.util.EnumMap<>(PartialDate.Precision.class);

		final CellStyle[] quarters = new CellStyle[4];

		Styles(SXSSFWorkbook workbook) {
			this.header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header.setFont(bold);
			this.title = workbook.createCellStyle();
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 16);
			this.title.setFont(big);
			this.link = workbook.createCellStyle();
			Font blue = workbook.createFont();
			blue.setUnderline(Font.U_SINGLE);
			blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
			this.link.setFont(blue);
			org.apache.poi.ss.usermodel.DataFormat formats = workbook.createDataFormat();
			this.integer = workbook.createCellStyle();
			this.integer.setDataFormat(formats.getFormat("0"));
			this.bar = workbook.createCellStyle();
			this.bar.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
			this.bar.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			this.bar.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
			Map<PartialDate.Precision, String> patterns = Map.of(PartialDate.Precision.YEAR,
					SpreadsheetDates.pattern(PartialDate.parse("2000")), PartialDate.Precision.MONTH,
					SpreadsheetDates.pattern(PartialDate.parse("2000-01")), PartialDate.Precision.DAY,
					SpreadsheetDates.pattern(PartialDate.parse("2000-01-01")));
			patterns.forEach((precision, pattern) -> {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(formats.getFormat(pattern));
				this.dates.put(precision, style);
			});
			for (int q = 0; q < 4; q++) {
				this.quarters[q] = workbook.createCellStyle();
				this.quarters[q].setDataFormat(formats.getFormat(SpreadsheetDates.pattern(PartialDate.parse("2000-Q" + (q + 1)))));
			}
		}

	}

	/** Sheet names: at most 31 characters, none of []:*?/\, unique within the workbook. */
	private static String sheetName(String name, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(name);
		String candidate = base;
		for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return candidate;
	}

	private static String status(WorkItem item) {
		return item.status() == null ? "" : item.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	private static String date(PartialDate date, Integer year) {
		return date != null ? date.toString() : year != null ? year.toString() : "";
	}

}
