package io.mvgraph.people;

/**
 * What a person is in a body. {@code CONTACT_POINT} is the metaverse contact person of a study group (ToR 2.7);
 * {@code LIAISON_REPRESENTATIVE} represents a body towards the JCA-MV or the JCA-MV towards it (ToR 2.8).
 * The order is the order of contact lists.
 */
public enum RoleKind {

	CHAIR, VICE_CHAIR, RAPPORTEUR, EDITOR, CONTACT_POINT, LIAISON_REPRESENTATIVE, SECRETARIAT

}
