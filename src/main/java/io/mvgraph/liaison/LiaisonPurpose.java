package io.mvgraph.liaison;

public enum LiaisonPurpose {

	ACTION, COMMENT, INFORMATION

}
