package io.mvgraph.security;

import java.util.List;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is signed in and every role they have (through the hierarchy), for the dashboard to offer only what the role
 * may do. {@code name} is null for anonymous readers.
 */
public record Me(String name, List<String> roles) {

	static final Me ANONYMOUS = new Me(null, List.of());

	static Me of(Authentication authentication, RoleHierarchy hierarchy) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		List<String> roles = hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.distinct()
			.sorted()
			.toList();
		return new Me(authentication.getName(), roles);
	}

}
