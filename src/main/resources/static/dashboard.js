// The coordination dashboard. It uses only the public GraphQL API (POST /graphql, and the roadmapChanged
// subscription over graphql-transport-ws), as any dashboard a JCA-MV member builds would.
import { csrfHeaders } from './csrf.js';

// how many uncoordinated pairs and open findings the lists show (their totals come from the API)
const LIST_SIZE = 50;
const FINDINGS_SHOWN = 30;
const STATUSES = ['OPEN', 'CONFIRMED', 'REPORTED', 'RESOLVED', 'DISMISSED'];
// the most pressing status of a unit pair colours its edge
const STATUS_COLOURS = { OPEN: '#b3261e', CONFIRMED: '#a04f00', REPORTED: '#0b5cad', RESOLVED: '#1f6f43', DISMISSED: '#8a949e' };
const DEFAULT_KINDS = ['ITU_T_SG', 'ITU_T_GROUP', 'SDO', 'CONSORTIUM', 'FORUM', 'OPEN_SOURCE'];
const el = (id) => document.getElementById(id);
const state = { gaps: [], findings: [], pressed: null };

async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...csrfHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
  return body.data;
}

const OVERLAP = `
  score coordinated sharedTerms
  sharedTopics { id name }
  liaisons { id title sentOn from { id acronym name } }
  a { ...Item } b { ...Item }`;
const ITEM = `fragment Item on WorkItem { id designation title status confidence url owner { id name acronym } }`;

// Requests in parallel, each well inside the API's cost limit.
const OVERVIEW = `
query Overview($rootTopic: ID, $kinds: [BodyKind!]) {
  coverage(rootTopic: $rootTopic, bodyKinds: $kinds) {
    topics { id name parent { id } }
    bodies { id name acronym kind }
    cells { topicId bodyId count }
  }
  topicGaps { kind workItemCount topic { id name } bodies { id name acronym } }
  overdueLiaisons { id title purpose sentOn deadline from { id name acronym } to { id name acronym } }
}`;
const GAPS = `query Gaps($rootTopic: ID, $minScore: Float) {
  coordinationGaps(minScore: $minScore, topic: $rootTopic, first: ${LIST_SIZE}) { ${OVERLAP} } } ${ITEM}`;
const UNIT = 'id name acronym';
const FINDINGS = `query Findings($rootTopic: ID, $scope: [FindingScope!]) {
  ${STATUSES.map((status) => `${status}: findings(status: [${status}], scope: $scope, topic: $rootTopic, first: 1) { totalCount }`).join('\n  ')}
  open: findings(status: [OPEN], scope: $scope, topic: $rootTopic, first: ${FINDINGS_SHOWN}) {
    totalCount
    edges { node { id scope severity statement proposedAction units { ${UNIT} } subject { id name } pairs { score } } } }
  network: findings(scope: $scope, topic: $rootTopic, first: 500) {
    totalCount edges { node { id status severity units { ${UNIT} } subject { name } } } }
}`;
// the pairs of one finding with their evidence, asked for when it is opened
const FINDING_PAIRS = `query($id: ID!) { finding(id: $id) { pairs { ${OVERLAP} } } } ${ITEM}`;
const INTERNAL = `query Internal($rootTopic: ID, $minScore: Float) {
  internal: overlaps(minScore: $minScore, topic: $rootTopic, first: ${LIST_SIZE}, includeInternal: true) { internal ${OVERLAP} } } ${ITEM}`;

async function dashboard({ rootTopic, kinds, minScore, external, internal }) {
  const scope = external ? ['ITU', 'EXTERNAL'] : ['ITU'];
  const [overview, gaps, findings, internals] = await Promise.all([
    graphql(OVERVIEW, { rootTopic, kinds }),
    graphql(GAPS, { rootTopic, minScore }),
    graphql(FINDINGS, { rootTopic, scope }),
    internal ? graphql(INTERNAL, { rootTopic, minScore }) : Promise.resolve({ internal: null }),
  ]);
  return { ...overview, ...gaps, findings, internal: internals.internal };
}

function text(tag, content, className) {
  const node = document.createElement(tag);
  if (content !== undefined && content !== null) node.textContent = content;
  if (className) node.className = className;
  return node;
}

function bodyLabel(body) {
  return body.acronym || body.name;
}

function itemLabel(item) {
  return item.designation ? `${item.designation}: ${item.title}` : item.title;
}

function setStatus(message) {
  el('status').textContent = message;
}

// ---- filters -------------------------------------------------------------------------------------------------

async function loadFilters() {
  const data = await graphql(`{ topics(rootsOnly: true) { id name } __type(name: "BodyKind") { enumValues { name } } }`);
  const select = el('root-topic');
  for (const topic of data.topics) {
    const option = text('option', topic.name);
    option.value = topic.id;
    select.append(option);
  }
  const kinds = el('body-kinds');
  for (const { name } of data.__type.enumValues) {
    const label = text('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'kind';
    box.value = name;
    box.checked = DEFAULT_KINDS.includes(name);
    label.append(box, document.createTextNode(name.replaceAll('_', ' ').toLowerCase()));
    kinds.append(label);
  }
  el('filters').addEventListener('change', () => refresh());
  el('min-score').addEventListener('input', (event) => {
    el('min-score-value').textContent = Number(event.target.value).toFixed(2);
  });
}

function filters() {
  const kinds = [...document.querySelectorAll('input[name=kind]:checked')].map((box) => box.value);
  return {
    rootTopic: el('root-topic').value || null,
    kinds: kinds.length ? kinds : null,
    minScore: Number(el('min-score').value),
    external: el('show-external').checked,
    internal: el('show-internal').checked,
  };
}

// ---- coverage heat map: an HTML table, so that every cell is a keyboard-usable button -------------------------

function renderHeatmap(coverage) {
  const table = el('heatmap');
  table.replaceChildren();
  const counts = new Map(coverage.cells.map((cell) => [`${cell.topicId}|${cell.bodyId}`, cell.count]));
  const max = Math.max(1, ...coverage.cells.map((cell) => cell.count));
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(text('th', 'Topic'));
  for (const body of coverage.bodies) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.title = body.name;
    th.append(text('span', bodyLabel(body)));
    headRow.append(th);
  }
  head.append(headRow);
  const rows = document.createElement('tbody');
  const topicIds = new Set(coverage.topics.map((topic) => topic.id));
  for (const topic of coverage.topics) {
    const row = document.createElement('tr');
    const th = text('th', topic.name, topic.parent && topicIds.has(topic.parent.id) ? 'sub' : '');
    th.scope = 'row';
    row.append(th);
    for (const body of coverage.bodies) {
      const count = counts.get(`${topic.id}|${body.id}`) ?? 0;
      const td = document.createElement('td');
      td.className = 'cell';
      const button = text('button', count ? String(count) : '');
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-label', `${topic.name}, ${body.name}: ${count} work item${count === 1 ? '' : 's'}`);
      const shade = count / max;
      button.style.background = count ? `rgba(11, 92, 173, ${0.12 + 0.88 * shade})` : '#fafbfc';
      button.style.color = shade > 0.45 ? '#fff' : '#1b1f24';
      button.addEventListener('click', () => showCell(topic, body, button));
      td.append(button);
      row.append(td);
    }
    rows.append(row);
  }
  table.append(head, rows);
}

async function showCell(topic, body, button) {
  if (state.pressed) state.pressed.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  state.pressed = button;
  const data = await graphql(`query($topic: ID, $owner: ID) {
      workItems(first: 100, filter: { topic: $topic, owner: $owner }) { totalCount edges { node { ...Item } } } } ${ITEM}`,
  { topic: topic.id, owner: body.id });
  const detail = el('detail');
  detail.replaceChildren(text('h3', `${topic.name} × ${bodyLabel(body)}`),
    text('p', `${data.workItems.totalCount} work item(s) of ${body.name} on this topic`, 'hint'),
    itemList(data.workItems.edges.map((edge) => edge.node)));
  detail.focus();
}

function itemList(items) {
  const list = text('ul', null, 'plain-list');
  for (const item of items) {
    const li = document.createElement('li');
    const title = item.url ? Object.assign(text('a', itemLabel(item)), { href: item.url, rel: 'noopener' }) : text('span', itemLabel(item));
    li.append(title, document.createTextNode(` — ${bodyLabel(item.owner)}, ${item.status.replaceAll('_', ' ').toLowerCase()} `));
    if (item.confidence === 'low') li.append(text('span', 'low confidence', 'tag low'));
    list.append(li);
  }
  if (!items.length) list.append(text('li', 'No work items.'));
  return list;
}

// ---- overlap network -------------------------------------------------------------------------------------------

let chart;

function renderNetwork(findings) {
  const container = el('network');
  if (!window.echarts) {
    container.textContent = 'The network chart could not be loaded.';
    return;
  }
  chart = chart ?? window.echarts.init(container, null, { renderer: 'canvas' });
  const units = new Map();
  const pairs = new Map();
  for (const finding of findings) {
    if (finding.units.length < 2) continue;
    const [x, y] = finding.units;
    for (const unit of [x, y]) {
      const node = units.get(unit.id) ?? { unit, findings: 0 };
      node.findings += 1;
      units.set(unit.id, node);
    }
    const key = `${x.id}|${y.id}`;
    const pair = pairs.get(key) ?? { x, y, findings: [] };
    pair.findings.push(finding);
    pairs.set(key, pair);
  }
  state.pairs = pairs;
  const busiest = new Set([...units.values()].sort((p, q) => q.findings - p.findings).slice(0, 15).map((n) => n.unit.id));
  const nodes = [...units.values()].map(({ unit, findings: n }) => ({
    id: unit.id, name: bodyLabel(unit), value: n, symbolSize: 10 + Math.min(28, n * 3),
    label: { show: busiest.has(unit.id) }, tooltip: { formatter: `${unit.name}: ${n} finding(s)` },
  }));
  const links = [...pairs.entries()].map(([key, pair]) => {
    const status = STATUSES.find((s) => pair.findings.some((f) => f.status === s));
    return {
      source: pair.x.id, target: pair.y.id, key, value: pair.findings.length,
      lineStyle: { color: STATUS_COLOURS[status], type: status === 'OPEN' ? 'dashed' : 'solid',
        width: 1 + Math.min(6, pair.findings.length * 2) },
      tooltip: { formatter: `${bodyLabel(pair.x)} – ${bodyLabel(pair.y)}: ${pair.findings.length} finding(s), ${status.toLowerCase()}` },
    };
  });
  chart.setOption({
    tooltip: {},
    animationDuration: 300,
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links,
      force: { repulsion: 220, edgeLength: [60, 170], gravity: 0.08 }, emphasis: { focus: 'adjacency', label: { show: true } },
      labelLayout: { hideOverlap: true },
      label: { position: 'right', fontSize: 11, width: 120, overflow: 'truncate', color: '#1b1f24' } }],
  }, true);
  chart.off('click');
  chart.on('click', (params) => {
    if (params.dataType === 'edge') showUnitPair(pairs.get(params.data.key));
    if (params.dataType === 'node') showUnit(params.data.id);
  });
}

function findingLine(finding) {
  const li = document.createElement('li');
  li.append(text('span', finding.status.toLowerCase(), `tag status-${finding.status}`),
    text('strong', `${finding.units.map(bodyLabel).join(' ↔ ')}`),
    document.createTextNode(` on ${finding.subject.name} (severity ${finding.severity.toFixed(2)})`));
  return li;
}

function showUnitPair(pair) {
  const detail = el('detail');
  const list = text('ul', null, 'plain-list');
  pair.findings.forEach((finding) => list.append(findingLine(finding)));
  detail.replaceChildren(text('h3', `${pair.x.name} and ${pair.y.name}`),
    text('p', `${pair.findings.length} finding(s)`, 'hint'), list);
  detail.focus();
}

function showUnit(unitId) {
  const findings = state.findings.filter((f) => f.units.some((u) => u.id === unitId));
  const detail = el('detail');
  const list = text('ul', null, 'plain-list');
  findings.forEach((finding) => list.append(findingLine(finding)));
  detail.replaceChildren(text('h3', `Findings of ${findings[0]?.units.find((u) => u.id === unitId)?.name ?? unitId}`), list);
  detail.focus();
}

// ---- findings --------------------------------------------------------------------------------------------------

function renderFindings(open) {
  const list = el('finding-list');
  list.replaceChildren();
  el('findings-count').textContent = open.totalCount > open.edges.length
    ? `the ${open.edges.length} most severe of ${open.totalCount}` : `${open.totalCount} in all`;
  for (const { node: finding } of open.edges) {
    const li = text('li', null, 'finding');
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.append(text('span', finding.severity.toFixed(2), 'score'),
      text('strong', finding.units.map(bodyLabel).join(' ↔ ')),
      document.createTextNode(` on ${finding.subject.name} · ${finding.pairs.length} pair(s)`));
    if (finding.scope === 'EXTERNAL') summary.append(text('span', 'external', 'tag'));
    details.append(summary);
    // the pairs and their evidence are asked for when the finding is opened: thirty findings times their pairs
    // would be a lot of DOM, and close to the API's cost limit in one request
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.rendered) return;
      details.dataset.rendered = 'true';
      const action = text('p', null, 'action');
      action.append(text('strong', 'Proposed action: '), document.createTextNode(finding.proposedAction));
      details.append(text('p', finding.statement, 'statement'), action);
      try {
        const data = await graphql(FINDING_PAIRS, { id: finding.id });
        for (const overlap of data.finding?.pairs ?? []) details.append(evidence(overlap));
      } catch (error) {
        details.append(text('p', `Could not load the pairs: ${error.message}`, 'hint'));
      }
    });
    li.append(details);
    list.append(li);
  }
  if (!open.edges.length) list.append(text('li', 'No open findings.'));
}

function renderInternal(internal) {
  const card = el('internal-card');
  card.hidden = internal === null;
  if (internal === null) return;
  const list = el('internal-list');
  list.replaceChildren();
  for (const overlap of internal.filter((o) => o.internal)) {
    const li = document.createElement('li');
    const button = text('button', `${bodyLabel(overlap.a.owner)} ${overlap.a.designation || overlap.a.title} ↔ ${bodyLabel(overlap.b.owner)} ${overlap.b.designation || overlap.b.title}`);
    button.type = 'button';
    button.addEventListener('click', () => {
      el('detail').replaceChildren(evidence(overlap));
      el('detail').focus();
    });
    li.append(text('span', overlap.score.toFixed(2), 'score'), button);
    list.append(li);
  }
  if (!list.children.length) list.append(text('li', 'No internal overlaps at this score.'));
}

// ---- gaps ------------------------------------------------------------------------------------------------------

function evidence(overlap) {
  const box = text('div', null, 'evidence');
  box.append(text('h3', `${overlap.a.designation || overlap.a.title} ↔ ${overlap.b.designation || overlap.b.title}`));
  const table = document.createElement('table');
  const rows = [
    ['Score', overlap.score.toFixed(2)],
    ['Coordinated', overlap.coordinated ? 'yes' : 'no: no liaison between the two bodies'],
    ['Shared topics', overlap.sharedTopics.map((t) => t.name).join(', ') || '—'],
    ['Shared terms', overlap.sharedTerms.join(', ') || '—'],
    ['Liaisons', overlap.liaisons.map((l) => `${l.title} (${l.sentOn ?? 'undated'})`).join('; ') || '—'],
  ];
  for (const [name, value] of rows) {
    const tr = document.createElement('tr');
    tr.append(text('th', name), text('td', value, name === 'Coordinated' ? (overlap.coordinated ? 'coordinated' : 'uncoordinated') : ''));
    table.append(tr);
  }
  box.append(table, itemList([overlap.a, overlap.b]));
  return box;
}

function renderGaps(gaps) {
  const list = el('gap-list');
  list.replaceChildren();
  for (const gap of gaps) {
    const li = document.createElement('li');
    const button = text('button', `${bodyLabel(gap.a.owner)} ${gap.a.designation || gap.a.title} ↔ ${bodyLabel(gap.b.owner)} ${gap.b.designation || gap.b.title}`);
    button.type = 'button';
    button.className = 'gap';
    button.addEventListener('click', () => {
      el('detail').replaceChildren(evidence(gap));
      el('detail').focus();
    });
    li.append(text('span', gap.score.toFixed(2), 'score'), button);
    const topics = text('div');
    for (const topic of gap.sharedTopics) topics.append(text('span', topic.name, 'tag'));
    li.append(topics);
    list.append(li);
  }
  if (!gaps.length) list.append(text('li', 'No coordination gaps at this score.'));
}

function renderTopicGaps(topicGaps) {
  const list = el('topic-gap-list');
  list.replaceChildren();
  for (const gap of topicGaps) {
    const li = document.createElement('li');
    const who = gap.bodies.map(bodyLabel).join(', ');
    li.append(text('span', gap.kind.replaceAll('_', ' ').toLowerCase(), `tag kind-${gap.kind}`),
      text('strong', gap.topic.name), document.createTextNode(` — ${gap.workItemCount} work item(s)${who ? `, ${who}` : ''}`));
    list.append(li);
  }
  if (!topicGaps.length) list.append(text('li', 'No topic gaps.'));
}

function renderOverdue(liaisons) {
  const list = el('overdue-list');
  list.replaceChildren();
  for (const liaison of liaisons) {
    const li = document.createElement('li');
    li.append(text('strong', liaison.title),
      document.createTextNode(` — from ${bodyLabel(liaison.from)} to ${liaison.to.map(bodyLabel).join(', ')}, ${liaison.purpose.toLowerCase()}, deadline ${liaison.deadline}`));
    list.append(li);
  }
  if (!liaisons.length) list.append(text('li', 'None overdue.'));
}

// ---- refresh and live updates ----------------------------------------------------------------------------------

let refreshing = null;

async function refresh() {
  const started = performance.now();
  setStatus('Loading…');
  const run = dashboard(filters());
  refreshing = run;
  try {
    const data = await run;
    if (refreshing !== run) return;
    state.gaps = data.coordinationGaps;
    state.findings = data.findings.network.edges.map((edge) => edge.node);
    renderHeatmap(data.coverage);
    renderNetwork(state.findings);
    renderFindings(data.findings.open);
    renderGaps(data.coordinationGaps);
    renderInternal(data.internal);
    renderTopicGaps(data.topicGaps);
    renderOverdue(data.overdueLiaisons);
    for (const status of STATUSES) el(`count-${status}`).textContent = data.findings[status].totalCount;
    el('summary-scope').textContent = filters().external ? 'all, external ones included' : 'where an ITU body is involved';
    el('count-topic-gaps').textContent = data.topicGaps.length;
    el('count-overdue').textContent = data.overdueLiaisons.length;
    setStatus(`Updated ${new Date().toLocaleTimeString()} (${Math.round(performance.now() - started)} ms)`);
    document.body.dataset.loaded = 'true';
  } catch (error) {
    setStatus(`Could not load: ${error.message}`);
  }
}

// The report to TSAG for the next JCA-MV meeting (the period since the previous one), or the last one held;
// without meetings, the last four months.
async function tsagLink() {
  const link = el('tsag-link');
  const since = new Date(Date.now() - 120 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  link.href = `/reports/tsag?since=${since}&format=html`;
  const data = await graphql(`{ next: meetings(upcoming: true, first: 1) { id title }
                                 last: meetings(upcoming: false, first: 1) { id title } }`);
  const meeting = data.next[0] ?? data.last[0];
  if (meeting) {
    link.href = `/reports/tsag?meeting=${encodeURIComponent(meeting.id)}&format=html`;
    link.title = `Report to TSAG for ${meeting.title}`;
  }
}

function live() {
  if (!window.graphqlWs) return;
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = window.graphqlWs.createClient({ url: `${protocol}//${location.host}/graphql`, retryAttempts: 5, lazy: false });
  let timer;
  client.subscribe({ query: 'subscription { roadmapChanged { __typename } }' }, {
    next: () => {
      clearTimeout(timer);
      timer = setTimeout(() => { refresh(); window.dispatchEvent(new CustomEvent('roadmap-changed')); }, 400);
      el('live').textContent = 'live updates on (last change ' + new Date().toLocaleTimeString() + ')';
    },
    error: () => { el('live').textContent = 'live updates unavailable'; },
    complete: () => {},
  });
  el('live').textContent = 'live updates on';
}

window.addEventListener('resize', () => chart && chart.resize());
tsagLink().catch(() => {});
loadFilters().then(refresh).then(live).catch((error) => setStatus(`Could not load: ${error.message}`));
