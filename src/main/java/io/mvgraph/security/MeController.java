package io.mvgraph.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who is signed in (session cookie or Basic), and the CSRF cookie for the page's writes. */
@RestController
class MeController {

	private final RoleHierarchy roles;

	MeController(RoleHierarchy roles) {
		this.roles = roles;
	}

	@GetMapping("/api/me")
	Me me(Authentication authentication, CsrfToken csrf) {
		// reading the token makes the repository set the XSRF-TOKEN cookie, which the page echoes in X-XSRF-TOKEN
		csrf.getToken();
		return Me.of(authentication, this.roles);
	}

}
