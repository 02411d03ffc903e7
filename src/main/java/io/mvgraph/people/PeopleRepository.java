package io.mvgraph.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mvgraph.api.Cursor;
import io.mvgraph.api.CypherQueries;
import io.mvgraph.api.Graph;
import io.mvgraph.api.PartialDate;
import io.mvgraph.api.PartialDateCypher;
import io.mvgraph.api.RecordCypher;
import io.mvgraph.body.Body;
import io.mvgraph.body.BodyKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/** Cypher of people, their roles and the representation gaps. Each method is one round trip. */
@Repository
class PeopleRepository {

	/** A role relationship {@code r} held on {@code $asOf}. */
	static final String HELD = "(r.since IS NULL OR " + PartialDateCypher.start("r.since") + " <= $asOf) AND (r.until IS NULL OR "
			+ PartialDateCypher.end("r.until") + " >= $asOf)";

	/** The position of {@code r.kind} in {@link RoleKind}'s order, for sorting contact lists. */
	private static final String KIND_ORDER = "[i IN range(0, size($kindOrder) - 1) WHERE $kindOrder[i] = r.kind][0]";

	/**
	 * Whether body {@code b} is outside every hierarchy that holds an ITU group: the other SDOs, consortia, forums,
	 * regional and national bodies of ToR 2.8.
	 */
	static final String EXTERNAL = """
			NOT EXISTS {
			  MATCH (b)-[:PART_OF*0..]->(root:Body) WHERE NOT EXISTS { (root)-[:PART_OF]->(:Body) }
			    AND EXISTS { MATCH (root)<-[:PART_OF*0..]-(group:Body) WHERE group.kind IN $ituKinds }
			}""";

	private static final String ROLE_COLUMNS = """
			p.id AS person, b.id AS body, r.kind AS kind, r.since AS since, r.until AS until, r.note AS note""";

	private static final String EXTERNAL_WITHOUT_REPRESENTATIVE = CypherQueries.get("external-bodies-without-representative");

	private final Graph graph;

	PeopleRepository(Graph graph) {
		this.graph = graph;
	}

	Optional<Person> findById(String id) {
		return this.graph.node(Person.class, "MATCH (n:Person {id: $id}) RETURN n", Map.of("id", id));
	}

	Map<String, List<Person>> byIds(Collection<String> ids) {
		return this.graph.grouped(Person.class, """
				UNWIND $ids AS key
				MATCH (n:Person {id: key})
				RETURN key, n
				""", Map.of("ids", ids));
	}

	List<Person> page(String text, Cursor after, int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("text", text);
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		return this.graph.nodes(Person.class, """
				MATCH (p:Person)
				WHERE $text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.affiliation, '')) CONTAINS $text
				WITH p, toLower(p.name) AS key
				WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND p.id > $afterId)
				RETURN p AS n ORDER BY key, p.id LIMIT $limit
				""", parameters);
	}

	long count(String text) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("text", text);
		return this.graph.client().query("""
				MATCH (p:Person)
				WHERE $text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.affiliation, '')) CONTAINS $text
				RETURN count(p)
				""").bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	/** Every role of each person, current or not, in the order of the person's record. */
	Map<String, List<Role>> rolesOf(Collection<String> personIds) {
		return groupedRoles("""
				UNWIND $ids AS key
				MATCH (p:Person {id: key})-[r:HAS_ROLE]->(b:Body)
				RETURN key, %s
				ORDER BY key, r.position
				""".formatted(ROLE_COLUMNS), Map.of("ids", personIds));
	}

	/** The roles held on {@code asOf} in each body, in contact-list order. */
	Map<String, List<Role>> heldIn(Collection<String> bodyIds, LocalDate asOf) {
		return groupedRoles("""
				UNWIND $ids AS key
				MATCH (b:Body {id: key})<-[r:HAS_ROLE]-(p:Person)
				WHERE %s
				RETURN key, %s
				ORDER BY key, %s, toLower(p.name), p.id
				""".formatted(HELD, ROLE_COLUMNS, KIND_ORDER),
				Map.of("ids", bodyIds, "asOf", asOf, "kindOrder", kindOrder()));
	}

	/** The contact list: roles held on {@code asOf}, by body name, role kind and person name. */
	List<Role> contacts(ContactFilter filter, LocalDate asOf) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("body", filter.body());
		parameters.put("bodyKinds", names(filter.bodyKinds()));
		parameters.put("roleKinds", names(filter.roleKinds()));
		parameters.put("external", filter.external());
		parameters.put("asOf", asOf);
		parameters.put("kindOrder", kindOrder());
		parameters.put("ituKinds", BodyKind.ituNames());
		// a variable-length bound cannot be a parameter: one of two constants
		String below = filter.includeDescendants() ? "*0.." : "*0..0";
		List<Role> roles = new ArrayList<>();
		this.graph.client().query("""
				MATCH (p:Person)-[r:HAS_ROLE]->(b:Body)
				WHERE %s
				  AND ($body IS NULL OR EXISTS { (b)-[:PART_OF%s]->(:Body {id: $body}) })
				  AND ($bodyKinds IS NULL OR b.kind IN $bodyKinds)
				  AND ($roleKinds IS NULL OR r.kind IN $roleKinds)
				  AND ($external IS NULL OR (%s) = $external)
				RETURN %s
				ORDER BY toLower(b.name), b.id, %s, toLower(p.name), p.id
				""".formatted(HELD, below, EXTERNAL, ROLE_COLUMNS, KIND_ORDER))
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> roles.add(role(row)));
		return roles;
	}

	/**
	 * Roles that ended before {@code asOf} in a body where nobody holds that kind of role now: for each body and
	 * kind, the one that ended last.
	 */
	List<Expired> expiredRoles(LocalDate asOf) {
		return new ArrayList<>(this.graph.client().query("""
				MATCH (p:Person)-[r:HAS_ROLE]->(b:Body)
				WHERE r.until IS NOT NULL AND %s < $asOf
				  AND NOT EXISTS {
				    MATCH (b)<-[c:HAS_ROLE]-(:Person)
				    WHERE c.kind = r.kind AND (c.since IS NULL OR %s <= $asOf) AND (c.until IS NULL OR %s >= $asOf)
				  }
				WITH b, r.kind AS kind, p, r ORDER BY %s DESC, p.id
				WITH b, kind, collect({person: p.id, since: r.since, until: r.until, note: r.note})[0] AS last
				RETURN b, kind, last
				ORDER BY toLower(b.name), b.id, kind
				""".formatted(PartialDateCypher.end("r.until"), PartialDateCypher.start("c.since"),
					PartialDateCypher.end("c.until"), PartialDateCypher.end("r.until")))
			.bind(asOf)
			.to("asOf")
			.fetchAs(Expired.class)
			.mappedBy((typeSystem, record) -> {
				Body body = this.graph.map(Body.class, record.get("b"));
				Value last = record.get("last");
				RoleKind kind = RoleKind.valueOf(record.get("kind").asString());
				return new Expired(body, new Role(last.get("person").asString(), body.id(), kind,
						partialDate(last.get("since")), partialDate(last.get("until")), last.get("note").asString(null)));
			})
			.all());
	}

	/**
	 * The ITU groups the JCA needs a contact point in (ToR 2.2, 2.7), with none held on {@code asOf} in them or
	 * below: ITU-T study groups, and ITU-R and ITU-D groups, that own work (not withdrawn); TSAG, and the ITU-R and
	 * ITU-D sectors themselves, whatever their work (for TSAG, its own chair or contact point: the groups under it,
	 * such as the JCAs, are not TSAG). Most work first.
	 */
	List<Uncovered> studyGroupsWithoutContactPoint(LocalDate asOf) {
		return new ArrayList<>(this.graph.client().query("""
				MATCH (b:Body) WHERE b.kind IN ['ITU_T_SG', 'TSAG', 'ITU_R', 'ITU_D']
				WITH b, COUNT { MATCH (b)<-[:PART_OF*0..]-(:Body)<-[:OWNED_BY]-(w:WorkItem) WHERE w.status <> 'WITHDRAWN' } AS workItems,
				     b.kind = 'TSAG' OR (b.kind IN ['ITU_R', 'ITU_D']
				       AND NOT EXISTS { MATCH (b)-[:PART_OF]->(up:Body) WHERE up.kind = b.kind }) AS always
				WHERE (workItems > 0 OR always)
				  AND NOT EXISTS {
				    MATCH (b)<-[:PART_OF*0..]-(g:Body)<-[r:HAS_ROLE]-(:Person)
				    WHERE (r.kind = 'CONTACT_POINT' OR (b.kind = 'TSAG' AND r.kind = 'CHAIR'))
				      AND (b.kind <> 'TSAG' OR g = b) AND %s
				  }
				RETURN b, workItems, [] AS ituBodies
				ORDER BY workItems DESC, toLower(b.name), b.id
				""".formatted(HELD)).bind(asOf).to("asOf").fetchAs(Uncovered.class).mappedBy((typeSystem, record) -> uncovered(record, "b")).all());
	}

	/**
	 * External bodies whose work overlaps ITU work, with no liaison representative held on {@code asOf}; most
	 * overlapping work first.
	 */
	List<Uncovered> externalBodiesWithoutRepresentative(LocalDate asOf) {
		return new ArrayList<>(this.graph.client()
			.query(EXTERNAL_WITHOUT_REPRESENTATIVE)
			.bindAll(Map.of("asOf", asOf, "ituKinds", BodyKind.ituNames()))
			.fetchAs(Uncovered.class)
			.mappedBy((typeSystem, record) -> uncovered(record, "body"))
			.all());
	}

	/**
	 * The members of the JCA {@code jca} on {@code asOf} (ToR 4.1), each with the role that makes them one: roles
	 * in the JCA itself, chairs of ITU-T study groups and of TSAG, contact points of ITU-T study groups and their
	 * groups, liaison representatives of any body. By basis, then name.
	 */
	List<JcaMember> jcaMembership(String jca, LocalDate asOf) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("jca", jca);
		parameters.put("asOf", asOf);
		parameters.put("bases", Arrays.stream(JcaMembershipBasis.values()).map(Enum::name).toList());
		List<JcaMember> members = new ArrayList<>();
		this.graph.client().query("""
				MATCH (p:Person)-[r:HAS_ROLE]->(b:Body)
				WHERE %s
				WITH p, r, b, CASE
				  WHEN b.id = $jca AND r.kind IN ['CHAIR', 'VICE_CHAIR'] THEN 'JCA_CHAIR'
				  WHEN b.id = $jca AND r.kind = 'SECRETARIAT' THEN 'SECRETARIAT'
				  WHEN b.id = $jca THEN 'DESIGNATED'
				  WHEN b.kind = 'ITU_T_SG' AND r.kind = 'CHAIR' THEN 'STUDY_GROUP_CHAIR'
				  WHEN b.kind = 'TSAG' AND r.kind = 'CHAIR' THEN 'TSAG_CHAIR'
				  WHEN r.kind = 'CONTACT_POINT' AND EXISTS { (b)-[:PART_OF*0..]->(:Body {kind: 'ITU_T_SG'}) } THEN 'CONTACT_POINT'
				  WHEN r.kind = 'LIAISON_REPRESENTATIVE' THEN 'INVITED_REPRESENTATIVE'
				END AS basis
				WHERE basis IS NOT NULL
				RETURN basis, %s
				ORDER BY [i IN range(0, size($bases) - 1) WHERE $bases[i] = basis][0], toLower(p.name), p.id, toLower(b.name), b.id
				""".formatted(HELD, ROLE_COLUMNS))
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> members.add(new JcaMember(role(row), JcaMembershipBasis.valueOf((String) row.get("basis")))));
		return members;
	}

	record Expired(Body body, Role role) {
	}

	/** A body missing a role, with the work that makes it matter. */
	record Uncovered(Body body, long workItems, List<String> ituBodies) {
	}

	private Uncovered uncovered(Record record, String column) {
		return new Uncovered(this.graph.map(Body.class, record.get(column)), record.get("workItems").asLong(),
				record.get("ituBodies").asList(Value::asString));
	}

	private Map<String, List<Role>> groupedRoles(String cypher, Map<String, ?> parameters) {
		Map<String, List<Role>> grouped = new LinkedHashMap<>();
		this.graph.client()
			.query(cypher)
			.bindAll(new LinkedHashMap<>(parameters))
			.fetch()
			.all()
			.forEach((row) -> grouped.computeIfAbsent((String) row.get("key"), (key) -> new ArrayList<>()).add(role(row)));
		return grouped;
	}

	private static Role role(Map<String, Object> row) {
		return new Role((String) row.get("person"), (String) row.get("body"), RoleKind.valueOf((String) row.get("kind")),
				RecordCypher.partialDate(row, "since"), RecordCypher.partialDate(row, "until"), (String) row.get("note"));
	}

	private static PartialDate partialDate(Value value) {
		if (value.isNull()) {
			return null;
		}
		return value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().DATE()) ? PartialDate.of(value.asLocalDate())
				: PartialDate.parse(value.asString());
	}

	private static List<String> kindOrder() {
		return Arrays.stream(RoleKind.values()).map(Enum::name).toList();
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).toList();
	}

}
