package io.mvgraph.analysis;

import io.mvgraph.api.PartialDate;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * in both. Written as Markdown, HTML (from the Markdown) or a spreadsheet with one sheet per area.
 */
record RoadmapDocument(LocalDate date, String filter, List<Area> areas) {

	record Area(String id, String name, List<Group> groups) {

		int size() {
			return this.groups.stream().mapToInt((group) -> group.entries().size()).sum();
		}

	}

	/** The work items of one body in one area; {@code path} names the body with the bodies above it. */
	record Group(String bodyId, String path, List<Entry> entries) {
	}

	record Entry(WorkItem workItem, List<String> topics) {
	}

	static final String[] COLUMNS = { "Body", "Designation", "Title", "Status", "Start", "Published", "Target",
			"Year", "Link", "Confidence", "Topics" };

	static RoadmapDocument of(LocalDate date, String filter, List<AnalysisRepository.RoadmapRow> rows,
			Map<String, String> bodyPaths) {
		Map<String, String> areaNames = new LinkedHashMap<>();
		Map<String, Map<String, List<Entry>>> byArea = new LinkedHashMap<>();
		for (AnalysisRepository.RoadmapRow row : rows) {
			areaNames.put(row.areaId(), row.areaName());
			byArea.computeIfAbsent(row.areaId(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(row.owner(), (id) -> new ArrayList<>())
				.add(new Entry(row.workItem(), row.topics().stream().sorted().toList()));
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
		return new RoadmapDocument(date, filter, areas);
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

	/** One sheet per area, headers frozen and filtered; streamed, so that tens of thousands of rows fit in memory. */
	void xlsx(OutputStream output) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle link = workbook.createCellStyle();
			Font blue = workbook.createFont();
			blue.setUnderline(Font.U_SINGLE);
			blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
			link.setFont(blue);
			Set<String> names = new HashSet<>();
			List<Area> sheets = this.areas.isEmpty() ? List.of(new Area("roadmap", "Roadmap", List.of())) : this.areas;
			for (Area area : sheets) {
				SXSSFSheet sheet = workbook.createSheet(sheetName(area.name(), names));
				Row top = sheet.createRow(0);
				for (int c = 0; c < COLUMNS.length; c++) {
					top.createCell(c).setCellValue(COLUMNS[c]);
					top.getCell(c).setCellStyle(header);
				}
				int r = 1;
				for (Group group : area.groups()) {
					for (Entry entry : group.entries()) {
						WorkItem item = entry.workItem();
						Row row = sheet.createRow(r++);
						row.createCell(0).setCellValue(group.path());
						row.createCell(1).setCellValue(item.designation() != null ? item.designation() : "");
						row.createCell(2).setCellValue(item.title());
						row.createCell(3).setCellValue(status(item));
						row.createCell(4).setCellValue(date(item.startDate(), null));
						row.createCell(5).setCellValue(date(item.publishedDate(), null));
						row.createCell(6).setCellValue(date(item.targetDate(), null));
						if (item.year() != null) {
							row.createCell(7).setCellValue(item.year());
						}
						if (item.url() != null && item.url().matches("https?://\\S+")) {
							row.createCell(8).setCellValue(item.url());
							Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
							hyperlink.setAddress(item.url());
							row.getCell(8).setHyperlink(hyperlink);
							row.getCell(8).setCellStyle(link);
						}
						row.createCell(9).setCellValue(item.confidence() != null ? item.confidence() : "");
						row.createCell(10).setCellValue(String.join("; ", entry.topics()));
					}
				}
				sheet.createFreezePane(0, 1);
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.length - 1));
				int[] widths = { 40, 24, 60, 18, 11, 11, 11, 6, 40, 11, 40 };
				for (int c = 0; c < widths.length; c++) {
					sheet.setColumnWidth(c, widths[c] * 256);
				}
			}
			workbook.write(output);
			workbook.dispose();
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
