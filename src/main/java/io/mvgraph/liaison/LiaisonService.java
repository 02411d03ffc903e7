package io.mvgraph.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Connection;
import io.mvgraph.api.Cursor;
import io.mvgraph.api.Graph;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading liaison statements, in read transactions. */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

	private static final String ORDER = "SENT_ON";

	private final LiaisonRepository liaisons;

	private final Graph graph;

	private final GraphQlLimits limits;

	LiaisonService(LiaisonRepository liaisons, Graph graph, GraphQlLimits limits) {
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
