package io.mvgraph.people;

import io.mvgraph.api.PartialDate;
import java.util.List;

import io.mvgraph.api.Patch;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the people mutations. */
final class PersonInputs {

	private PersonInputs() {
	}

	record CreatePersonInput(String id, String name, String affiliation, String country, String email, String url,
			String source, String confidence, String note) {

		PersonRecord toRecord() {
			return new PersonRecord(this.id, this.name, this.affiliation, this.country, this.email, List.of(), this.url,
					this.source, this.confidence, this.note);
		}

	}

	record UpdatePersonInput(ArgumentValue<String> name, ArgumentValue<String> affiliation,
			ArgumentValue<String> country, ArgumentValue<String> email, ArgumentValue<String> url,
			ArgumentValue<String> source, ArgumentValue<String> confidence, ArgumentValue<String> note) {

		PersonRecord applyTo(PersonRecord before) {
			return new PersonRecord(before.id(), Patch.apply(this.name, before.name()),
					Patch.apply(this.affiliation, before.affiliation()), Patch.apply(this.country, before.country()),
					Patch.apply(this.email, before.email()), before.roles(), Patch.apply(this.url, before.url()),
					Patch.apply(this.source, before.source()), Patch.apply(this.confidence, before.confidence()),
					Patch.apply(this.note, before.note()));
		}

	}

	/** A role to give a person: {@code since} defaults to today. */
	record AssignRoleInput(String person, String body, RoleKind kind, PartialDate since, PartialDate until, String note) {
	}

	/** Ends the role a person holds now (or on {@code until}): {@code until} defaults to today. */
	record EndRoleInput(String person, String body, RoleKind kind, PartialDate until) {
	}

	/** Takes away a role recorded by mistake: the one that began on {@code since} (null: the one with no start). */
	record RemoveRoleInput(String person, String body, RoleKind kind, PartialDate since) {
	}

}
