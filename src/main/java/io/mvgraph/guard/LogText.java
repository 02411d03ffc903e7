package io.mvgraph.guard;

/** Text from a request made safe for one log line: no control characters (no forged lines), bounded length. */
final class LogText {

	private LogText() {
	}

	static String clean(String text) {
		if (text == null) {
			return "(none)";
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), 100));
		text.codePoints().limit(100).forEach((c) -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				out.append('?');
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
