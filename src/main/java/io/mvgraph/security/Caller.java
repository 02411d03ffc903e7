package io.mvgraph.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for decisions that are not a plain yes or no to a whole operation (those are
 * {@code @PreAuthorize}): which fields a reader may see. Reads the security context of the current thread, which
 * Spring for GraphQL propagates to data fetchers and batch loaders alike (context-propagation).
 */
@Component
public class Caller {

	private final RoleHierarchy roles;

	Caller(RoleHierarchy roles) {
		this.roles = roles;
	}

	/** Whether the caller has the role, directly or through the hierarchy (ADMIN > EDITOR > ANALYST). */
	public boolean hasRole(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		String authority = "ROLE_" + role;
		return this.roles.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

	/** People's e-mail addresses: ANALYST and above only. */
	public boolean canReadContactDetails() {
		return hasRole(Roles.ANALYST);
	}

	/** The signed-in user's name, for the history of changes. */
	public String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null ? authentication.getName() : "anonymous";
	}

}
