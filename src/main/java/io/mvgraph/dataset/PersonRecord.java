package io.mvgraph.dataset;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.people.RoleKind;

/**
 * A person as the data-set format writes it, with the roles they hold or held in bodies. {@code country} is an
 * ISO 3166-1 alpha-2 code. {@code email} is contact detail: only ANALYST and above read it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonRecord(String id, String name, String affiliation, String country, String email,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Role> roles, String url, String source, String confidence,
		String note) implements DatasetRecord {

	public PersonRecord {
		roles = roles != null ? List.copyOf(roles) : List.of();
	}

	/** A role in a body for a period; {@code until} null while it lasts. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Role(String body, RoleKind kind, LocalDate since, LocalDate until, String note) {

		/** Two roles are the same when they are of one kind, in one body, from one day. */
		public boolean sameAs(Role other) {
			return this.body.equals(other.body) && this.kind == other.kind
					&& java.util.Objects.equals(this.since, other.since);
		}

	}

	public PersonRecord withRoles(List<Role> newRoles) {
		return new PersonRecord(this.id, this.name, this.affiliation, this.country, this.email, newRoles, this.url,
				this.source, this.confidence, this.note);
	}

	public PersonRecord withoutEmail() {
		return new PersonRecord(this.id, this.name, this.affiliation, this.country, null, this.roles, this.url,
				this.source, this.confidence, this.note);
	}

}
