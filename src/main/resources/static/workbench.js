// The editor's workbench: sign-in, reviews, edits, liaisons and undo, all through the public API. Signed in, the
// browser holds a signed session cookie (HttpOnly) and sends the CSRF token with every POST; the role decides
// what the page offers (the service decides what it allows: an analyst gets no controls, and no rights either).
import { csrfHeaders } from './csrf.js';

const $ = (id) => document.getElementById(id);
let me = { name: null, roles: [] };
const isEditor = () => me.roles.includes('EDITOR');

class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.code = errors[0]?.extensions?.code;
  }
}

async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...csrfHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) throw new ApiError(body.errors);
  return body.data;
}

function node(tag, content, className) {
  const element = document.createElement(tag);
  if (content !== undefined && content !== null) element.textContent = content;
  if (className) element.className = className;
  return element;
}

function button(label, action, name) {
  const b = node('button', label);
  b.type = 'button';
  if (name) b.dataset.action = name;
  b.addEventListener('click', async () => {
    b.disabled = true;
    try { await action(); } finally { b.disabled = false; }
  });
  return b;
}

function say(message, error = false) {
  const box = $('wb-message');
  box.textContent = message;
  box.classList.toggle('error', error);
}

// runs a change; says what happened; refreshes the lists (the subscription refreshes the rest of the page)
// (lists first, so that what the message says is what the lists show)
async function change(what, run, after = refreshLists) {
  try {
    await run();
    await after();
    say(`${what}: done`);
  } catch (error) {
    say(`${what}: ${error.message}`, true);
    await after();
    if (!(error instanceof ApiError)) throw error;
  }
}

// ---- sign-in ---------------------------------------------------------------------------------------------------

async function loadMe() {
  const response = await fetch('/api/me', { headers: { Accept: 'application/json' } });
  me = await response.json();
  document.body.dataset.user = me.name ?? '';
  renderAccount();
  $('workbench').hidden = !isEditor();
  if (isEditor()) {
    await Promise.all([refreshLists(), loadIds()]);
  }
  document.body.dataset.workbench = 'ready';
}

function renderAccount() {
  const box = $('account');
  box.replaceChildren();
  if (me.name) {
    box.append(node('span', `Signed in as ${me.name}`, 'who'), node('span', ` (${me.roles.join(', ').toLowerCase()})`));
    box.append(button('Sign out', async () => {
      await fetch('/logout', { method: 'POST', headers: csrfHeaders() });
      location.reload();
    }, 'sign-out'));
    return;
  }
  const form = node('form');
  form.id = 'sign-in';
  form.setAttribute('aria-label', 'Sign in');
  const user = labelled('User', 'input', { name: 'username', autocomplete: 'username', required: true });
  const password = labelled('Password', 'input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = node('button', 'Sign in');
  submit.type = 'submit';
  const error = node('span', '', 'error');
  error.setAttribute('role', 'alert');
  form.append(user, password, submit, error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const response = await fetch('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...csrfHeaders() },
      body: new URLSearchParams(new FormData(form)),
    });
    submit.disabled = false;
    if (response.ok) {
      // a fresh page: the subscription's handshake then carries the session cookie and runs as this user
      location.reload();
      return;
    }
    const body = await response.json().catch(() => ({}));
    error.textContent = body.errors?.[0]?.message ?? `Sign-in failed (${response.status})`;
  });
  box.append(form);
}

function labelled(text, tag, attributes = {}) {
  const label = node('label', text);
  const field = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else field.setAttribute(name, value);
  }
  label.append(field);
  return label;
}

async function loadIds() {
  const data = await gql('{ workItems(first: 500, orderBy: ID) { edges { node { id } } } bodies(first: 500) { edges { node { id } } } }');
  $('wb-item-ids').replaceChildren(...data.workItems.edges.map(({ node: item }) => Object.assign(node('option'), { value: item.id })));
  $('wb-body-ids').replaceChildren(...data.bodies.edges.map(({ node: body }) => Object.assign(node('option'), { value: body.id })));
}

async function refreshLists() {
  if (!isEditor()) return;
  await Promise.all([loadFindings(), loadPairs(), loadLiaisons(), loadChanges()]);
}

// ---- findings ----------------------------------------------------------------------------------------------------

const FINDINGS = `query($status: [FindingStatus!]) { findings(status: $status, scope: [ITU, EXTERNAL], first: 15) {
  totalCount edges { node { id status version note severity units { id acronym name } subject { name } } } } }`;

// the moves of the lifecycle the page offers for each status (the service checks them again)
const FINDING_MOVES = {
  OPEN: ['confirm', 'dismiss'],
  CONFIRMED: ['report', 'dismiss', 'reopen'],
  REPORTED: ['resolve', 'reopen'],
  DISMISSED: ['reopen'],
  RESOLVED: [],
};
const FINDING_MUTATIONS = {
  confirm: ['Confirm', 'mutation($id: ID!, $version: Int!, $note: String) { confirmFinding(id: $id, version: $version, note: $note) { id } }'],
  dismiss: ['Dismiss', 'mutation($id: ID!, $version: Int!, $note: String!) { dismissFinding(id: $id, version: $version, note: $note) { id } }'],
  reopen: ['Reopen', 'mutation($id: ID!, $version: Int!, $note: String) { reopenFinding(id: $id, version: $version, note: $note) { id } }'],
  report: ['Mark reported', 'mutation($id: ID!, $version: Int!, $note: String) { markFindingReported(id: $id, version: $version, report: $note) { id } }'],
  resolve: ['Resolve', 'mutation($id: ID!, $version: Int!, $note: String) { resolveFinding(id: $id, version: $version, note: $note) { id } }'],
};

async function loadFindings() {
  const status = $('wb-finding-status').value;
  const data = await gql(FINDINGS, { status: [status] });
  const list = $('wb-finding-list');
  list.replaceChildren();
  for (const { node: finding } of data.findings.edges) {
    const li = node('li');
    li.dataset.finding = finding.id;
    li.append(node('strong', finding.units.map((u) => u.acronym || u.name).join(' ↔ ')),
      document.createTextNode(` on ${finding.subject.name} (${finding.severity.toFixed(2)})`));
    if (finding.note) li.append(node('div', `Note: ${finding.note}`, 'hint'));
    const actions = node('div', null, 'actions');
    const note = document.createElement('input');
    note.placeholder = 'note (a dismissal needs one; a report: where)';
    note.setAttribute('aria-label', `Note for ${finding.id}`);
    actions.append(note);
    for (const move of FINDING_MOVES[finding.status]) {
      const [label, mutation] = FINDING_MUTATIONS[move];
      actions.append(button(label, () => change(`${label} ${finding.id}`, () => gql(mutation,
        { id: finding.id, version: finding.version, note: note.value.trim() || null })), move));
    }
    li.append(actions);
    list.append(li);
  }
  if (!data.findings.edges.length) list.append(node('li', 'None.'));
}

// ---- overlap pairs -------------------------------------------------------------------------------------------------

const PAIRS = `{ overlaps(first: 8) { score a { id designation title } b { id designation title } }
  overlapReviews(first: 20) { id verdict note version a { id designation title } b { id designation title } } }`;
const label = (item) => item.designation || item.title;

async function loadPairs() {
  const data = await gql(PAIRS);
  const list = $('wb-pair-list');
  list.replaceChildren();
  for (const pair of data.overlaps) {
    const li = node('li');
    li.dataset.pair = `${pair.a.id}|${pair.b.id}`;
    li.append(node('strong', `${label(pair.a)} ↔ ${label(pair.b)}`), document.createTextNode(` (${pair.score.toFixed(2)})`));
    const actions = node('div', null, 'actions');
    const note = document.createElement('input');
    note.placeholder = 'note';
    note.setAttribute('aria-label', `Note on ${label(pair.a)} and ${label(pair.b)}`);
    const review = (verdict) => () => change(`${verdict === 'CONFIRMED' ? 'Confirm' : 'Reject'} the pair`, () => gql(
      'mutation($a: ID!, $b: ID!, $verdict: OverlapVerdict!, $note: String) { reviewOverlap(a: $a, b: $b, verdict: $verdict, note: $note) { id } }',
      { a: pair.a.id, b: pair.b.id, verdict, note: note.value.trim() || null }));
    actions.append(note, button('Confirm', review('CONFIRMED'), 'confirm-pair'), button('Reject', review('REJECTED'), 'reject-pair'));
    li.append(actions);
    list.append(li);
  }
  if (!data.overlaps.length) list.append(node('li', 'No overlaps to review.'));
  const reviewed = $('wb-review-list');
  reviewed.replaceChildren();
  for (const r of data.overlapReviews) {
    const li = node('li');
    li.dataset.pair = r.id;
    li.append(node('strong', `${label(r.a)} ↔ ${label(r.b)}`), document.createTextNode(` ${r.verdict.toLowerCase()}${r.note ? `: ${r.note}` : ''} `));
    li.append(button('Restore', () => change('Restore the pair', () => gql(
      'mutation($a: ID!, $b: ID!, $version: Int) { restoreOverlap(a: $a, b: $b, version: $version) }',
      { a: r.a.id, b: r.b.id, version: r.version })), 'restore-pair'));
    reviewed.append(li);
  }
  if (!data.overlapReviews.length) reviewed.append(node('li', 'No reviews yet.'));
}

// ---- work item editor --------------------------------------------------------------------------------------------

const ITEM = `query($id: ID!) { workItem(id: $id) { id designation title status version updatedBy updatedAt
  owner { id } topics { id } startDate publishedDate targetDate links { kind from { id } to { id } } } }`;
const STATUSES = ['PROPOSED', 'UNDER_DEVELOPMENT', 'APPROVED', 'PUBLISHED', 'WITHDRAWN'];
const LINK_KINDS = ['EQUIVALENT_TO', 'ADOPTS', 'CONTINUES', 'REFERENCES', 'SUPERSEDES', 'RELATED_TO'];
const EDITED = ['status', 'startDate', 'publishedDate', 'targetDate', 'owner', 'topics', 'links'];
// the work item as the page read it: its version and values now (values), and the values the form started from
// (base), so that only what the user changed is applied, also over a newer version after a conflict
let read = null;

// the editable fields of a record as plain values, to compare what was read, what is now and what the user wants
function editable(item) {
  return {
    status: item.status,
    startDate: item.startDate ?? '',
    publishedDate: item.publishedDate ?? '',
    targetDate: item.targetDate ?? '',
    owner: item.owner.id,
    topics: item.topics.map((t) => t.id).sort().join(', '),
    links: item.links.filter((l) => l.from.id === item.id).map((l) => `${l.kind} ${l.to.id}`).sort().join(', '),
  };
}

async function openItem(id) {
  const data = await gql(ITEM, { id });
  if (!data.workItem) {
    say(`No work item '${id}'`, true);
    return null;
  }
  const values = editable(data.workItem);
  read = { id, version: data.workItem.version, values, base: values };
  renderItemForm(data.workItem);
  $('wb-item-conflict').hidden = true;
  return data.workItem;
}

function renderItemForm(item) {
  const form = $('wb-item-form');
  form.hidden = false;
  form.replaceChildren(node('p', `${item.designation || item.id}: ${item.title} · version ${item.version}, last changed by ${item.updatedBy ?? '—'}`, 'hint links'));
  const status = labelled('Status', 'select', { name: 'status' });
  for (const s of STATUSES) status.lastChild.append(Object.assign(node('option', s.replaceAll('_', ' ').toLowerCase()), { value: s }));
  status.lastChild.value = item.status;
  form.append(status);
  for (const [name, text] of [['startDate', 'Started'], ['publishedDate', 'Published'], ['targetDate', 'Target']]) {
    form.append(labelled(`${text} (2026, 2026-Q2, 2026-05-01)`, 'input', { name, value: item[name] ?? '', autocomplete: 'off' }));
  }
  form.append(labelled('Owner (body id)', 'input', { name: 'owner', value: item.owner.id, list: 'wb-body-ids', required: true, autocomplete: 'off' }));
  form.append(labelled('Topics (ids, comma-separated)', 'input', { name: 'topics', value: read.values.topics, required: true, autocomplete: 'off' }));
  const links = node('fieldset', null, 'links');
  links.append(node('legend', 'Links (from this item)'));
  for (const link of item.links.filter((l) => l.from.id === item.id)) {
    const box = labelled(`${link.kind.replaceAll('_', ' ').toLowerCase()} ${link.to.id} (keep)`, 'input', { type: 'checkbox', name: 'link', value: `${link.kind} ${link.to.id}` });
    box.lastChild.checked = true;
    links.append(box);
  }
  const kind = labelled('New link: kind', 'select', { name: 'linkKind' });
  for (const k of LINK_KINDS) kind.lastChild.append(Object.assign(node('option', k.replaceAll('_', ' ').toLowerCase()), { value: k }));
  kind.lastChild.value = 'RELATED_TO';
  links.append(kind, labelled('to (work item id)', 'input', { name: 'linkTo', list: 'wb-item-ids', autocomplete: 'off' }));
  form.append(links);
  const save = node('button', 'Save');
  save.type = 'submit';
  save.dataset.action = 'save-item';
  form.append(save);
}

function wanted() {
  const form = $('wb-item-form');
  const value = (name) => form.elements[name].value.trim();
  const links = [...form.querySelectorAll('input[name=link]:checked')].map((box) => box.value);
  if (value('linkTo')) links.push(`${value('linkKind')} ${value('linkTo')}`);
  return {
    status: value('status'),
    startDate: value('startDate'),
    publishedDate: value('publishedDate'),
    targetDate: value('targetDate'),
    owner: value('owner'),
    topics: value('topics').split(',').map((t) => t.trim()).filter(Boolean).sort().join(', '),
    links: [...new Set(links)].sort().join(', '),
  };
}

const split = (list) => (list ? list.split(', ') : []);

// applies what the user changed over the version read: the update first, then the links, each with the version
// the previous step answered, so that a change by someone else in between is a CONFLICT, never overwritten
async function saveItem() {
  const want = wanted();
  const { base, values: now } = read;
  const input = {};
  for (const field of ['status', 'startDate', 'publishedDate', 'targetDate', 'owner']) {
    if (want[field] !== base[field] && want[field] !== now[field]) input[field] = want[field] === '' ? null : want[field];
  }
  if (want.topics !== base.topics && want.topics !== now.topics) input.topics = split(want.topics);
  let version = read.version;
  const item = read.id;
  if (Object.keys(input).length) {
    version = (await gql('mutation($id: ID!, $version: Int!, $input: UpdateWorkItemInput!) { updateWorkItem(id: $id, version: $version, input: $input) { version } }',
      { id: item, version, input })).updateWorkItem.version;
  }
  const had = new Set(split(base.links));
  const has = new Set(split(want.links));
  const exists = new Set(split(now.links));
  for (const link of had) {
    if (has.has(link) || !exists.has(link)) continue;
    const [kind, to] = link.split(' ');
    version = (await gql('mutation($from: ID!, $to: ID!, $kind: WorkItemLinkKind!, $version: Int) { unlinkWorkItems(from: $from, to: $to, kind: $kind, version: $version) { version } }',
      { from: item, to, kind, version })).unlinkWorkItems.version;
  }
  for (const link of has) {
    if (had.has(link) || exists.has(link)) continue;
    const [kind, to] = link.split(' ');
    version = (await gql('mutation($from: ID!, $to: ID!, $kind: WorkItemLinkKind!, $version: Int) { linkWorkItems(from: $from, to: $to, kind: $kind, version: $version) { version } }',
      { from: item, to, kind, version })).linkWorkItems.version;
  }
  return version;
}

// someone changed the record since the page read it: read it again, show what changed meanwhile next to what the
// user wants, and base the next attempt on the new version (the user's values stay in the form)
async function showConflict(error) {
  const want = wanted();
  const before = read.values;
  const data = await gql(ITEM, { id: read.id });
  const box = $('wb-item-conflict');
  box.replaceChildren();
  box.hidden = false;
  if (!data.workItem) {
    box.append(node('p', `The work item '${read.id}' was deleted meanwhile.`));
    return;
  }
  const now = editable(data.workItem);
  box.append(node('p', `Changed meanwhile by ${data.workItem.updatedBy} (now version ${data.workItem.version}, you read ${read.version}): ${error.message}`));
  const table = node('table');
  const head = node('tr');
  head.append(node('th', 'Field'), node('th', 'You read'), node('th', 'Now'), node('th', 'Yours'));
  table.append(head);
  for (const field of EDITED) {
    if (before[field] === now[field]) continue;
    const row = node('tr');
    row.dataset.field = field;
    const yours = want[field] === read.base[field] ? '(not changed by you)' : want[field] || '—';
    row.append(node('th', field), node('td', before[field] || '—'), node('td', now[field] || '—'), node('td', yours));
    table.append(row);
  }
  box.append(table);
  read = { id: read.id, version: data.workItem.version, values: now, base: read.base };
  box.append(button('Apply mine again', () => submitItem(), 'apply-again'),
    button('Discard mine', async () => { await openItem(read.id); }, 'discard'));
  box.focus();
}

async function submitItem() {
  try {
    const version = await saveItem();
    say(`Saved ${read.id} (version ${version})`);
    await openItem(read.id);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'CONFLICT') {
      say(`Not saved: ${read.id} changed meanwhile; see below`, true);
      await showConflict(error);
    } else {
      say(`Not saved: ${error.message}`, true);
    }
  }
  await loadChanges();
}

// ---- liaisons ----------------------------------------------------------------------------------------------------

let liaisonStates = ['DRAFT', 'APPROVED', 'SENT', 'REPLIED', 'CLOSED'];
const recorded = [];

async function loadLiaisons() {
  const ids = recorded.slice(-5);
  // the liaisons recorded here first (by id, aliased), then the latest ones
  const recordedQuery = ids.map((_, i) => `r${i}: liaison(id: $r${i}) { ...L }`).join(' ');
  const variables = Object.fromEntries(ids.map((id, i) => [`r${i}`, id]));
  const parameters = ids.map((_, i) => `$r${i}: ID!`).join(', ');
  const data = await gql(`query${parameters ? `(${parameters})` : ''} { liaisons(first: 8) { edges { node { ...L } } } ${recordedQuery}
    states: __type(name: "LiaisonState") { enumValues { name } } }
    fragment L on Liaison { id title state version from { id } }`, variables);
  liaisonStates = data.states.enumValues.map((v) => v.name);
  const seen = new Set();
  const liaisons = [...ids.map((_, i) => data[`r${i}`]).filter(Boolean).reverse(), ...data.liaisons.edges.map((e) => e.node)]
    .filter((l) => !seen.has(l.id) && seen.add(l.id));
  const list = $('wb-liaison-list');
  list.replaceChildren();
  for (const liaison of liaisons) {
    const li = node('li');
    li.dataset.liaison = liaison.id;
    li.append(node('strong', liaison.title), document.createTextNode(` from ${liaison.from.id} · `), node('span', liaison.state.toLowerCase(), 'tag state'));
    const actions = node('div', null, 'actions');
    const note = document.createElement('input');
    note.placeholder = 'note';
    note.setAttribute('aria-label', `Note on the move of ${liaison.id}`);
    actions.append(note);
    // every other state: the service refuses a move its lifecycle does not allow, and says why
    for (const target of liaisonStates.filter((s) => s !== liaison.state)) {
      actions.append(button(`→ ${target.toLowerCase()}`, () => change(`${liaison.id} → ${target.toLowerCase()}`, () => gql(
        'mutation($id: ID!, $version: Int!, $state: LiaisonState!, $note: String) { changeLiaisonState(id: $id, version: $version, state: $state, note: $note) { id } }',
        { id: liaison.id, version: liaison.version, state: target, note: note.value.trim() || null })), `state-${target}`));
    }
    li.append(actions);
    list.append(li);
  }
}

async function recordLiaison(form) {
  const value = (name) => form.elements[name].value.trim();
  const input = {
    id: value('id'),
    title: value('title'),
    from: value('from'),
    to: value('to').split(',').map((t) => t.trim()).filter(Boolean),
    purpose: value('purpose'),
    sentOn: value('sentOn') || null,
    deadline: value('deadline') || null,
  };
  await change(`Record liaison ${input.id}`, async () => {
    await gql('mutation($input: RecordLiaisonInput!) { recordLiaison(input: $input) { id } }', { input });
    recorded.push(input.id);
    form.reset();
  });
}

// ---- recent changes and undo -------------------------------------------------------------------------------------

async function loadChanges() {
  const data = await gql('{ recentChanges(first: 12) { id at by action entityType entityId fields { field before after } } }');
  const list = $('wb-change-list');
  list.replaceChildren();
  for (const c of data.recentChanges) {
    const li = node('li');
    li.dataset.change = c.id;
    li.append(node('strong', `${c.by} ${c.action.toLowerCase()} ${c.entityType.replaceAll('_', ' ').toLowerCase()} ${c.entityId}`),
      document.createTextNode(` at ${new Date(c.at).toLocaleString()}: `),
      document.createTextNode(c.fields.slice(0, 4).map((f) => `${f.field} ${f.before ?? '—'} → ${f.after ?? '—'}`).join('; ')));
    if (c.action === 'UPDATED') {
      li.append(document.createTextNode(' '), button('Undo', () => change(`Undo the change of ${c.entityId}`, () => gql(
        'mutation($id: ID!) { revertChange(id: $id) { id } }', { id: c.id })), 'undo'));
    }
    list.append(li);
  }
}

$('wb-finding-status').addEventListener('change', () => loadFindings());
$('wb-item-pick').addEventListener('submit', async (event) => {
  event.preventDefault();
  await openItem($('wb-item-id').value.trim());
});
$('wb-item-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  await submitItem();
});
$('wb-liaison-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  await recordLiaison(event.target);
});
window.addEventListener('roadmap-changed', () => refreshLists().catch(() => {}));
loadMe().catch((error) => { $('account').textContent = `Sign-in unavailable: ${error.message}`; });
