package io.mvgraph.registry;

import io.mvgraph.api.PartialDate;
import io.mvgraph.body.BodyKind;

/**
 * One registry record of a committee or group as a body: {@code committee} is the name it is followed by
 * ({@code mvgraph.registry.follow}: "ISO/IEC JTC 1/SC 29", "W3C Immersive Web Working Group", "IETF mmusic"), which
 * names the body it maps to; {@code parentCommittee} the committee above it (the parent of a new body when that
 * one is followed too). The registry speaks for name, url and the dates; acronym, kind and mandate are used only
 * for a body it creates.
 */
public record RegistryBody(String registry, String recordId, String url, String committee, String name,
		String acronym, BodyKind kind, String parentCommittee, String mandate, PartialDate activeFrom,
		PartialDate activeUntil, String note, String fetchedAt) {
}
