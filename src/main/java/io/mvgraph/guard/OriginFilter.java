package io.mvgraph.guard;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No cross-site request acts with the caller's credentials. A browser sends HTTP Basic credentials it has cached
 * for this service along with any request a foreign page makes, so a request that carries credentials (an
 * {@code Authorization} or {@code Cookie} header) from a foreign {@code Origin} is refused with {@code FORBIDDEN}
 * before it reaches anything, as is a WebSocket handshake from a foreign origin (a browser sends no CORS preflight
 * for those). "Foreign": neither the service's own origin (scheme, host and port of the request) nor one of
 * {@code mvgraph.http.allowed-origins}. A request without an Origin header, as curl and scripts send, passes, unless
 * the browser marks it cross-site ({@code Sec-Fetch-Site}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OriginFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OriginFilter.class);

	private final Set<String> allowed;

	OriginFilter(HttpLimits limits) {
		this.allowed = limits.allowedOrigins().stream().map(OriginFilter::normalized).collect(Collectors.toSet());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean websocket = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
		boolean credentials = request.getHeader("Authorization") != null || request.getHeader("Cookie") != null;
		if (websocket || credentials) {
			String origin = request.getHeader("Origin");
			boolean foreign = origin != null ? !isAllowed(origin, request)
					: "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
			if (foreign) {
				log.info("Refused a {} {} from origin {} ({})", websocket ? "WebSocket handshake" : "credentialed request",
						request.getRequestURI(), LogText.clean(origin), request.getRemoteAddr());
				GuardResponses.write(response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN,
						"Cross-site requests with credentials are refused (origin " + LogText.clean(origin)
								+ "); see mvgraph.http.allowed-origins");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isAllowed(String origin, HttpServletRequest request) {
		String given = normalized(origin);
		return given.equals(own(request)) || this.allowed.contains(given);
	}

	private static String own(HttpServletRequest request) {
		return normalized(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
	}

	/** scheme://host[:port], lower case, without the scheme's default port; "null" and garbage stay unmatched. */
	static String normalized(String origin) {
		try {
			URI uri = URI.create(origin.trim());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return "invalid:" + origin;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
					|| (scheme.equals("https") && port == 443);
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
		}
		catch (IllegalArgumentException ex) {
			return "invalid:" + origin;
		}
	}

}
