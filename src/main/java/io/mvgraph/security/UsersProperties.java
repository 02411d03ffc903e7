package io.mvgraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords of the three built-in users; a missing one is generated at start and logged once.
 */
@ConfigurationProperties("mvgraph.users")
record UsersProperties(String editorPassword, String analystPassword, String adminPassword) {
}
