package io.mvgraph.api;

/** One thing wrong with an import file: where (a JSON path such as {@code $.workItems[3].owner}) and what. */
public record DatasetProblem(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
