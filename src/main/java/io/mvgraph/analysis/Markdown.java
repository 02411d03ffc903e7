package io.mvgraph.analysis;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writing Markdown safely from roadmap data (any title may hold characters Markdown or HTML would read), and turning
 * it into an HTML page. Raw HTML in the Markdown is escaped and link targets sanitized, so that a hostile title
 * cannot inject markup into the HTML report.
 */
final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private Markdown() {
	}

	/** Plain text for a paragraph or a table cell: one line, Markdown's active characters escaped. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (char c : value.replaceAll("\\s+", " ").strip().toCharArray()) {
			if ("\\`*_[]<>|~#!".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/** A link when the URL is an http(s) one, else the text alone. */
	static String link(String label, String url) {
		if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.matches(".*[\\s<>].*")) {
			return text(label);
		}
		return "[" + text(label) + "](<" + url + ">)";
	}

	/** A whole HTML page of the Markdown, with a little style for tables. */
	static String page(String title, String markdown) {
		String body = RENDERER.render(PARSER.parse(markdown));
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>
				body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.45; }
				table { border-collapse: collapse; margin: 1rem 0; width: 100%%; font-size: 0.92rem; }
				th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
				th { background: #f2f2f2; }
				h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
				</style>
				</head>
				<body>
				%s</body>
				</html>
				""".formatted(escapeHtml(title), body);
	}

	private static String escapeHtml(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
