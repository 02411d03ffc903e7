package io.mvgraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser sessions (README, "Sign-in and sessions"): the key that signs the session cookie and how long a sign-in
 * lasts. Several instances behind one load balancer must share the secret; unset, one is generated per start (and
 * every session ends with a restart).
 */
@ConfigurationProperties("mvgraph.session")
record SessionProperties(String secret, @DefaultValue("8h") Duration timeout) {
}
