package io.mvgraph.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A registry the importer can read: the plug-in point. An implementation maps its registry's records (from a
 * recorded file or directory; fetching over the network is a thin adapter in front of it) to
 * {@link RegistryRecord}s and says which records it skips, and why. Matching, conflicts, provenance and writing
 * are the importer's.
 */
public interface RegistrySource {

	/** The name on the command line and in the provenance ({@code relaton}). */
	String name();

	Result read(Path fileOrDirectory, Consumer<String> progress) throws IOException;

	/**
	 * The records (documents as work items; committees and groups as bodies), and the ones skipped with the reason
	 * (an amendment, no identifier ...).
	 */
	record Result(List<RegistryRecord> records, List<RegistryBody> bodies, List<String> skipped) {

		public Result(List<RegistryRecord> records, List<String> skipped) {
			this(records, List.of(), skipped);
		}

	}

	/**
	 * The body a new body of this registry belongs to when its parent committee is not followed ({@code iso},
	 * {@code w3c}, {@code ietf}); null for none.
	 */
	default String organization() {
		return null;
	}

	/** The JSON files of a recorded folder in name order, or the one file given. */
	static List<Path> jsonFiles(Path path) throws IOException {
		if (!java.nio.file.Files.isDirectory(path)) {
			return List.of(path);
		}
		try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(path)) {
			return list.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
	}

}
