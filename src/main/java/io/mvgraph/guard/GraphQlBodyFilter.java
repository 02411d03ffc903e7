package io.mvgraph.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GraphQL POST body must be a JSON object. Spring for GraphQL fails with a NullPointerException (an INTERNAL
 * error) on a body of {@code null}, so this filter looks at the first character that is not white space and
 * answers {@code BAD_REQUEST} for anything but '{'; the bytes it looked at are handed on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class GraphQlBodyFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !("POST".equals(request.getMethod()) && "/graphql".equals(request.getRequestURI()) && type != null
				&& type.toLowerCase().contains("json"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		InputStream body = request.getInputStream();
		ByteArrayOutputStream seen = new ByteArrayOutputStream();
		int b;
		do {
			b = body.read();
			if (b >= 0) {
				seen.write(b);
			}
		}
		while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || (seen.size() <= 3 && (b == 0xEF || b == 0xBB || b == 0xBF)));
		if (b != '{') {
			GuardResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, ErrorCode.BAD_REQUEST,
					"The request body must be a JSON object with a 'query' (GraphQL over HTTP)");
			return;
		}
		InputStream replay = new SequenceInputStream(new ByteArrayInputStream(seen.toByteArray()), body);
		chain.doFilter(new Replayed(request, replay), response);
	}

	private static final class Replayed extends HttpServletRequestWrapper {

		private final ServletInputStream stream;

		Replayed(HttpServletRequest request, InputStream replay) {
			super(request);
			this.stream = new ServletInputStream() {
				private boolean finished;

				@Override
				public int read() throws IOException {
					int b = replay.read();
					this.finished = b < 0;
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = replay.read(buffer, offset, length);
					this.finished = n < 0;
					return n;
				}

				@Override
				public boolean isFinished() {
					return this.finished;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}
			};
		}

		@Override
		public ServletInputStream getInputStream() {
			return this.stream;
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(this.stream, StandardCharsets.UTF_8));
		}

	}

}
