package io.mvgraph.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-model access over {@link Neo4jClient}: runs parameterized Cypher and maps the returned nodes onto the
 * {@code @Node} records with Spring Data Neo4j's own converter (the one way read models map results here).
 * Every call is one round trip, except {@link #lockVersion}, which takes two (the lock, then the version).
 */
@Component
public class Graph {

	/** Where the statements of {@link #read} are logged, as Spring Data Neo4j logs those of its client. */
	static final String CYPHER_LOG = "io.mvgraph.cypher";

	private static final Logger cypherLog = LoggerFactory.getLogger(CYPHER_LOG);

	private static final Neo4jPersistenceExceptionTranslator TRANSLATOR = new Neo4jPersistenceExceptionTranslator();

	private final Neo4jClient client;

	private final Neo4jMappingContext mappingContext;

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final Neo4jBookmarkManager bookmarks;

	private final TransactionTemplate readTransaction;

	Graph(Neo4jClient client, Neo4jMappingContext mappingContext, Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, PlatformTransactionManager transactions) {
		this.client = client;
		this.mappingContext = mappingContext;
		this.driver = driver;
		this.databases = databases;
		this.bookmarks = bookmarks;
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
	}

	/**
	 * The rows of one read statement, each mapped. Outside a transaction of the caller's it is one auto-commit query
	 * in a read session (so a cluster routes it to a replica, and Neo4j refuses a write in it), with the bookmarks
	 * of the service's earlier transactions (read your writes): one round trip, where BEGIN, RUN and COMMIT of an
	 * explicit transaction take more for the same single statement. Inside the caller's transaction it runs there.
	 * Driver failures come out as Spring's data-access exceptions, as from {@link Neo4jClient}.
	 */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		Map<String, Object> values = DriverValues.of(parameters);
		if (values == null || TransactionSynchronizationManager.isActualTransactionActive()) {
			// a parameter only Spring Data Neo4j's conversions know, or the caller's own transaction
			return this.readTransaction.execute((status) -> new ArrayList<>(this.client.query(cypher)
				.bindAll(parameters)
				.fetchAs(Object.class)
				.mappedBy((typeSystem, record) -> mapper.apply(record))
				.all()
				.stream()
				.map((row) -> {
					@SuppressWarnings("unchecked")
					T typed = (T) row;
					return typed;
				})
				.toList()));
		}
		if (cypherLog.isDebugEnabled()) {
			cypherLog.debug("Executing:{}{}", System.lineSeparator(), cypher);
		}
		Collection<Bookmark> used = this.bookmarks.getBookmarks();
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(used);
		DatabaseSelection database = this.databases.getDatabaseSelection();
		if (database != null && !database.equals(DatabaseSelection.undecided())) {
			config.withDatabase(database.getValue());
		}
		try (Session session = this.driver.session(config.build())) {
			List<T> rows = session.run(cypher, values).list(mapper::apply);
			this.bookmarks.updateBookmarks(used, session.lastBookmarks());
			return rows;
		}
		catch (RuntimeException ex) {
			DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(ex);
			throw translated != null ? translated : ex;
		}
	}

	public Neo4jClient client() {
		return this.client;
	}

	/** Whether a node with this label (a constant of the caller's, never user input) and id exists. */
	public boolean exists(String label, String id) {
		return this.client.query("MATCH (n:" + label + " {id: $id}) RETURN count(n) > 0")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * For an argument that names a record (a filter's body or topic): NOT_FOUND naming {@code field} when there is
	 * no such record; nothing when {@code id} is null (the argument was left out).
	 */
	public void requireExisting(String field, String label, String what, String id) {
		if (id != null && !exists(label, id)) {
			throw ApiException.notFound(field, what, id);
		}
	}

	/**
	 * Takes the write lock of a node for the rest of the transaction and then reads its version, so that a version
	 * check and the write that follows cannot interleave with another transaction's (no lost update). Empty when
	 * there is no such node.
	 */
	public Optional<Long> lockVersion(String label, String id) {
		boolean locked = this.client.query("MATCH (n:" + label + " {id: $id}) SET n.lockedAt = timestamp() REMOVE n.lockedAt RETURN count(n) > 0")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!locked) {
			return Optional.empty();
		}
		return this.client.query("MATCH (n:" + label + " {id: $id}) RETURN coalesce(n.version, 0)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one();
	}

	/** The direct mapper of each record type, absent (null) where only the converter can map it. */
	private static final ClassValue<java.util.Optional<RecordNodeMapper>> MAPPERS = new ClassValue<>() {
		@Override
		protected java.util.Optional<RecordNodeMapper> computeValue(Class<?> type) {
			return java.util.Optional.ofNullable(RecordNodeMapper.of(type));
		}
	};

	/**
	 * Maps one node value onto its {@code @Node} record: directly where the record is all plain properties
	 * ({@link RecordNodeMapper}), else (or for a value it does not expect) with Spring Data Neo4j's converter.
	 */
	public <T> T map(Class<T> type, Value node) {
		// a node, or a map projection of one with only the properties a selection reads (SelectionCompiler)
		org.neo4j.driver.types.MapAccessor properties = node.hasType(org.neo4j.driver.types.TypeSystem.getDefault().MAP())
				? node : node.asNode();
		RecordNodeMapper mapper = MAPPERS.get(type).orElse(null);
		if (mapper != null) {
			Object mapped = mapper.map(properties);
			if (mapped != null) {
				return type.cast(mapped);
			}
		}
		return this.mappingContext.getEntityConverter().read(type, properties);
	}

	/**
	 * The node property that the record component {@code component} of {@code type} maps, where the record maps
	 * straight from plain properties; null otherwise (then only whole nodes map onto it).
	 */
	public String property(Class<?> type, String component) {
		RecordNodeMapper mapper = MAPPERS.get(type).orElse(null);
		return mapper != null ? mapper.property(component) : null;
	}

	/** The nodes of column {@code n}, in the order of the query. */
	public <T> List<T> nodes(Class<T> type, String cypher, Map<String, ?> parameters) {
		return new ArrayList<>(this.client.query(cypher)
			.bindAll(copy(parameters))
			.fetchAs(type)
			.mappedBy((typeSystem, record) -> map(type, record.get("n")))
			.all());
	}

	/** The node of column {@code n} of the first row, if any. */
	public <T> Optional<T> node(Class<T> type, String cypher, Map<String, ?> parameters) {
		return this.client.query(cypher)
			.bindAll(copy(parameters))
			.fetchAs(type)
			.mappedBy((typeSystem, record) -> map(type, record.get("n")))
			.first();
	}

	/**
	 * The nodes of column {@code n} grouped by the string of column {@code key}, in the order of the query:
	 * the shape of a batch loader's answer ({@code UNWIND $ids AS key MATCH ... RETURN key, n}).
	 */
	public <T> Map<String, List<T>> grouped(Class<T> type, String cypher, Map<String, ?> parameters) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		this.client.query(cypher)
			.bindAll(copy(parameters))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> Map.entry(record.get("key").asString(), map(type, record.get("n"))))
			.all()
			.forEach((entry) -> grouped.computeIfAbsent((String) entry.getKey(), (key) -> new ArrayList<>())
				.add(type.cast(entry.getValue())));
		return grouped;
	}

	/**
	 * The nodes {@code n} related to each of {@code ids} (bound to {@code key}) by a pattern such as
	 * {@code (:Liaison {id: key})-[:FROM]->(n:Body)}, in the order of {@code orderBy} within each key: one batch
	 * query for a whole list of parents. The pattern and the order are the caller's constants, never user input.
	 */
	public <T> Map<String, List<T>> related(Class<T> type, String pattern, String orderBy, Collection<String> ids) {
		return grouped(type, "UNWIND $ids AS key MATCH " + pattern + " RETURN key, n ORDER BY key, " + orderBy,
				Map.of("ids", ids));
	}

	private static Map<String, Object> copy(Map<String, ?> parameters) {
		return new LinkedHashMap<>(parameters);
	}

}
