package io.mvgraph.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.PartialDate;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

/**
 * A person as the data-set format writes it, with the roles they hold or held in bodies. {@code country} is an
 * ISO 3166-1 alpha-2 code. {@code email} is contact detail: only ANALYST and above read it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonRecord(String id, String name, String affiliation, String country, String email,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Role> roles, String url, String source, String confidence,
		String note) implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<PersonRecord> FORMAT = new RecordFormat<>(PersonRecord.class, RecordReader.fields("id", "name", "affiliation", "country", "email",
			"roles", "url", "source", "confidence", "note"),
			PersonRecord::read);

	private static final Set<String> ROLE = RecordReader.fields("body", "kind", "since", "until", "note");

	public PersonRecord {
		roles = roles != null ? List.copyOf(roles) : List.of();
	}

	/** A role in a body for a period; {@code until} null while it lasts. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Role(String body, RoleKind kind, PartialDate since, PartialDate until, String note) {

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

	private static PersonRecord read(RecordReader r) {
		List<PersonRecord.Role> roles = new ArrayList<>();
		for (RecordReader role : r.objects("roles", ROLE)) {
			PersonRecord.Role read = new PersonRecord.Role(role.reference("body", true),
					role.enumValue("kind", RoleKind.class, true), role.partialDate("since", false),
					role.partialDate("until", false),
					role.text("note", false, FieldRules.TEXT_LENGTH));
			if (read.since() != null && read.until() != null && read.until().isBefore(read.since())) {
				role.problem("until", "must not be before since (" + read.since() + ")");
			}
			if (read.body() != null && read.kind() != null && roles.stream()
				.anyMatch((other) -> other.body() != null && other.kind() != null && other.sameAs(read))) {
				role.problem(null, "duplicate role: " + read.kind() + " in '" + read.body() + "' since "
						+ (read.since() != null ? read.since() : "(no date)") + " is listed twice");
			}
			roles.add(read);
		}
		return new PersonRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH),
				r.text("affiliation", false, FieldRules.NAME_LENGTH),
				r.checked("country", false, 2, FieldRules::countryProblem),
				r.checked("email", false, FieldRules.EMAIL_LENGTH, FieldRules::emailProblem), roles, r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

}
