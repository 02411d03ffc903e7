package io.mvgraph.people;

import java.time.ZonedDateTime;
import java.util.Locale;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A person who holds roles in bodies ({@code HAS_ROLE}, resolved in batches). {@code email} is contact detail: the
 * service blanks it for callers below ANALYST before the record leaves it ({@link PeopleService}).
 */
@Node("Person")
public record Person(@Id String id, String name, String affiliation, String country, String email, String url,
		String source, String confidence, String note, Long version, ZonedDateTime updatedAt,
		String updatedBy) {

	/** The country's English name, from its ISO code. */
	public String countryName() {
		return this.country == null ? null : new Locale("", this.country).getDisplayCountry(Locale.ENGLISH);
	}

	Person withoutEmail() {
		return this.email == null ? this
				: new Person(this.id, this.name, this.affiliation, this.country, null, this.url, this.source,
						this.confidence, this.note, this.version, this.updatedAt, this.updatedBy);
	}

}
