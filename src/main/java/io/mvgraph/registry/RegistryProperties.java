package io.mvgraph.registry;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mvgraph.registry.follow}: the committees whose records are imported, each with the body that owns new
 * work items and the topic they start with; {@code mvgraph.registry.fetch.<registry>}: the addresses the fetching
 * adapter GETs for {@code import-registry <registry> --fetch <dir>}.
 */
@ConfigurationProperties("mvgraph.registry")
public record RegistryProperties(List<Follow> follow, Map<String, List<String>> fetch) {

	public RegistryProperties {
		follow = follow != null ? List.copyOf(follow) : List.of();
		fetch = fetch != null ? Map.copyOf(fetch) : Map.of();
	}

	public record Follow(String committee, String body, String topic) {
	}

}
