package io.mvgraph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounds that keep one request from taking the service down.
 *
 * @param maxDepth deepest selection nesting
 * @param maxComplexity the estimated number of fields a query resolves (list fields count {@code first} times)
 * @param maxPageSize the largest {@code first} of a list or connection
 * @param maxDocumentLength the longest query document, in characters
 */
@ConfigurationProperties("mvgraph.graphql")
public record GraphQlLimits(Integer maxDepth, Integer maxComplexity, Integer maxPageSize, Integer maxDocumentLength) {

	public GraphQlLimits {
		maxDepth = maxDepth != null ? maxDepth : 15;
		maxComplexity = maxComplexity != null ? maxComplexity : 50_000;
		maxPageSize = maxPageSize != null ? maxPageSize : 500;
		maxDocumentLength = maxDocumentLength != null ? maxDocumentLength : 20_000;
	}

	/** {@code first} itself, or its default, once checked against the bound. */
	public int pageSize(Integer first, int defaultSize) {
		int size = first != null ? first : defaultSize;
		if (size < 0 || size > this.maxPageSize) {
			throw ApiException.badRequest("first", "must be between 0 and " + this.maxPageSize + ", was " + size);
		}
		return size;
	}

}
