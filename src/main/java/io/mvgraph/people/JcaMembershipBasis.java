package io.mvgraph.people;

/**
 * Why someone is a member of the JCA (ToR 4.1: the study group chairs, the TSAG chair, those the study group chairs
 * designate, the metaverse contact persons of each study group, invited representatives), and the JCA's own
 * officers. The order is the order of the list.
 */
public enum JcaMembershipBasis {

	/** Chair or vice-chair of the JCA itself. */
	JCA_CHAIR,
	/** Chair of an ITU-T study group. */
	STUDY_GROUP_CHAIR,
	/** Chair of TSAG. */
	TSAG_CHAIR,
	/** Holds another role in the JCA itself (designated by a study group chair, rapporteur, editor ...). */
	DESIGNATED,
	/** The metaverse contact point of an ITU-T study group or of a group in it. */
	CONTACT_POINT,
	/** A liaison representative of another body (an invited representative). */
	INVITED_REPRESENTATIVE,
	/** The JCA's secretariat (TSB). */
	SECRETARIAT

}
