package io.mvgraph.analysis;

/** Who can act on a finding. */
public enum FindingScope {

	/** At least one of its units is an ITU unit: the JCA-MV can act, and reports it to TSAG. */
	ITU,
	/** Both units are outside organisations: shown for information; the JCA-MV can only tell them. */
	EXTERNAL

}
