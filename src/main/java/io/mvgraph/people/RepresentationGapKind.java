package io.mvgraph.people;

public enum RepresentationGapKind {

	/** An ITU-T study group with metaverse work and no current metaverse contact point (ToR 2.7). */
	NO_CONTACT_POINT,
	/** An external body whose work overlaps ITU-T work and that has no current liaison representative (ToR 2.8). */
	NO_LIAISON_REPRESENTATIVE,
	/** A role whose period has ended and that nobody holds now in that body. */
	EXPIRED_ROLE

}
