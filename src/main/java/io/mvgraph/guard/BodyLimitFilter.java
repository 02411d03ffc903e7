package io.mvgraph.guard;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: a body over the limit is refused with 413 {@code TOO_COMPLEX} before anyone
 * reads it, by its Content-Length up front or, for a chunked body, as soon as reading crosses the limit. A body
 * must also arrive within {@code mvgraph.http.body-read-timeout}, and one client address may send only so many
 * bodies at a time ({@code RATE_LIMITED} beyond), so that slow senders cannot hold every worker thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

	private final HttpLimits limits;

	private final long importLimit;

	private final ConcurrentHashMap<String, AtomicInteger> uploads = new ConcurrentHashMap<>();

	BodyLimitFilter(HttpLimits limits, @Value("${mvgraph.import.max-size:64MB}") DataSize importLimit) {
		this.limits = limits;
		this.importLimit = importLimit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean isImport = "/api/import".equals(request.getRequestURI());
		long limit = isImport ? this.importLimit : this.limits.maxBodySize().toBytes();
		String limitProperty = isImport ? "mvgraph.import.max-size" : "mvgraph.http.max-body-size";
		long length = request.getContentLengthLong();
		if (length > limit) {
			response.setHeader("Connection", "close");
			GuardResponses.write(response, 413, ErrorCode.TOO_COMPLEX, tooLarge(length, limit, limitProperty));
			return;
		}
		if (!hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		AtomicInteger sending = this.uploads.computeIfAbsent(address, (key) -> new AtomicInteger());
		try {
			if (sending.incrementAndGet() > this.limits.maxUploadsPerAddress()) {
				response.setHeader("Retry-After", "5");
				response.setHeader("Connection", "close");
				GuardResponses.write(response, 429, ErrorCode.RATE_LIMITED, "Too many requests with a body from "
						+ "your address at the same time (mvgraph.http.max-uploads-per-address); retry later");
				return;
			}
			CappedRequest capped = new CappedRequest(request, limit, this.limits.bodyReadTimeout().toNanos(),
					this.limits.bodyReadTimeout().toSeconds() + " s (mvgraph.http.body-read-timeout)");
			try {
				chain.doFilter(capped, response);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				if (capped.refusal() == null || response.isCommitted()) {
					throw ex;
				}
			}
			if (capped.refusal() != null && !response.isCommitted()) {
				response.reset();
				response.setHeader("Connection", "close");
				if (capped.refusal().tooSlow()) {
					log.info("Refused a slow request body from {}: {}", address, capped.refusal().getMessage());
					GuardResponses.write(response, 408, ErrorCode.BAD_REQUEST, capped.refusal().getMessage());
				}
				else {
					GuardResponses.write(response, 413, ErrorCode.TOO_COMPLEX,
							"The request body is larger than the limit of " + limit + " bytes (" + limitProperty + ")");
				}
			}
		}
		finally {
			if (sending.decrementAndGet() <= 0) {
				this.uploads.remove(address, sending);
			}
		}
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static String tooLarge(long length, long limit, String property) {
		return "The request body has " + length + " bytes; the limit is " + limit + " (" + property + ")";
	}

}
