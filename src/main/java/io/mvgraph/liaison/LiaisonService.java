package io.mvgraph.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Connection;
import io.mvgraph.api.Cursor;
import io.mvgraph.api.Graph;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.api.Prefetched;
import io.mvgraph.api.SelectionCompiler;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading liaison statements, in read transactions; the compiled reads are one statement each, an auto-commit read
 * in a read session ({@link Graph#read}).
 */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

	private static final String ORDER = "SENT_ON";

	private final LiaisonRepository liaisons;

	private final Graph graph;

	private final GraphQlLimits limits;

	private final SelectionCompiler compiler;

	LiaisonService(LiaisonRepository liaisons, Graph graph, GraphQlLimits limits, SelectionCompiler compiler) {
		this.compiler = compiler;
		this.liaisons = liaisons;
		this.graph = graph;
		this.limits = limits;
	}

	/** A page of liaisons, newest first (undated last). */
	public Connection<Liaison> list(LiaisonFilter filter, Integer first, String after) {
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, ORDER);
		this.graph.requireExisting("body", "Body", "body", filter.body());
		this.graph.requireExisting("topic", "Topic", "topic", filter.topic());
		if (filter.sentFrom() != null && filter.sentUntil() != null && filter.sentUntil().isBefore(filter.sentFrom())) {
			throw ApiException.badRequest("sentUntil", "must not be before sentFrom (" + filter.sentFrom() + ")");
		}
		List<Liaison> rows = this.liaisons.page(filter, cursor, size + 1);
		return Connection.of(rows, size, cursor != null, this.liaisons.count(filter),
				(liaison) -> new Cursor(ORDER, LiaisonRepository.sortKey(liaison), liaison.id()));
	}

	/** {@code liaisons} with all it selects in one statement: the same checks, page and cursors; the count if selected. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Connection<Liaison> list(LiaisonFilter filter, Integer first, String after,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, ORDER);
		LiaisonRepository.CompiledPage page = this.liaisons.compiledPage(
				this.compiler.statement().selectedPropertiesOnly(), selection,
				Prefetched.of(context), filter, cursor, size + 1);
		if (filter.body() != null && !page.bodyExists()) {
			throw ApiException.notFound("body", "body", filter.body());
		}
		if (filter.topic() != null && !page.topicExists()) {
			throw ApiException.notFound("topic", "topic", filter.topic());
		}
		if (filter.sentFrom() != null && filter.sentUntil() != null && filter.sentUntil().isBefore(filter.sentFrom())) {
			throw ApiException.badRequest("sentUntil", "must not be before sentFrom (" + filter.sentFrom() + ")");
		}
		return Connection.of(page.rows(), size, cursor != null, page.totalCount(),
				(liaison) -> new Cursor(ORDER, LiaisonRepository.sortKey(liaison), liaison.id()));
	}

	/** {@code liaison} with all it selects in one statement (see {@link SelectionCompiler}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Liaison get(String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		return this.compiler.byId("Liaison", Liaison.class, id, selection, context)
			.orElseThrow(() -> ApiException.notFound("id", "liaison", id));
	}

	public Map<String, List<Body>> copied(Collection<String> ids) {
		return this.liaisons.copied(ids);
	}

	public Map<String, List<Topic>> topics(Collection<String> ids) {
		return this.liaisons.topics(ids);
	}

	public Map<String, List<LiaisonIdentifier>> identifiers(Collection<String> ids) {
		return this.liaisons.identifiers(ids);
	}

	public Map<String, List<LiaisonStateChange>> stateHistory(Collection<String> ids) {
		return this.liaisons.stateHistory(ids);
	}

	public Map<String, List<Direction>> workflows(Collection<String> ids) {
		return this.liaisons.workflows(ids);
	}

	public Map<String, LiaisonActionHolder> actionHolders(Collection<String> ids) {
		return this.liaisons.actionHolders(ids);
	}

	public Map<String, List<String>> attachments(Collection<String> ids) {
		return this.liaisons.attachments(ids);
	}

	public Map<String, Boolean> awaitingReply(Collection<String> ids) {
		return this.liaisons.awaitingReply(ids);
	}

	public Liaison get(String id) {
		return this.liaisons.findById(id).orElseThrow(() -> ApiException.notFound("id", "liaison", id));
	}

	public Map<String, List<Body>> senders(Collection<String> ids) {
		return this.liaisons.senders(ids);
	}

	public Map<String, List<Body>> recipients(Collection<String> ids) {
		return this.liaisons.recipients(ids);
	}

	public Map<String, List<Liaison>> repliedTo(Collection<String> ids) {
		return this.liaisons.repliedTo(ids);
	}

	public Map<String, List<Liaison>> replies(Collection<String> ids) {
		return this.liaisons.replies(ids);
	}

	public Map<String, List<WorkItem>> concerns(Collection<String> ids) {
		return this.liaisons.concerns(ids);
	}

	public Map<String, List<Liaison>> concerning(Collection<String> ids) {
		return this.liaisons.concerning(ids);
	}

}
