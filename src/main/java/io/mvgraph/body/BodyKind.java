package io.mvgraph.body;

/** What kind of organization or group a body is (API contract). */
public enum BodyKind {

	ITU_T_SG, ITU_T_QUESTION, ITU_T_GROUP, TSAG, ITU_R, ITU_D, SDO, SDO_GROUP, CONSORTIUM, FORUM, OPEN_SOURCE,
	REGIONAL, NATIONAL, OTHER;

	/** Whether a body of this kind belongs to ITU-T (its study groups, Questions, groups and TSAG). */
	public boolean isItuT() {
		return this == ITU_T_SG || this == ITU_T_QUESTION || this == ITU_T_GROUP || this == TSAG;
	}

	/** Whether a body of this kind is a group of ITU (ITU-T, ITU-R or ITU-D). */
	public boolean isItu() {
		return isItuT() || this == ITU_R || this == ITU_D;
	}

	/** The names of the ITU kinds, for Cypher parameters. */
	public static java.util.List<String> ituNames() {
		return java.util.Arrays.stream(values()).filter(BodyKind::isItu).map(Enum::name).toList();
	}

}
