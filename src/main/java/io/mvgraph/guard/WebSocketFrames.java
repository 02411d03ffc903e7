package io.mvgraph.guard;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * The GraphQL WebSocket handler, with one change to Boot's: a frame that is not a graphql-transport-ws message (no
 * JSON object, no known {@code type}) closes the socket with 4400 "Invalid message", as the protocol says, instead
 * of the 1011 "server error" that the decoding failure would give.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketFrames {

	private static final Logger log = LoggerFactory.getLogger(WebSocketFrames.class);

	private static final Set<String> TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

	static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			JsonMapper json) {
		GraphQlProperties.Websocket websocket = properties.getWebsocket();
		return new GraphQlWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(json),
				websocket.getConnectionInitTimeout(), websocket.getKeepAlive()) {
			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
				if (!isProtocolMessage(json, message.getPayload())) {
					log.debug("Closing WebSocket {}: not a graphql-transport-ws message", session.getId());
					session.close(INVALID_MESSAGE);
					return;
				}
				super.handleTextMessage(session, message);
			}
		};
	}

	static boolean isProtocolMessage(JsonMapper json, String payload) {
		try {
			JsonNode node = json.readTree(payload);
			return node != null && node.isObject() && node.path("type").isString()
					&& TYPES.contains(node.path("type").stringValue());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
