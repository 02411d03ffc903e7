package io.mvgraph.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Connection;
import io.mvgraph.api.Cursor;
import io.mvgraph.api.Graph;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.security.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading people, their roles, contact lists and representation gaps (ToR 2.7, 2.8), in read transactions. Every
 * person leaves this service with its e-mail address blanked unless the caller is ANALYST or above: whichever
 * field, query or batch asked for it.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

	private static final String ORDER = "NAME";

	private final PeopleRepository people;

	private final Graph graph;

	private final GraphQlLimits limits;

	private final Caller caller;

	PeopleService(PeopleRepository people, Graph graph, GraphQlLimits limits, Caller caller) {
		this.people = people;
		this.graph = graph;
		this.limits = limits;
		this.caller = caller;
	}

	public Person get(String id) {
		return visible(this.people.findById(id).orElseThrow(() -> ApiException.notFound("id", "person", id)));
	}

	public Connection<Person> list(String text, Integer first, String after) {
		int size = this.limits.pageSize(first, 50);
		Cursor cursor = Cursor.decode(after, ORDER);
		String search = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
		List<Person> rows = this.people.page(search, cursor, size + 1).stream().map(this::visible).toList();
		return Connection.of(rows, size, cursor != null, this.people.count(search),
				(person) -> new Cursor(ORDER, person.name().toLowerCase(Locale.ROOT), person.id()));
	}

	/** The people with these ids (a batch), contact details as the caller may see them. */
	public Map<String, List<Person>> byIds(Collection<String> ids) {
		Map<String, List<Person>> byId = this.people.byIds(ids);
		boolean visible = this.caller.canReadContactDetails();
		if (!visible) {
			byId.replaceAll((id, list) -> list.stream().map(Person::withoutEmail).toList());
		}
		return byId;
	}

	public Map<String, List<Role>> rolesOf(Collection<String> personIds) {
		return this.people.rolesOf(personIds);
	}

	/** The roles held today in each body. */
	public Map<String, List<Role>> contactsOf(Collection<String> bodyIds) {
		return this.people.heldIn(bodyIds, LocalDate.now());
	}

	public List<Role> contacts(String body, List<io.mvgraph.body.BodyKind> bodyKinds, Boolean external,
			List<RoleKind> roleKinds, Boolean includeDescendants, LocalDate asOf) {
		this.graph.requireExisting("body", "Body", "body", body);
		return this.people.contacts(new ContactFilter(body, bodyKinds, external, roleKinds,
				Boolean.TRUE.equals(includeDescendants)), asOf != null ? asOf : LocalDate.now());
	}

	/** The members of the JCA (default the JCA-MV) on {@code asOf} (default today), ToR 4.1. */
	public List<JcaMember> jcaMembership(String jca, LocalDate asOf) {
		String body = jca != null ? jca : JCA_MV;
		this.graph.requireExisting("body", "Body", "body", body);
		return this.people.jcaMembership(body, asOf != null ? asOf : LocalDate.now());
	}

	/** The JCA whose membership is listed unless another is named. */
	static final String JCA_MV = "itu-t-jca-mv";

	/**
	 * What the contact lists lack on {@code asOf}: roles that ended with nobody after them; ITU-T study groups with
	 * metaverse work and no contact point; external bodies whose work overlaps ITU work and that have no liaison
	 * representative. Where a missing contact point or representative is one that expired, the gap is reported
	 * once, as the expired role (it names who to renew or replace).
	 */
	public List<RepresentationGap> representationGaps(LocalDate asOf) {
		LocalDate day = asOf != null ? asOf : LocalDate.now();
		List<RepresentationGap> gaps = new ArrayList<>();
		Set<String> expired = new HashSet<>();
		for (PeopleRepository.Expired role : this.people.expiredRoles(day)) {
			expired.add(role.body().id() + '\u001f' + role.role().kind());
			gaps.add(new RepresentationGap(role.body(), RepresentationGapKind.EXPIRED_ROLE, role.role().kind(),
					role.role().kind() + " ended on " + role.role().until() + " and nobody holds it now",
					role.role()));
		}
		for (PeopleRepository.Uncovered group : this.people.studyGroupsWithoutContactPoint(day)) {
			if (!expired.contains(group.body().id() + '\u001f' + RoleKind.CONTACT_POINT)) {
				gaps.add(new RepresentationGap(group.body(), RepresentationGapKind.NO_CONTACT_POINT,
						RoleKind.CONTACT_POINT, contactPointDetail(group), null));
			}
		}
		for (PeopleRepository.Uncovered body : this.people.externalBodiesWithoutRepresentative(day)) {
			if (!expired.contains(body.body().id() + '\u001f' + RoleKind.LIAISON_REPRESENTATIVE)) {
				gaps.add(new RepresentationGap(body.body(), RepresentationGapKind.NO_LIAISON_REPRESENTATIVE,
						RoleKind.LIAISON_REPRESENTATIVE, body.workItems() + " work item(s) overlap work of "
								+ String.join(", ", body.ituBodies().stream().sorted().toList()) + "; no liaison representative for this body "
								+ "or a body above it", null));
			}
		}
		Map<RepresentationGapKind, List<RepresentationGap>> byKind = new LinkedHashMap<>();
		for (RepresentationGapKind kind : RepresentationGapKind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
		gaps.forEach((gap) -> byKind.get(gap.kind()).add(gap));
		return byKind.values().stream().flatMap(List::stream).toList();
	}

	private static String contactPointDetail(PeopleRepository.Uncovered group) {
		return switch (group.body().kind()) {
			case ITU_T_SG -> group.workItems() + " metaverse work item(s) and no metaverse contact point in the study group or its groups";
			case TSAG -> "no current chair or contact point of TSAG, to which the JCA reports (ToR 7)";
			default -> (group.workItems() > 0 ? group.workItems() + " metaverse work item(s) and no" : "No")
					+ " metaverse contact point in this group or below it (ToR 2.2: ITU-R and ITU-D groups)";
		};
	}

	private Person visible(Person person) {
		return this.caller.canReadContactDetails() ? person : person.withoutEmail();
	}

}
