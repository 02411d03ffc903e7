package io.mvgraph.topic;



record CreateTopicInput(String id, String name, String parent, String description, String url, String source,
		String confidence, String note) {

	TopicRecord toRecord() {
		return new TopicRecord(this.id, this.name, this.parent, this.description, this.url, this.source,
				this.confidence, this.note);
	}

}
