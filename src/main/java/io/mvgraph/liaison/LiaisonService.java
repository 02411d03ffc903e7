package io.mvgraph.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.body.Body;
import io.mvgraph.web.ApiException;
import io.mvgraph.workitem.WorkItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading liaison statements, in read transactions. */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

	private final LiaisonRepository liaisons;

	LiaisonService(LiaisonRepository liaisons) {
		this.liaisons = liaisons;
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

}
