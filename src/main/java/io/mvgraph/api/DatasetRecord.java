package io.mvgraph.api;

/** A record of any section of the data-set format: all have a stable id. */
public interface DatasetRecord {

	String id();

}
