package io.mvgraph.body;

import io.mvgraph.api.PartialDate;

record CreateBodyInput(String id, String name, String acronym, BodyKind kind, String parent, String url,
		String mandate, PartialDate activeFrom, PartialDate activeUntil, String succeededBy, String source,
		String confidence, String note) {

	BodyRecord toRecord() {
		return new BodyRecord(this.id, this.name, this.acronym, this.kind, this.parent, this.url, this.mandate,
				this.activeFrom, this.activeUntil, this.succeededBy, this.source, this.confidence, this.note);
	}

}
