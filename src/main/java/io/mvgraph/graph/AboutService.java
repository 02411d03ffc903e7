package io.mvgraph.graph;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AboutService {

	private final AboutRepository graph;

	private final String version;

	private final boolean embedded;

	AboutService(AboutRepository graph, ObjectProvider<BuildProperties> buildProperties, ApplicationContext context) {
		this.graph = graph;
		BuildProperties build = buildProperties.getIfAvailable();
		this.version = build != null ? build.getVersion() : "development";
		this.embedded = context.containsBean("embeddedNeo4j");
	}

	public About about() {
		Map<String, Object> row = this.graph.versionAndCounts();
		return new About(this.version, (String) row.get("version"), (String) row.get("edition"), this.embedded,
				new About.Counts((Long) row.get("bodies"), (Long) row.get("workItems"), (Long) row.get("topics"),
						(Long) row.get("liaisons")));
	}

	public boolean embedded() {
		return this.embedded;
	}

}
