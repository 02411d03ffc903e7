package io.mvgraph.graph;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AboutController {

	private final AboutService about;

	AboutController(AboutService about) {
		this.about = about;
	}

	@QueryMapping
	About about() {
		return this.about.about();
	}

}
