package io.mvgraph.people;

import java.util.List;

import io.mvgraph.body.BodyKind;

/**
 * Which roles a contact list shows: of one body (and, with {@code includeDescendants}, of the groups below it), of
 * bodies of some kinds, of the bodies outside ITU ({@code external: true}) or inside it ({@code false}), of some
 * role kinds. Every condition given must hold.
 */
record ContactFilter(String body, List<BodyKind> bodyKinds, Boolean external, List<RoleKind> roleKinds,
		boolean includeDescendants) {
}
