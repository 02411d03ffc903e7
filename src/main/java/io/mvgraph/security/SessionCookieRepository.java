package io.mvgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * The browser session as a signed, expiring cookie instead of a server-side session: {@code user|expiry}, signed
 * with HMAC-SHA256 under {@code mvgraph.session.secret}. Any instance that shares the secret accepts it, so a load
 * balancer needs no sticky sessions and Neo4j holds no session state. The roles are not in the cookie: they are
 * read from the user store on every request, so a removed user or role takes effect at once. Sign-out deletes the
 * cookie; a stolen cookie stays valid until it expires (the price of keeping no server state), which is why the
 * cookie is HttpOnly, SameSite=Strict, Secure on HTTPS, and short-lived ({@code mvgraph.session.timeout}).
 *
 * <p>Only the form sign-in ({@code POST /login}) issues the cookie: HTTP Basic clients stay stateless and never
 * get one, so they never need a CSRF token.
 */
public class SessionCookieRepository implements SecurityContextRepository {

	public static final String COOKIE = "MVGRAPH_SESSION";

	private static final Logger log = LoggerFactory.getLogger(SessionCookieRepository.class);

	private final SecretKeySpec key;

	private final Duration timeout;

	private final UserDetailsService users;

	private final Clock clock;

	private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

	SessionCookieRepository(SessionProperties properties, UserDetailsService users, Clock clock) {
		String secret = properties.secret();
		if (!StringUtils.hasText(secret)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			log.warn("No mvgraph.session.secret (MVGRAPH_SESSION_SECRET) configured: generated one for this run; "
					+ "browser sessions end with a restart, and several instances behind one load balancer must "
					+ "share one configured secret");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.timeout = properties.timeout();
		this.users = users;
		this.clock = clock;
	}

	/** Whether the request carries a session cookie (valid or not): such requests need the CSRF token. */
	public static boolean hasSessionCookie(HttpServletRequest request) {
		return cookie(request) != null;
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return load(holder.getRequest());
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return new DeferredSecurityContext() {
			private SecurityContext context;

			@Override
			public SecurityContext get() {
				if (this.context == null) {
					this.context = load(request);
				}
				return this.context;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}
		};
	}

	private SecurityContext load(HttpServletRequest request) {
		SecurityContext context = this.strategy.createEmptyContext();
		String user = verifiedUser(cookie(request));
		if (user != null) {
			try {
				UserDetails details = this.users.loadUserByUsername(user);
				if (details.isEnabled() && details.isAccountNonLocked()) {
					context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
							details.getAuthorities()));
				}
			}
			catch (UsernameNotFoundException ex) {
				// a user removed since: the cookie no longer signs anyone in
			}
		}
		return context;
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		// only the form sign-in starts a session; Basic clients stay stateless
		if (!isSignIn(request) || response.isCommitted()) {
			return;
		}
		Authentication authentication = context.getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return;
		}
		long expires = this.clock.millis() + this.timeout.toMillis();
		String payload = authentication.getName() + "|" + expires;
		String value = encode(payload) + "." + sign(payload);
		response.addHeader("Set-Cookie", cookieHeader(value, this.timeout.toSeconds(), request.isSecure()));
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return verifiedUser(cookie(request)) != null;
	}

	/** Deletes the cookie (sign-out). */
	public void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Set-Cookie", cookieHeader("", 0, request.isSecure()));
	}

	private static boolean isSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
	}

	private static String cookieHeader(String value, long maxAge, boolean secure) {
		return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
				+ (secure ? "; Secure" : "");
	}

	private String verifiedUser(String value) {
		if (value == null) {
			return null;
		}
		int dot = value.lastIndexOf('.');
		if (dot <= 0) {
			return null;
		}
		String payload;
		try {
			payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		int bar = payload.lastIndexOf('|');
		if (bar <= 0) {
			return null;
		}
		try {
			long expires = Long.parseLong(payload.substring(bar + 1));
			return expires > this.clock.millis() ? payload.substring(0, bar) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && StringUtils.hasText(cookie.getValue())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static String encode(String payload) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
