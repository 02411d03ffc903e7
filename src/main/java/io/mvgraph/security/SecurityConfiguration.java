package io.mvgraph.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.RestErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.StringUtils;

/**
 * HTTP Basic for the three users of the contract (API clients), a form sign-in with a signed session cookie for
 * browsers; anonymous callers read the public roadmap. Authorization of
 * GraphQL operations is on the services ({@code @PreAuthorize}), since every operation shares one URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SessionCookieRepository sessionCookieRepository(SessionProperties properties, UserDetailsService users) {
		return new SessionCookieRepository(properties, users, Clock.systemUTC());
	}

	/**
	 * HTTP Basic for API clients, stateless; a form sign-in ({@code POST /login}) for browsers, whose session is a
	 * signed cookie ({@link SessionCookieRepository}). CSRF: double submit ({@code XSRF-TOKEN} cookie, sent back
	 * as {@code X-XSRF-TOKEN}), required for every state-changing request that carries the session cookie and for
	 * the sign-in itself; a client with Basic credentials and no session cookie cannot be driven by a foreign page
	 * through the cookie and needs none.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json, SessionCookieRepository sessions,
			RoleHierarchy roles) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> writeError(json, response,
				HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHORIZED, "Sign in (HTTP Basic) to do this");
		SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), sessions);
		http.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new BrowserCsrfTokenHandler())
				.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.formLogin((form) -> form.loginPage("/")
				.loginProcessingUrl("/login")
				.securityContextRepository(contexts)
				.successHandler((request, response, authentication) -> {
					// the sign-in replaced the CSRF token (against fixation): set the new one's cookie now, before
					// the page's next requests need it
					if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
						token.getToken();
					}
					writeJson(json, response, Me.of(authentication, roles));
				})
				// no WWW-Authenticate here: it would make the browser ask for Basic credentials over the page
				.failureHandler((request, response, ex) -> writeError(json, response,
						HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHORIZED, "Wrong user name or password", false))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> sessions.clear(request, response))
				.logoutSuccessHandler((request, response, authentication) -> writeJson(json, response, Me.ANONYMOUS)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, ex) -> writeError(json, response,
						HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN,
						ex instanceof CsrfException ? "Missing or wrong CSRF token (X-XSRF-TOKEN)"
								: "Your role does not allow this")))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/import")
				.hasRole(Roles.EDITOR)
				.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Roles.ADMIN)
				.anyRequest()
				.permitAll());
		return http.build();
	}

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	static boolean isSafe(HttpServletRequest request) {
		return SAFE_METHODS.contains(request.getMethod());
	}

	/** State-changing requests with the session cookie, and the sign-in (against login CSRF). */
	static boolean needsCsrfToken(HttpServletRequest request) {
		if (isSafe(request)) {
			return false;
		}
		return SessionCookieRepository.hasSessionCookie(request) || "/login".equals(request.getServletPath());
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Roles.ADMIN)
			.implies(Roles.EDITOR)
			.role(Roles.EDITOR)
			.implies(Roles.ANALYST)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	InMemoryUserDetailsManager users(UsersProperties properties, PasswordEncoder encoder) {
		List<UserDetails> users = List.of(user("editor", properties.editorPassword(), Roles.EDITOR, encoder),
				user("analyst", properties.analystPassword(), Roles.ANALYST, encoder),
				user("admin", properties.adminPassword(), Roles.ADMIN, encoder));
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails user(String name, String password, String role, PasswordEncoder encoder) {
		String effective = password;
		if (!StringUtils.hasText(effective)) {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			effective = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			log.warn("No password configured for user '{}': generated '{}' for this run "
					+ "(set MVGRAPH_USERS_{}_PASSWORD to choose one)", name, effective, name.toUpperCase());
		}
		return User.withUsername(name).password(encoder.encode(effective)).roles(role).build();
	}

	static void writeJson(JsonMapper json, HttpServletResponse response, Object body) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

	/** Errors of the HTTP layer in the shape of GraphQL errors, so that clients handle one shape. */
	static void writeError(JsonMapper json, HttpServletResponse response, int status, ErrorCode code, String message)
			throws IOException {
		writeError(json, response, status, code, message, true);
	}

	static void writeError(JsonMapper json, HttpServletResponse response, int status, ErrorCode code, String message,
			boolean challenge) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (challenge && status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"mvgraph\"");
		}
		json.writeValue(response.getOutputStream(), RestErrors.body(code, message, null));
	}

}
