package io.mvgraph.history;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Graph;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mechanics every mutation shares, so that all of them lock, check, write and record the same way. Call it
 * from a {@code @Transactional} service method, in this order:
 * <ol>
 * <li>{@link #current} (or {@link #lock}): takes the record's write lock, then checks the caller's version
 * ({@code NOT_FOUND}, stale: {@code CONFLICT}) and reads the record; concurrent edits of one record serialise
 * here, so no update is lost;</li>
 * <li>validate, then {@link #requireExisting} for the records it refers to ({@code NOT_FOUND}; it also locks them,
 * so that they cannot be deleted before this transaction commits);</li>
 * <li>{@link #create}, {@link #save} or {@link #delete}: writes (version + 1, {@code updatedAt/By}) and notes the
 * change, before and after.</li>
 * </ol>
 * The changes noted in one transaction are recorded together just before it commits (one {@code (:Change)} per
 * record, several edits of one record merged), and announced with one {@link RoadmapChanged} event, which
 * {@code @TransactionalEventListener}s see after the commit. A failed edit throws, and the transaction then
 * rolls back everything, the history included.
 */
@Component
public class Edits {

	/** The origin of the changes made through the API. */
	public static final String ORIGIN = "api";

	private static final Object PENDING = new Object();

	private final Graph graph;

	private final Neo4jClient client;

	private final ChangeRecorder recorder;

	Edits(Graph graph, Neo4jClient client, ChangeRecorder recorder) {
		this.graph = graph;
		this.client = client;
		this.recorder = recorder;
	}

	/** The signed-in user: the author of the changes. */
	public String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			throw new IllegalStateException("Edits need a signed-in user (secure the service method)");
		}
		return authentication.getName();
	}

	/**
	 * Takes the write lock of a record for the rest of the transaction and checks its version: {@code NOT_FOUND}
	 * (naming {@code field}) when there is no such record, {@code CONFLICT} when {@code expectedVersion} is given
	 * and is not the current one. Returns the current version.
	 */
	public long lock(EntityType type, String field, String id, Long expectedVersion) {
		long version = this.graph.lockVersion(type.label(), id)
			.orElseThrow(() -> ApiException.notFound(field, type.noun(), id));
		if (expectedVersion != null && version != expectedVersion) {
			throw ApiException.conflict("version", "The " + type.noun() + " '" + id + "' is at version " + version
					+ ", not " + expectedVersion + ": someone changed it meanwhile; reload it and retry");
		}
		return version;
	}

	/** {@link #lock} the record (its id in argument {@code id}), then read it in its canonical form. */
	public <T> T current(RecordKind<T> kind, String id, Long expectedVersion) {
		return current(kind, "id", id, expectedVersion);
	}

	public <T> T current(RecordKind<T> kind, String field, String id, Long expectedVersion) {
		lock(kind.type(), field, id, expectedVersion);
		return kind.read(List.of(id)).get(0);
	}

	/** A referenced record must exist ({@code NOT_FOUND} naming the field); it stays locked until the commit. */
	public void requireExisting(EntityType type, String field, String id) {
		if (id != null) {
			requireExisting(type, List.of(id), (index) -> field);
		}
	}

	/**
	 * Referenced records must exist: {@code NOT_FOUND} naming the field of the first missing one
	 * ({@code fieldOf(index)}). They stay locked until the commit, so that they cannot be deleted meanwhile.
	 */
	public void requireExisting(EntityType type, List<String> ids, IntFunction<String> fieldOf) {
		Set<String> found = lockAll(type, ids);
		for (int i = 0; i < ids.size(); i++) {
			if (!found.contains(ids.get(i))) {
				throw ApiException.notFound(fieldOf.apply(i), type.noun(), ids.get(i));
			}
		}
	}

	/** Takes the write locks of the records with these ids (in a stable order) and returns the ids that exist. */
	public Set<String> lockAll(EntityType type, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		// sorted, so that two transactions locking the same records take them in the same order
		List<String> sorted = ids.stream().distinct().sorted().toList();
		return new HashSet<>(this.client.query("UNWIND $ids AS id MATCH (n:" + type.label() + " {id: id}) "
				+ "SET n.lockedAt = timestamp() REMOVE n.lockedAt RETURN n.id")
			.bind(sorted)
			.to("ids")
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Creates a record: {@code CONFLICT} (naming {@code idField}) when its id is taken, also by a transaction
	 * running at the same moment (the unique constraint decides). Check its references first.
	 */
	public <T> void create(RecordKind<T> kind, String idField, T record) {
		String id = kind.idOf(record);
		EntityType type = kind.type();
		if (this.graph.exists(type.label(), id)) {
			throw duplicate(type, idField, id);
		}
		ZonedDateTime now = now();
		try {
			this.client.query("CREATE (n:" + type.label() + " {id: $id, version: 0, createdAt: $now, createdBy: $user})")
				.bindAll(Map.of("id", id, "now", now, "user", user()))
				.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate(type, idField, id);
		}
		kind.write(List.of(record), now, user());
		note(type, id, null, record);
	}

	/**
	 * Writes a record that {@link #current} locked and read as {@code before}, if it differs; returns whether it
	 * did. An edit that changes nothing leaves the version alone and records nothing.
	 */
	public <T> boolean save(RecordKind<T> kind, T before, T after) {
		if (Objects.equals(before, after)) {
			return false;
		}
		kind.write(List.of(after), now(), user());
		note(kind.type(), kind.idOf(after), before, after);
		return true;
	}

	/** Deletes a record that {@link #current} locked and read, with its relationships; its history stays. */
	public <T> void delete(RecordKind<T> kind, T before) {
		String id = kind.idOf(before);
		this.client.query("MATCH (n:" + kind.type().label() + " {id: $id}) DETACH DELETE n").bind(id).to("id").run();
		note(kind.type(), id, before, null);
	}

	/**
	 * Notes a change to be recorded with the others of this transaction just before it commits (for records
	 * written without {@link #create}/{@link #save}/{@link #delete}). Either side may be null.
	 */
	public void note(EntityType type, String id, Object before, Object after) {
		pending().add(new ChangeRecorder.Entry(type, id, before, after, null));
	}

	/**
	 * The id the change of this record noted in this transaction will be recorded under (assigned now), so that a
	 * mutation can answer with the change it makes.
	 */
	String pendingChangeId(EntityType type, String id) {
		return pending().changeIdOf(type, id);
	}

	private Pending pending() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("Edits must run in a write transaction");
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			Pending created = new Pending(user());
			TransactionSynchronizationManager.bindResource(PENDING, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					Edits.this.recorder.record(created.entries(), created.user, ORIGIN);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
				}
			});
			pending = created;
		}
		return pending;
	}

	private static ApiException duplicate(EntityType type, String field, String id) {
		return ApiException.conflict(field, "A " + type.noun() + " with id '" + id + "' already exists");
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

	/** The changes of one transaction, one entry per record: the first "before" and the last "after". */
	private static final class Pending {

		private final String user;

		private final Map<String, ChangeRecorder.Entry> entries = new LinkedHashMap<>();

		Pending(String user) {
			this.user = user;
		}

		void add(ChangeRecorder.Entry entry) {
			this.entries.merge(entry.type() + "/" + entry.id(), entry, (first, next) -> new ChangeRecorder.Entry(
					first.type(), first.id(), first.before(), next.after(), first.changeId()));
		}

		String changeIdOf(EntityType type, String id) {
			ChangeRecorder.Entry entry = this.entries.get(type + "/" + id);
			if (entry == null) {
				throw new IllegalStateException("No change of " + type + " " + id + " noted in this transaction");
			}
			if (entry.changeId() == null) {
				entry = new ChangeRecorder.Entry(entry.type(), entry.id(), entry.before(), entry.after(),
						java.util.UUID.randomUUID().toString());
				this.entries.put(type + "/" + id, entry);
			}
			return entry.changeId();
		}

		List<ChangeRecorder.Entry> entries() {
			return new ArrayList<>(this.entries.values());
		}

	}

}
