package io.mvgraph.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand over a socket to 127.0.0.1, for what ordinary clients will not send: chunked bodies without an
 * end, WebSocket handshakes from a foreign origin, bodies that trickle in.
 */
final class RawHttp {

	private RawHttp() {
	}

	/** Sends the head, then the body chunks as given; answers the status line and the rest of the response. */
	static String exchange(int port, String head, byte[]... chunks) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			try {
				for (byte[] chunk : chunks) {
					out.write(chunk);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the server may close the connection once it has refused the body: read its answer anyway
			}
			return readResponse(socket.getInputStream());
		}
	}

	/** A chunked body of {@code total} bytes of filler, in chunks of 8 KB, with its final empty chunk. */
	static byte[][] chunked(int total) {
		int size = 8192;
		int count = (total + size - 1) / size;
		byte[][] chunks = new byte[count + 1][];
		for (int i = 0; i < count; i++) {
			int n = Math.min(size, total - i * size);
			byte[] data = new byte[n];
			java.util.Arrays.fill(data, (byte) ' ');
			byte[] head = (Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
			byte[] chunk = new byte[head.length + n + 2];
			System.arraycopy(head, 0, chunk, 0, head.length);
			System.arraycopy(data, 0, chunk, head.length, n);
			chunk[chunk.length - 2] = '\r';
			chunk[chunk.length - 1] = '\n';
			chunks[i] = chunk;
		}
		chunks[count] = "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
		return chunks;
	}

	private static String readResponse(InputStream in) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			int n;
			while ((n = in.read(buffer)) > 0) {
				response.write(buffer, 0, n);
				String text = response.toString(StandardCharsets.UTF_8);
				int end = text.indexOf("\r\n\r\n");
				if (end > 0 && bodyComplete(text, end)) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// a reset after the answer: keep what arrived
		}
		return response.toString(StandardCharsets.UTF_8);
	}

	private static boolean bodyComplete(String text, int headEnd) {
		String head = text.substring(0, headEnd).toLowerCase();
		int length = head.indexOf("content-length:");
		if (length >= 0) {
			int eol = head.indexOf("\r\n", length);
			int expected = Integer.parseInt(head.substring(length + 15, eol < 0 ? head.length() : eol).trim());
			return text.getBytes(StandardCharsets.UTF_8).length - headEnd - 4 >= expected;
		}
		if (head.contains("transfer-encoding: chunked")) {
			return text.endsWith("0\r\n\r\n");
		}
		return false;
	}

}
