package io.mvgraph.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of HTTP Basic sign-ins and the cache of verified credentials.
 *
 * @param maxFailuresPerUser failed sign-ins of one user name within {@code window} before that user is held back
 * @param maxFailuresPerAddress failed sign-ins from one client address within {@code window} before that address is
 * held back (higher: several people may share an address)
 * @param window the period over which failures count
 * @param backoff how long a held-back user or address gets {@code RATE_LIMITED}, whatever the password
 * @param credentialCacheTtl how long a verified user and password are taken as valid without a new bcrypt check
 */
@ConfigurationProperties("mvgraph.sign-in")
public record SignInProperties(Integer maxFailuresPerUser, Integer maxFailuresPerAddress, Duration window,
		Duration backoff, Duration credentialCacheTtl) {

	public SignInProperties {
		maxFailuresPerUser = maxFailuresPerUser != null ? maxFailuresPerUser : 5;
		maxFailuresPerAddress = maxFailuresPerAddress != null ? maxFailuresPerAddress : 20;
		window = window != null ? window : Duration.ofMinutes(5);
		backoff = backoff != null ? backoff : Duration.ofMinutes(5);
		credentialCacheTtl = credentialCacheTtl != null ? credentialCacheTtl : Duration.ofMinutes(5);
	}

}
