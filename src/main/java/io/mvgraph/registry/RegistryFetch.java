package io.mvgraph.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The thin network adapter in front of the readers: GETs the registry's configured addresses
 * ({@code mvgraph.registry.fetch.<registry>}) into a directory, one file a response, with a {@code _manifest.json}
 * in the recording's format ({@code file, request_uri, status, recorded_at}), which the readers take as they take
 * the recorded samples. A response that is not 2xx fails the fetch (nothing half-fetched gets imported).
 */
@Component
public class RegistryFetch {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final RegistryProperties properties;

	RegistryFetch(RegistryProperties properties) {
		this.properties = properties;
	}

	/** The configured addresses of a registry (empty when none is configured). */
	public List<URI> addresses(String registry) {
		return this.properties.fetch().getOrDefault(registry, List.of()).stream().map(URI::create).toList();
	}

	public Path fetch(List<URI> addresses, Path directory, Consumer<String> progress) throws IOException {
		if (addresses.isEmpty()) {
			throw new IllegalArgumentException("no addresses to fetch: configure mvgraph.registry.fetch.<registry>");
		}
		Files.createDirectories(directory);
		List<Map<String, Object>> manifest = new ArrayList<>();
		int done = 0;
		for (URI address : addresses) {
			String file = fileName(address, ++done);
			HttpRequest request = HttpRequest.newBuilder(address)
				.timeout(Duration.ofMinutes(5))
				.header("Accept", "application/json, application/x-ndjson, application/xml;q=0.9, */*;q=0.8")
				.GET()
				.build();
			HttpResponse<Path> response;
			try {
				// streamed to the file: ISO's deliverables are some 80,000 lines
				response = this.http.send(request, HttpResponse.BodyHandlers.ofFile(directory.resolve(file)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while fetching " + address, ex);
			}
			if (response.statusCode() / 100 != 2) {
				Files.deleteIfExists(directory.resolve(file));
				throw new IOException(address + " answered " + response.statusCode());
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", file);
			entry.put("request_uri", address.toString());
			entry.put("status", response.statusCode());
			entry.put("recorded_at", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
			manifest.add(entry);
			progress.accept("fetched " + done + " of " + addresses.size() + ": " + address + " -> " + file + " ("
					+ Files.size(directory.resolve(file)) + " bytes)");
		}
		Files.write(directory.resolve("_manifest.json"), this.json.writeValueAsBytes(manifest));
		return directory;
	}

	/** A file name from the address ({@code groups_109735_specifications.json}), numbered to stay unique. */
	static String fileName(URI address, int number) {
		String path = address.getPath() == null ? "" : address.getPath();
		String last = path.substring(path.lastIndexOf('/') + 1);
		String extension = last.contains(".") ? last.substring(last.lastIndexOf('.')) : ".json";
		String stem = (path + (address.getQuery() != null ? "_" + address.getQuery() : ""))
			.replaceFirst("\\.[A-Za-z0-9]+$", "")
			.replaceAll("[^A-Za-z0-9.-]+", "_")
			.replaceAll("^_+|_+$", "");
		if (stem.length() > 100) {
			stem = stem.substring(0, 100);
		}
		return String.format("%03d_%s%s", number, stem.isEmpty() ? "response" : stem, extension);
	}

}
