package io.mvgraph.guard;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /api/import}: while the disk is below the threshold, 503 {@code UNAVAILABLE} before the file is read;
 * and at most {@code mvgraph.import.max-concurrent} imports at a time (429 {@code RATE_LIMITED} beyond), since each
 * holds its file in memory (up to {@code mvgraph.import.max-size}) and imports run one big transaction each anyway.
 * Runs after Spring Security, so that a caller who may not import hears that first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ImportGuardFilter extends OncePerRequestFilter {

	private final DiskSpace disk;

	private final Semaphore running;

	ImportGuardFilter(DiskSpace disk, @Value("${mvgraph.import.max-concurrent:1}") int maxConcurrent) {
		this.disk = disk;
		this.running = new Semaphore(Math.max(1, maxConcurrent));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/api/import".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.disk.isLow()) {
			response.setHeader("Retry-After", "60");
			GuardResponses.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorCode.UNAVAILABLE,
					this.disk.message());
			return;
		}
		if (!this.running.tryAcquire()) {
			response.setHeader("Retry-After", "10");
			response.setHeader("Connection", "close");
			GuardResponses.write(response, 429, ErrorCode.RATE_LIMITED,
					"Another import is running (mvgraph.import.max-concurrent); retry when it is done");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.running.release();
		}
	}

}
