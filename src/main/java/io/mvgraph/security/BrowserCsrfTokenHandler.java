package io.mvgraph.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * Spring Security's single-page-application CSRF handling ({@code csrf.spa()}: the token in the {@code XSRF-TOKEN}
 * cookie, sent back plain in {@code X-XSRF-TOKEN}; a form parameter is the masked value), except that the cookie is
 * rendered only for requests that may come from a browser page: safe requests (the pages, {@code /api/me}) and
 * requests carrying the session cookie. {@code spa()} renders it for every request, so every API call without
 * cookies (scripts, dashboards, benchmarks) paid for a new random token and a {@code Set-Cookie} it never reads.
 */
final class BrowserCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();

	private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.xor.handle(request, response, csrfToken);
		if (SecurityConfiguration.isSafe(request) || SessionCookieRepository.hasSessionCookie(request)) {
			// load the deferred token, so that the repository sets its cookie for the page's next writes
			csrfToken.get();
		}
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String header = request.getHeader(csrfToken.getHeaderName());
		return (StringUtils.hasText(header) ? this.plain : this.xor).resolveCsrfTokenValue(request, csrfToken);
	}

}
