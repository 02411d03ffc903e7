package io.mvgraph.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /graphiql} is the service's own page, and everything it loads comes from the service: GraphiQL works on
 * a machine without internet. The browser side (a query run in GraphiQL) is in WorkbenchBrowserTests.
 */
class GraphiQlPageTests extends ApiTestSupport {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

	private static final Pattern IMPORT = Pattern.compile("import [^;]*? from '([^']*)'");

	@Test
	void shouldServeGraphiQlAndEveryAssetItLoadsFromTheServiceItself() {
		for (String path : List.of("/graphiql", "/graphiql/")) {
			String html = get(path, MediaType.TEXT_HTML);
			assertThat(html).contains("<div id=\"graphiql\">");
			// no absolute URL at all (no CDN, no protocol-relative host), in attributes or anywhere else
			assertThat(html).doesNotContain("http:").doesNotContain("https:").doesNotContain("\"//");
			List<String> references = matches(REFERENCE, html);
			assertThat(references).contains("/graphiql/graphiql.min.js", "/graphiql/graphiql.min.css",
					"/graphiql/react.production.min.js", "/graphiql/react-dom.production.min.js",
					"/graphiql/graphiql-page.js");
			for (String reference : references) {
				if (!reference.startsWith("data:")) {
					assertThat(reference).as(reference).startsWith("/").doesNotStartWith("//");
					get(reference, null);
				}
			}
		}
		String script = get("/graphiql/graphiql-page.js", null);
		List<String> imports = matches(IMPORT, script);
		assertThat(imports).containsExactly("/csrf.js");
		imports.forEach((reference) -> get(reference, null));
		// the GraphQL endpoint it talks to is this service's, built from the page's own location
		assertThat(script).contains("${location.host}/graphql").doesNotContainPattern("https?://");
		for (String license : List.of("LICENSE-graphiql.txt", "LICENSE-react.txt", "LICENSE-react-dom.txt")) {
			assertThat(get("/graphiql/" + license, null)).contains("MIT License");
		}
	}

	private String get(String path, MediaType type) {
		return http().get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Type", (contentType) -> {
				if (type != null) {
					assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(type)).as(contentType).isTrue();
				}
			})
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> matches(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.results().map((result) -> result.group(1)).toList();
	}

}
