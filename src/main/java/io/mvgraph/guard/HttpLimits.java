package io.mvgraph.guard;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the HTTP layer.
 *
 * @param maxBodySize the largest request body of anything but an import ({@code POST /graphql} above all);
 * {@code mvgraph.import.max-size} bounds imports
 * @param bodyReadTimeout the longest a request body may take to arrive, however it trickles in
 * @param allowedOrigins origins besides the service's own that may send credentialed requests and open WebSockets
 * (a dashboard served from elsewhere), e.g. {@code https://roadmap.example.org}
 * @param maxUploadsPerAddress how many request bodies one client address may be sending at the same time
 */
@ConfigurationProperties("mvgraph.http")
public record HttpLimits(DataSize maxBodySize, Duration bodyReadTimeout, List<String> allowedOrigins,
		Integer maxUploadsPerAddress) {

	public HttpLimits {
		maxBodySize = maxBodySize != null ? maxBodySize : DataSize.ofKilobytes(256);
		bodyReadTimeout = bodyReadTimeout != null ? bodyReadTimeout : Duration.ofSeconds(30);
		allowedOrigins = allowedOrigins != null ? List.copyOf(allowedOrigins) : List.of();
		maxUploadsPerAddress = maxUploadsPerAddress != null ? maxUploadsPerAddress : 32;
	}

}
