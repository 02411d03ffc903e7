package io.mvgraph.people;

import io.mvgraph.body.Body;

/**
 * A hole in the contact lists: which body, what is missing ({@code roleKind}), and, for an expired role, the role
 * that ended.
 */
public record RepresentationGap(Body body, RepresentationGapKind kind, RoleKind roleKind, String detail,
		Role expiredRole) {
}
