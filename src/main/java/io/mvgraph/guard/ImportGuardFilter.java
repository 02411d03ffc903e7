package io.mvgraph.guard;

import java.io.IOException;

import io.mvgraph.web.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /api/import} while the disk is below the threshold: 503 {@code UNAVAILABLE} before the file is read.
 * Runs after Spring Security, so that a caller who may not import hears that first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ImportGuardFilter extends OncePerRequestFilter {

	private final DiskSpace disk;

	ImportGuardFilter(DiskSpace disk) {
		this.disk = disk;
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
		chain.doFilter(request, response);
	}

}
