package io.mvgraph.history;

import java.util.Collection;
import java.util.List;

import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.RecordCypher;

/**
 * A feature's store of one kind of data-set record: what every store shares (its kind, ids, reading some or all),
 * so that a store itself holds only the Cypher of its kind ({@link #select} and {@link #write}).
 *
 * @param <T> the record class
 */
public abstract class RecordStore<T extends DatasetRecord> implements RecordKind<T> {

	private final EntityType type;

	protected final RecordCypher cypher;

	protected RecordStore(EntityType type, RecordCypher cypher) {
		this.type = type;
		this.cypher = cypher;
	}

	@Override
	public EntityType type() {
		return this.type;
	}

	@Override
	public String idOf(T record) {
		return record.id();
	}

	@Override
	public List<T> read(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : select(ids);
	}

	/** Every record of the kind, in the order of their ids (the export). */
	public List<T> all() {
		return select(null);
	}

	/** The records with these ids (all when null), in the order of their ids: one statement. */
	protected abstract List<T> select(Collection<String> ids);

}
