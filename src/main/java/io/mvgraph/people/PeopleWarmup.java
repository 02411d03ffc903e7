package io.mvgraph.people;

import java.time.LocalDate;
import java.util.List;

import io.mvgraph.api.Warmup;

import org.springframework.stereotype.Component;

/** Compiles the plans of the contact lists and of the representation gaps (the longest of them). */
@Component
class PeopleWarmup implements Warmup {

	private final PeopleService people;

	PeopleWarmup(PeopleService people) {
		this.people = people;
	}

	@Override
	public void run() {
		this.people.representationGaps(LocalDate.now());
		this.people.contacts(null, null, true, null, false, null);
		this.people.contactsOf(List.of());
	}

}
