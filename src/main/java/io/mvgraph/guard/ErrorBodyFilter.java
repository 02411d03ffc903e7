package io.mvgraph.guard;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: an error status that nothing wrote a body for (such as the 405 of Spring for GraphQL's
 * {@code GET /graphql}) gets the contract's error body, so that no error ever comes empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorBodyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tracking tracking = new Tracking(response);
		chain.doFilter(request, tracking);
		int status = response.getStatus();
		if (status >= 400 && !tracking.written && !response.isCommitted() && !request.isAsyncStarted()
				&& !"HEAD".equals(request.getMethod())) {
			GuardResponses.write(response, status, JsonErrorController.codeOf(status),
					JsonErrorController.messageOf(status));
		}
	}

	private static final class Tracking extends HttpServletResponseWrapper {

		private boolean written;

		Tracking(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.written = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.written = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.written = true;
			super.sendError(sc, msg);
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.written = true;
			super.sendError(sc);
		}

	}

}
