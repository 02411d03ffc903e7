package io.mvgraph.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.web.util.HtmlUtils;

/**
 * A document for people, as structured content: a header block (the fields of a TSAG temporary document), then
 * numbered sections of paragraphs and tables. The one source of every format: Markdown, HTML and docx are written
 * from it, and GraphQL returns it as it is, so the formats cannot say different things.
 */
public record ReportDocument(List<HeaderField> header, String title, List<Section> sections) {

	/** One line of the header block: "Source", "Title", "Purpose", "Contact", "Keywords", "Abstract". */
	public record HeaderField(String name, String value) {
	}

	public record Section(String number, String title, List<Block> blocks) {
	}

	/** A paragraph ({@code text}) or a table ({@code table}), never both. */
	public record Block(String text, Table table) {

		static Block text(String text) {
			return new Block(text, null);
		}

		static Block table(List<String> columns, List<List<String>> rows) {
			return new Block(null, new Table(columns, rows));
		}

	}

	public record Table(List<String> columns, List<List<String>> rows) {
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(Markdown.text(this.title)).append("\n\n");
		md.append("| | |\n|---|---|\n");
		for (HeaderField field : this.header) {
			md.append("| **").append(field.name()).append("** | ").append(Markdown.text(field.value())).append(" |\n");
		}
		md.append('\n');
		for (Section section : this.sections) {
			md.append("## ").append(heading(section)).append("\n\n");
			for (Block block : section.blocks()) {
				if (block.text() != null) {
					md.append(Markdown.text(block.text())).append("\n\n");
				}
				else {
					md.append('|');
					block.table().columns().forEach((column) -> md.append(' ').append(Markdown.text(column)).append(" |"));
					md.append("\n|");
					block.table().columns().forEach((column) -> md.append("---|"));
					md.append('\n');
					for (List<String> row : block.table().rows()) {
						md.append('|');
						row.forEach((cell) -> md.append(' ').append(Markdown.text(cell)).append(" |"));
						md.append('\n');
					}
					md.append('\n');
				}
			}
		}
		return md.toString();
	}

	String html() {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(this.title))
			.append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
					+ "td,th{border:1px solid #999;padding:.2em .5em;vertical-align:top}</style></head><body>\n");
		html.append("<h1>").append(escape(this.title)).append("</h1>\n<table class=\"header\">\n");
		for (HeaderField field : this.header) {
			html.append("<tr><th>").append(escape(field.name())).append("</th><td>").append(escape(field.value()))
				.append("</td></tr>\n");
		}
		html.append("</table>\n");
		for (Section section : this.sections) {
			html.append("<h2>").append(escape(heading(section))).append("</h2>\n");
			for (Block block : section.blocks()) {
				if (block.text() != null) {
					html.append("<p>").append(escape(block.text())).append("</p>\n");
				}
				else {
					html.append("<table>\n<tr>");
					block.table().columns().forEach((column) -> html.append("<th>").append(escape(column)).append("</th>"));
					html.append("</tr>\n");
					for (List<String> row : block.table().rows()) {
						html.append("<tr>");
						row.forEach((cell) -> html.append("<td>").append(escape(cell)).append("</td>"));
						html.append("</tr>\n");
					}
					html.append("</table>\n");
				}
			}
		}
		return html.append("</body></html>\n").toString();
	}

	/**
	 * A Word file the secretariat opens and submits: the header block as a two-column table, the sections as
	 * Heading 1 paragraphs, tables with a bold first row. Dated by the report's day, not the
	 * time it is made, so the same report gives the same content.
	 */
	byte[] docx(java.time.LocalDate dated) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// POI stamps a new file with the time it was made: date it by the report's day instead
			doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
					java.util.Date.from(dated.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
			doc.getProperties().getCoreProperties().setCreator("JCA-MV");
			XWPFParagraph title = doc.createParagraph();
			title.setStyle("Title");
			title.setAlignment(ParagraphAlignment.CENTER);
			bold(title.createRun(), this.title, 14);
			XWPFTable header = doc.createTable(this.header.size(), 2);
			for (int i = 0; i < this.header.size(); i++) {
				XWPFTableRow row = header.getRow(i);
				cell(row, 0, this.header.get(i).name(), true);
				cell(row, 1, this.header.get(i).value(), false);
			}
			for (Section section : this.sections) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setStyle("Heading1");
				bold(heading.createRun(), heading(section), 12);
				for (Block block : section.blocks()) {
					if (block.text() != null) {
						doc.createParagraph().createRun().setText(block.text());
					}
					else {
						List<String> columns = block.table().columns();
						XWPFTable table = doc.createTable(block.table().rows().size() + 1, columns.size());
						for (int c = 0; c < columns.size(); c++) {
							cell(table.getRow(0), c, columns.get(c), true);
						}
						for (int r = 0; r < block.table().rows().size(); r++) {
							List<String> cells = block.table().rows().get(r);
							for (int c = 0; c < columns.size(); c++) {
								cell(table.getRow(r + 1), c, c < cells.size() ? cells.get(c) : "", false);
							}
						}
						doc.createParagraph();
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setText(text == null ? "" : text);
	}

	private static void bold(XWPFRun run, String text, int size) {
		run.setBold(true);
		run.setFontSize(size);
		run.setText(text);
	}

	static String heading(Section section) {
		return section.number() == null || section.number().isEmpty() ? section.title()
				: section.number() + " " + section.title();
	}

	private static String escape(String text) {
		// only the markup characters: the page is UTF-8, an en dash stays an en dash
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
