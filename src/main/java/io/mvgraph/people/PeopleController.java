package io.mvgraph.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.Batches;
import io.mvgraph.api.Connection;
import io.mvgraph.body.Body;
import io.mvgraph.body.BodyKind;
import io.mvgraph.body.BodyService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PeopleController {

	private final PeopleService people;

	private final BodyService bodies;

	private final PeopleEditing editing;

	PeopleController(PeopleService people, BodyService bodies, PeopleEditing editing) {
		this.people = people;
		this.bodies = bodies;
		this.editing = editing;
	}

	@MutationMapping
	Person createPerson(@Argument PersonInputs.CreatePersonInput input) {
		return this.editing.create(input);
	}

	@MutationMapping
	Person updatePerson(@Argument String id, @Argument Long version, @Argument PersonInputs.UpdatePersonInput input) {
		return this.editing.update(id, version, input);
	}

	@MutationMapping
	String deletePerson(@Argument String id, @Argument Long version) {
		return this.editing.delete(id, version);
	}

	@MutationMapping
	Role assignRole(@Argument PersonInputs.AssignRoleInput input) {
		return this.editing.assign(input);
	}

	@MutationMapping
	Role endRole(@Argument PersonInputs.EndRoleInput input) {
		return this.editing.end(input);
	}

	@MutationMapping
	Person removeRole(@Argument PersonInputs.RemoveRoleInput input) {
		return this.editing.remove(input);
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.people.get(id);
	}

	@QueryMapping
	Connection<Person> people(@Argument String text, @Argument Integer first, @Argument String after) {
		return this.people.list(text, first, after);
	}

	@QueryMapping
	List<Role> contacts(@Argument String body, @Argument List<BodyKind> bodyKinds, @Argument Boolean external,
			@Argument List<RoleKind> roleKinds, @Argument Boolean includeDescendants, @Argument LocalDate asOf) {
		return this.people.contacts(body, bodyKinds, external, roleKinds, includeDescendants, asOf);
	}

	@QueryMapping
	List<RepresentationGap> representationGaps(@Argument LocalDate asOf) {
		return this.people.representationGaps(asOf);
	}

	@QueryMapping
	List<JcaMember> jcaMembership(@Argument String body, @Argument LocalDate asOf) {
		return this.people.jcaMembership(body, asOf);
	}

	@BatchMapping(typeName = "JcaMember", field = "person")
	Map<JcaMember, Person> memberPerson(List<JcaMember> members) {
		return Batches.singles(members, JcaMember::personId, this.people.byIds(Batches.ids(members, JcaMember::personId)));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Role>> roles(List<Person> persons) {
		return Batches.lists(persons, Person::id,
				this.people.rolesOf(Batches.ids(persons, Person::id)));
	}

	@BatchMapping(typeName = "Role")
	Map<Role, Person> person(List<Role> roles) {
		return Batches.singles(roles, Role::personId,
				this.people.byIds(Batches.ids(roles, Role::personId)));
	}

	@BatchMapping(typeName = "Role")
	Map<Role, Body> body(List<Role> roles) {
		return Batches.singles(roles, Role::bodyId,
				this.bodies.byIds(Batches.ids(roles, Role::bodyId)));
	}

	@BatchMapping(typeName = "Body")
	Map<Body, List<Role>> contacts(List<Body> bodies) {
		return Batches.lists(bodies, Body::id,
				this.people.contactsOf(Batches.ids(bodies, Body::id)));
	}

}
