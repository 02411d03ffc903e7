package io.mvgraph.liaison;

import java.util.List;

import io.mvgraph.api.Warmup;

import org.springframework.stereotype.Component;

/** Compiles the plans of the liaison list (its filter is long) and of its relationships. */
@Component
class LiaisonWarmup implements Warmup {

	private final LiaisonService liaisons;

	LiaisonWarmup(LiaisonService liaisons) {
		this.liaisons = liaisons;
	}

	@Override
	public void run() {
		List<String> ids = this.liaisons
			.list(new LiaisonFilter(null, null, false, null, null, null, null, null, null, null), 20, null)
			.edges()
			.stream()
			.map((edge) -> edge.node().id())
			.toList();
		this.liaisons.senders(ids);
		this.liaisons.recipients(ids);
		this.liaisons.awaitingReply(ids);
	}

}
