// GraphiQL against this service: queries and mutations over POST /graphql as the signed-in user (the browser sends
// the session cookie, same origin) with the CSRF token that every POST with that cookie needs, read afresh for each
// request (signing in replaces it); subscriptions over the WebSocket at /graphql (graphql-transport-ws, the
// graphql-ws client bundled in GraphiQL), whose handshake carries the same cookie.
import { csrfHeaders } from '/csrf.js';

const params = new URLSearchParams(location.search);

function withToken(input, init = {}) {
  return fetch(input, {
    ...init,
    credentials: 'same-origin',
    headers: { Accept: 'application/graphql-response+json, application/json', ...init.headers, ...csrfHeaders() },
  });
}

// GET /api/me sets the XSRF-TOKEN cookie when the browser has none yet (GraphiQL opened directly, not from the
// dashboard), so that the first POST already carries the token.
async function start() {
  try {
    await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  }
  catch (ignored) {
    // the queries will say what is wrong
  }
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const fetcher = GraphiQL.createFetcher({
    url: `${location.protocol}//${location.host}/graphql`,
    subscriptionUrl: `${wsProtocol}//${location.host}/graphql`,
    fetch: withToken,
    enableIncrementalDelivery: false,
  });
  const props = { fetcher, defaultEditorToolsVisibility: true, isHeadersEditorEnabled: true };
  // ?query=... (and &variables=...) opens GraphiQL with that operation, so that a query can be shared as a link
  if (params.has('query')) props.query = params.get('query');
  if (params.has('variables')) props.variables = params.get('variables');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
}

start();
