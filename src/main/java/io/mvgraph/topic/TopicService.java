package io.mvgraph.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the topic taxonomy, in read transactions. */
@Service
@Transactional(readOnly = true)
public class TopicService {

	private final TopicRepository topics;

	TopicService(TopicRepository topics) {
		this.topics = topics;
	}

	public Topic get(String id) {
		return this.topics.findById(id).orElseThrow(() -> ApiException.notFound("id", "topic", id));
	}

	public List<Topic> list(boolean rootsOnly) {
		return this.topics.findAll(rootsOnly);
	}

	public Map<String, List<Topic>> parents(Collection<String> ids) {
		return this.topics.parents(ids);
	}

	public Map<String, List<Topic>> children(Collection<String> ids) {
		return this.topics.children(ids);
	}

}
