package io.mvgraph.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code RATE_LIMITED} (429) to an HTTP Basic or form ({@code POST /login}) sign-in of a held-back user or from a held-back address,
 * before the password is even looked at: the right password does not help during the backoff.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = basicUser(request.getHeader("Authorization"));
		if (user == null && "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			// the browsers' form sign-in: the same counters as HTTP Basic
			user = request.getParameter("username");
		}
		if (user != null) {
			long wait = this.throttle.retryAfterSeconds(user, request.getRemoteAddr());
			if (wait > 0) {
				response.setHeader("Retry-After", Long.toString(wait));
				GuardResponses.write(response, 429, ErrorCode.RATE_LIMITED,
						"Too many failed sign-ins for this user or from this address; retry in " + wait + " s");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The user name of a Basic Authorization header, or null (none, another scheme, or not decodable). */
	static String basicUser(String header) {
		if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
