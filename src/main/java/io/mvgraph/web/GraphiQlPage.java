package io.mvgraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code GET /graphiql}: our own GraphiQL page ({@code static/graphiql/}), with GraphiQL and React served by the
 * service itself. Spring for GraphQL's built-in page (switched off in application.yml) loads them from a public
 * CDN, and so is blank on a machine without internet; ours also sends the CSRF token that POSTs with the session
 * cookie need.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
