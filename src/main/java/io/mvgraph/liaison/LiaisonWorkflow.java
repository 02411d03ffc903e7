package io.mvgraph.liaison;

/**
 * Which workflows a statement follows, from its sender and addressees (TO, not CC):
 * <ul>
 * <li>incoming: at least one addressee is on the ITU-T side (the JCA-MV, TSAG, any ITU-T group: a body of an
 * ITU-T kind, or one with ITU-T above it) and is not the sender; the addressee's secretariat records received,
 * assigned, under study, replied / noted / closed;</li>
 * <li>outgoing: the sender is on the ITU-T side, or neither side is (a statement between two outside bodies, kept for
 * information: the sender's states); its secretariat records drafted, approved, sent, replied, closed.</li>
 * </ul>
 * A statement from one ITU-T group to another follows both: it is the sender's outgoing statement and the
 * addressee's incoming one. The direction comes from the bodies, never from a flag an editor sets, so a corrected
 * sender or addressee corrects it.
 */
public record LiaisonWorkflow(boolean incoming, boolean outgoing) {

	public static LiaisonWorkflow of(boolean senderItuT, boolean addressedToAnotherItuTBody) {
		return new LiaisonWorkflow(addressedToAnotherItuTBody, senderItuT || !addressedToAnotherItuTBody);
	}

}
