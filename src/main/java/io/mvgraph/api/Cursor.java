package io.mvgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque Relay cursor: the sort key and id of the last row seen, under the name of the order it belongs to,
 * so that the next page starts strictly after it (keyset pagination: stable under inserts, no OFFSET scans).
 */
public record Cursor(String order, String key, String id) {

	private static final char SEPARATOR = '\u001f';

	public String encode() {
		String raw = this.order + SEPARATOR + this.key + SEPARATOR + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor {@code after}, which must belong to {@code order}; null when there is none. */
	public static Cursor decode(String after, String order) {
		if (after == null) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
			if (parts.length == 3 && parts[0].equals(order)) {
				return new Cursor(parts[0], parts[1], parts[2]);
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw ApiException.badRequest("after", "not a cursor of this list in this order");
	}

}
