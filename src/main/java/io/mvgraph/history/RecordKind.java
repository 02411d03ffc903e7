package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;

/**
 * How {@link Edits} reads and writes one kind of record in its canonical form (for the roadmap: the records of the
 * data-set format). The canonical form is what the history compares, field by field.
 *
 * @param <T> the record class
 */
public interface RecordKind<T> {

	EntityType type();

	String idOf(T record);

	/** The records with these ids that exist, in any order. */
	List<T> read(Collection<String> ids);

	/**
	 * Writes the records over their nodes (creating a node that does not exist), with their relationships; each
	 * node's version goes up by one and it is stamped with {@code updatedAt}/{@code updatedBy}.
	 */
	void write(List<T> records, ZonedDateTime now, String user);

}
