package io.mvgraph.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.PartialDate;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.Hierarchy;
import io.mvgraph.history.RecordKind;
import io.mvgraph.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing people and their roles (the contact lists of ToR 2.7, 2.8). A role is part of its person's record: giving,
 * ending or removing one changes the person (version, history). Each method one transaction, EDITOR only.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class PeopleEditing {

	private final Edits edits;

	private final RecordKind<PersonRecord> people;

	private final PeopleService reads;

	private final Hierarchy hierarchy;

	PeopleEditing(Edits edits, PersonStore people, PeopleService reads, Hierarchy hierarchy) {
		this.edits = edits;
		this.people = people;
		this.reads = reads;
		this.hierarchy = hierarchy;
	}

	public Person create(PersonInputs.CreatePersonInput input) {
		PersonRecord record = input.toRecord();
		RecordFormat.requireValid(record, "input");
		this.edits.create(this.people, "input.id", record);
		return this.reads.get(record.id());
	}

	public Person update(String id, Long version, PersonInputs.UpdatePersonInput input) {
		PersonRecord before = this.edits.current(this.people, id, version);
		PersonRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input");
		this.edits.save(this.people, before, after);
		return this.reads.get(id);
	}

	/**
	 * Deletes a person with their roles; their history stays. One that a meeting's records name (a participant, an
	 * action holder, an appointee) is a {@code CONFLICT}: deleting them would silently change the meeting.
	 */
	public String delete(String id, Long version) {
		PersonRecord before = this.edits.current(this.people, id, version);
		this.hierarchy.requireUnreferenced(EntityType.PERSON, id, Map.of("IS", "meeting participation(s)",
				"ASSIGNED_TO", "action item(s) of meetings", "OF", "appointment(s) at meetings"));
		this.edits.delete(this.people, before);
		return id;
	}

	/**
	 * Gives a person a role in a body for a period ({@code since} defaults to today). The same role twice, or one
	 * whose period overlaps a role of the same kind in the same body the person has, is a {@code CONFLICT}.
	 */
	public Role assign(PersonInputs.AssignRoleInput input) {
		PersonRecord before = this.edits.current(this.people, "input.person", input.person(), null);
		this.edits.requireExisting(EntityType.BODY, "input.body", input.body());
		PersonRecord.Role role = new PersonRecord.Role(input.body(), input.kind(),
				input.since() != null ? input.since() : PartialDate.of(LocalDate.now()), input.until(), input.note());
		for (PersonRecord.Role held : before.roles()) {
			if (held.body().equals(role.body()) && held.kind() == role.kind() && overlap(held, role)) {
				throw ApiException.conflict("input.since", "'" + before.id() + "' is " + held.kind() + " of '"
						+ held.body() + "' " + period(held) + " already, which overlaps " + period(role));
			}
		}
		List<PersonRecord.Role> roles = new ArrayList<>(before.roles());
		roles.add(role);
		PersonRecord after = before.withRoles(roles);
		RecordFormat.requireValid(after, "input",
				(path) -> path.replaceFirst("^input\\.roles\\[\\d+\\]", "input"));
		this.edits.save(this.people, before, after);
		return role(before.id(), role);
	}

	/** Ends the role of that kind the person holds in that body on {@code until} (default today). */
	public Role end(PersonInputs.EndRoleInput input) {
		PersonRecord before = this.edits.current(this.people, "input.person", input.person(), null);
		PartialDate until = input.until() != null ? input.until() : PartialDate.of(LocalDate.now());
		List<PersonRecord.Role> roles = new ArrayList<>(before.roles());
		for (int i = 0; i < roles.size(); i++) {
			PersonRecord.Role held = roles.get(i);
			if (held.body().equals(input.body()) && held.kind() == input.kind() && heldOn(held, until.start())) {
				if (held.since() != null && until.isBefore(held.since())) {
					throw ApiException.badRequest("input.until", "must not be before the role began (" + held.since() + ")");
				}
				PersonRecord.Role ended = new PersonRecord.Role(held.body(), held.kind(), held.since(), until, held.note());
				roles.set(i, ended);
				this.edits.save(this.people, before, before.withRoles(roles));
				return role(before.id(), ended);
			}
		}
		throw new ApiException(ErrorCode.NOT_FOUND, "input.kind", "'" + before.id() + "' holds no " + input.kind()
				+ " role in '" + input.body() + "' on " + until);
	}

	/** Takes away a role recorded by mistake (an ended role stays: it is history; use this only for errors). */
	public Person remove(PersonInputs.RemoveRoleInput input) {
		PersonRecord before = this.edits.current(this.people, "input.person", input.person(), null);
		List<PersonRecord.Role> roles = before.roles()
			.stream()
			.filter((held) -> !(held.body().equals(input.body()) && held.kind() == input.kind()
					&& Objects.equals(held.since(), input.since())))
			.toList();
		if (roles.size() == before.roles().size()) {
			throw new ApiException(ErrorCode.NOT_FOUND, "input.since", "'" + before.id() + "' has no " + input.kind()
					+ " role in '" + input.body() + "' since " + (input.since() != null ? input.since() : "(no date)"));
		}
		this.edits.save(this.people, before, before.withRoles(roles));
		return this.reads.get(before.id());
	}

	private static Role role(String personId, PersonRecord.Role role) {
		return new Role(personId, role.body(), role.kind(), role.since(), role.until(), role.note());
	}

	private static boolean heldOn(PersonRecord.Role role, LocalDate day) {
		return Role.heldOn(role.since(), role.until(), day);
	}

	private static boolean overlap(PersonRecord.Role a, PersonRecord.Role b) {
		LocalDate aStart = a.since() != null ? a.since().start() : LocalDate.MIN;
		LocalDate bStart = b.since() != null ? b.since().start() : LocalDate.MIN;
		LocalDate aEnd = a.until() != null ? a.until().end() : LocalDate.MAX;
		LocalDate bEnd = b.until() != null ? b.until().end() : LocalDate.MAX;
		return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
	}

	private static String period(PersonRecord.Role role) {
		return "from " + (role.since() != null ? role.since() : "(no date)") + " to "
				+ (role.until() != null ? role.until() : "now");
	}

}
