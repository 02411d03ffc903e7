package io.mvgraph.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sends the password with every request, and bcrypt is slow on purpose (tens of milliseconds): this
 * provider checks a user and password with bcrypt once, then keeps a keyed HMAC-SHA256 of the pair (the key is
 * random per start; no password is kept) for {@code mvgraph.sign-in.credential-cache-ttl}. An entry also remembers
 * the user's stored password hash and counts only while the store holds the same one, so a changed password
 * invalidates it at once. Failures are logged, one line with user and address each, and counted by the
 * {@link SignInThrottle}.
 */
@Component
class CachingAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(CachingAuthenticationProvider.class);

	private static final int MAX_ENTRIES = 10_000;

	private final DaoAuthenticationProvider delegate;

	private final UserDetailsService users;

	private final SignInThrottle throttle;

	private final long ttlNanos;

	private final SecretKeySpec key;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	CachingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
			SignInProperties properties) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(encoder);
		this.users = users;
		this.throttle = throttle;
		this.ttlNanos = properties.credentialCacheTtl().toNanos();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String user = authentication.getName();
		Object credentials = authentication.getCredentials();
		String digest = digest(user, credentials == null ? "" : credentials.toString());
		long now = System.nanoTime();
		Verified known = this.verified.get(digest);
		if (known != null) {
			UserDetails current = currentUser(user);
			if (current != null && now - known.until() < 0 && current.getPassword().equals(known.passwordHash())
					&& current.isEnabled() && current.isAccountNonLocked() && current.isAccountNonExpired()) {
				return UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
			}
			this.verified.remove(digest);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			UserDetails current = currentUser(user);
			if (current != null) {
				if (this.verified.size() >= MAX_ENTRIES) {
					this.verified.clear();
				}
				this.verified.put(digest, new Verified(current.getPassword(), now + this.ttlNanos));
			}
			this.throttle.succeeded(user);
			return result;
		}
		catch (BadCredentialsException ex) {
			String address = authentication.getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : "(unknown address)";
			log.warn("Failed sign-in for user '{}' from {}", LogText.clean(user), address);
			this.throttle.failed(user, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private UserDetails currentUser(String user) {
		try {
			return this.users.loadUserByUsername(user);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private String digest(String user, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(user.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private record Verified(String passwordHash, long until) {
	}

}
