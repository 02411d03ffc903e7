package io.mvgraph.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.mvgraph.api.SelectionCompiler;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the topic taxonomy, in read transactions; the compiled reads are one statement each, an auto-commit read in
 * a read session ({@link io.mvgraph.api.Graph#read}).
 */
@Service
@Transactional(readOnly = true)
public class TopicService {

	private final TopicRepository topics;

	private final SelectionCompiler compiler;

	TopicService(TopicRepository topics, SelectionCompiler compiler) {
		this.compiler = compiler;
		this.topics = topics;
	}

	public Topic get(String id) {
		return this.topics.findById(id).orElseThrow(() -> ApiException.notFound("id", "topic", id));
	}

	public List<Topic> list(boolean rootsOnly) {
		return this.topics.findAll(rootsOnly);
	}

	/** {@code topic} with all it selects in one statement (see {@link SelectionCompiler}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Topic get(String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		return this.compiler.byId("Topic", Topic.class, id, selection, context)
			.orElseThrow(() -> ApiException.notFound("id", "topic", id));
	}

	/** {@code topics} with all it selects in one statement, in the order of {@link #list(boolean)}. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Topic> list(boolean rootsOnly, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		return this.compiler.list("Topic", Topic.class, """
				MATCH (x:Topic)
				WHERE NOT $rootsOnly OR NOT (x)-[:SUBTOPIC_OF]->()
				WITH x ORDER BY toLower(x.name), x.id""", Map.of("rootsOnly", rootsOnly), selection, context);
	}

	public Map<String, List<Topic>> parents(Collection<String> ids) {
		return this.topics.parents(ids);
	}

	public Map<String, List<Topic>> children(Collection<String> ids) {
		return this.topics.children(ids);
	}

}
