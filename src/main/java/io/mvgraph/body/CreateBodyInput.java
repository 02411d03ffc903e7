package io.mvgraph.body;



record CreateBodyInput(String id, String name, String acronym, BodyKind kind, String parent, String url,
		String mandate, String source, String confidence, String note) {

	BodyRecord toRecord() {
		return new BodyRecord(this.id, this.name, this.acronym, this.kind, this.parent, this.url, this.mandate,
				this.source, this.confidence, this.note);
	}

}
