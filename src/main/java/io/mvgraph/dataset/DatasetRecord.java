package io.mvgraph.dataset;

/** A record of any section of the data-set format: all have a stable id. */
public interface DatasetRecord {

	String id();

}
