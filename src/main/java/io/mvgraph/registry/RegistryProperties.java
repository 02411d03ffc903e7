package io.mvgraph.registry;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mvgraph.registry.follow}: the committees whose records are imported, each with the body that owns new
 * work items and the topic they start with.
 */
@ConfigurationProperties("mvgraph.registry")
public record RegistryProperties(List<Follow> follow) {

	public RegistryProperties {
		follow = follow != null ? List.copyOf(follow) : List.of();
	}

	public record Follow(String committee, String body, String topic) {
	}

}
