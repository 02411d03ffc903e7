package io.mvgraph.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body cannot be read past a limit, nor for longer than a deadline: the check runs while the body
 * is read, so that a chunked body (no Content-Length) is refused as soon as it crosses the limit, never buffered.
 */
final class CappedRequest extends HttpServletRequestWrapper {

	private final long limit;

	private final long deadlineNanos;

	private final String timeoutText;

	private CappedStream stream;

	private BodyTooLargeException refusal;

	CappedRequest(HttpServletRequest request, long limit, long timeoutNanos, String timeoutText) {
		super(request);
		this.limit = limit;
		this.deadlineNanos = System.nanoTime() + timeoutNanos;
		this.timeoutText = timeoutText;
	}

	/** Why the body was refused, or null if it was not. */
	BodyTooLargeException refusal() {
		return this.refusal;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new CappedStream(super.getInputStream());
		}
		return this.stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	private final class CappedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private long count;

		CappedStream(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			checkDeadline();
			int b = this.delegate.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			checkDeadline();
			int n = this.delegate.read(buffer, offset, (int) Math.min(length, CappedRequest.this.limit - this.count + 1));
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws BodyTooLargeException {
			this.count += n;
			if (this.count > CappedRequest.this.limit) {
				throw refuse(new BodyTooLargeException(
						"The request body is larger than " + CappedRequest.this.limit + " bytes", false));
			}
		}

		private void checkDeadline() throws BodyTooLargeException {
			if (System.nanoTime() - CappedRequest.this.deadlineNanos > 0) {
				throw refuse(new BodyTooLargeException("The request body did not arrive within "
						+ CappedRequest.this.timeoutText, true));
			}
		}

		private BodyTooLargeException refuse(BodyTooLargeException ex) {
			if (CappedRequest.this.refusal == null) {
				CappedRequest.this.refusal = ex;
			}
			return CappedRequest.this.refusal;
		}

		@Override
		public int available() throws IOException {
			return this.delegate.available();
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
