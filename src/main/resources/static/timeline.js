// The roadmap on a time axis: work items by topic area or by organisation (rows), placed at their start,
// publication and target dates, each as precise as it is known ("2025", "2026-Q2", "2025-12", "2025-12-04").
// Self-contained: its own section of the page, its own requests to the public GraphQL API.

import { csrfHeaders } from './csrf.js';

const PAGE = 500;
const MAX_PAGES = 20;
const $ = (id) => document.getElementById(id);

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

const QUERY = `query Timeline($filter: WorkItemFilter, $after: String) {
  workItems(first: ${PAGE}, after: $after, filter: $filter, orderBy: ID) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id designation title status url startDate publishedDate targetDate year
      owner { id name acronym ancestors { id name acronym } } topics { id } } } } }`;
const TOPICS = `{ topics { id name parent { id } } }`;

/** The days a partial date names: [first, last], as UTC milliseconds. */
export function interval(text) {
  if (!text) return null;
  const m = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return [Date.UTC(year, 3 * q - 3, 1), Date.UTC(year, 3 * q, 0)];
  }
  if (!m[3]) return [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)];
  const month = Number(m[3]) - 1;
  if (!m[4]) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 0)];
  const day = Date.UTC(year, month, Number(m[4]));
  return [day, day];
}

const label = (body) => body.acronym || body.name;
const MARKS = [
  { field: 'startDate', name: 'Started', symbol: 'triangle', color: '#6b7785' },
  { field: 'publishedDate', name: 'Published', symbol: 'circle', color: '#1f6f43' },
  { field: 'targetDate', name: 'Target', symbol: 'diamond', color: '#b35c00' },
];

let chart;
let roots = new Map();

async function loadTopics() {
  const { topics } = await graphql(TOPICS);
  const byId = new Map(topics.map((t) => [t.id, t]));
  roots = new Map();
  for (const topic of topics) {
    let up = topic;
    const seen = new Set();
    while (up.parent && byId.has(up.parent.id) && !seen.has(up.id)) {
      seen.add(up.id);
      up = byId.get(up.parent.id);
    }
    roots.set(topic.id, up.name);
  }
}

async function loadItems(filter) {
  const items = [];
  let after = null;
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { workItems } = await graphql(QUERY, { filter, after });
    total = workItems.totalCount;
    items.push(...workItems.edges.map((e) => e.node));
    if (!workItems.pageInfo.hasNextPage) break;
    after = workItems.pageInfo.endCursor;
  }
  return { items, total };
}

function period() {
  const from = $('timeline-from').value || null;
  const until = $('timeline-until').value || null;
  const kind = $('timeline-period').value;
  if (!from && !until) return null;
  return { [kind]: { from, until } };
}

function rowsOf(item, by) {
  if (by === 'organisation') {
    const top = item.owner.ancestors.length ? item.owner.ancestors[item.owner.ancestors.length - 1] : item.owner;
    return [label(top)];
  }
  const areas = [...new Set(item.topics.map((t) => roots.get(t.id)).filter(Boolean))];
  return areas.length ? areas : ['(no topic)'];
}

function render(items, by) {
  const container = $('timeline-chart');
  if (!window.echarts) {
    container.textContent = 'The timeline chart could not be loaded.';
    return;
  }
  chart = chart ?? window.echarts.init(container, null, { renderer: 'canvas' });
  const dated = items.filter((item) => MARKS.some((m) => item[m.field]));
  const rows = [...new Set(dated.flatMap((item) => rowsOf(item, by)))].sort((a, b) => a.localeCompare(b));
  const points = MARKS.map(() => []);
  const spans = [];
  for (const item of dated) {
    const [start, published, target] = MARKS.map((m) => interval(item[m.field]));
    for (const row of rowsOf(item, by)) {
      const y = rows.indexOf(row);
      MARKS.forEach((m, i) => {
        const range = [start, published, target][i];
        // at the middle of the period it names: "2026-Q2" is mid-May, not the 1st of April
        if (range) points[i].push({ value: [(range[0] + range[1]) / 2, y], item, range });
      });
      const end = published ?? target;
      if (start && end && end[1] > start[0]) spans.push({ value: [start[0], end[1], y], item });
    }
  }
  // half a year of room either side, so that no mark sits on the edge of the axis
  const times = points.flat().map((p) => p.value[0]);
  const pad = 182 * 86400000;
  const bounds = times.length ? { min: Math.min(...times) - pad, max: Math.max(...times) + pad } : {};
  const tooltip = (p) => {
    const item = p.data.item;
    const dates = MARKS.filter((m) => item[m.field]).map((m) => `${m.name} ${item[m.field]}`).join(' · ');
    return `<b>${escape(item.designation || item.id)}</b><br>${escape(item.title)}<br>${escape(label(item.owner))} · ${item.status.toLowerCase().replace('_', ' ')}<br>${dates}`;
  };
  chart.setOption({
    animation: false,
    grid: { left: 190, right: 24, top: 36, bottom: 56 },
    legend: { top: 0, data: MARKS.map((m) => m.name) },
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 8, height: 18 }, { type: 'inside', xAxisIndex: 0 }],
    xAxis: { type: 'time', ...bounds, splitLine: { show: true, lineStyle: { color: '#eef1f4' } } },
    yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { width: 180, overflow: 'truncate', fontSize: 11 },
      splitLine: { show: true, lineStyle: { color: '#eef1f4' } } },
    series: [
      { type: 'custom', name: 'Under way', data: spans, z: 1, tooltip: { formatter: tooltip },
        renderItem: (params, api) => {
          const from = api.coord([api.value(0), api.value(2)]);
          const to = api.coord([api.value(1), api.value(2)]);
          return { type: 'rect', shape: { x: from[0], y: from[1] - 2, width: Math.max(1, to[0] - from[0]), height: 4 },
            style: { fill: '#9bb8d8', opacity: 0.5 } };
        } },
      ...MARKS.map((m, i) => ({ type: 'scatter', name: m.name, symbol: m.symbol, symbolSize: 9, z: 2,
        itemStyle: { color: m.color, opacity: 0.75 }, data: points[i] })),
    ],
  }, true);
  chart.off('click');
  chart.on('click', (p) => { if (p.data?.item?.url) window.open(p.data.item.url, '_blank', 'noopener'); });
  const height = Math.max(320, 36 + 56 + rows.length * 26);
  container.style.height = `${height}px`;
  chart.resize();
}

function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function refresh() {
  const status = $('timeline-status');
  status.textContent = 'Loading…';
  try {
    if (!roots.size) await loadTopics();
    const { items, total } = await loadItems(period());
    const dated = items.filter((item) => MARKS.some((m) => item[m.field])).length;
    render(items, $('timeline-rows').value);
    status.textContent = `${dated} of ${total} work item(s) with a date`;
  }
  catch (error) {
    status.textContent = `The timeline could not be loaded: ${error.message}`;
  }
}

if ($('timeline')) {
  // /?focus=timeline: the timeline first (a link to it, and the README's screenshot)
  if (new URLSearchParams(location.search).get('focus') === 'timeline') {
    $('timeline').parentElement.prepend($('timeline'));
  }
  for (const id of ['timeline-rows', 'timeline-period', 'timeline-from', 'timeline-until']) {
    $(id).addEventListener('change', refresh);
  }
  window.addEventListener('resize', () => chart?.resize());
  refresh();
}
