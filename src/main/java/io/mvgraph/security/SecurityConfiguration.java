package io.mvgraph.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * HTTP Basic for the three users of the contract; anonymous callers read the public roadmap. Authorization of
 * GraphQL operations is on the services ({@code @PreAuthorize}), since every operation shares one URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> writeError(json, response,
					HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHORIZED, "Sign in (HTTP Basic) to do this")))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, ex) -> writeError(json,
					response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN, "Your role does not allow this")))
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

	/** Errors of the HTTP layer in the shape of GraphQL errors, so that clients handle one shape. */
	static void writeError(JsonMapper json, HttpServletResponse response, int status, ErrorCode code, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"mvgraph\"");
		}
		json.writeValue(response.getOutputStream(), RestErrors.body(code, message, null));
	}

}
