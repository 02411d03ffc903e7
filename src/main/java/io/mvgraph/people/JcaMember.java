package io.mvgraph.people;

/** A member of the JCA on a day: the role that makes them one, and on which basis (ToR 4.1). */
public record JcaMember(Role role, JcaMembershipBasis basis) {

	public String personId() {
		return this.role.personId();
	}

}
