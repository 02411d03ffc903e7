package io.mvgraph.history;

public enum ChangeAction {

	CREATED, UPDATED, DELETED

}
