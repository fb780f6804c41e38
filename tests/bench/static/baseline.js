// The plain-JavaScript baselines: the least the browser needs to do the same
// work as the app, measured in the same page load conditions.
'use strict';

const BASE_DB = 'bench-baseline';

function req(r) {
  return new Promise((done, fail) => {
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
}

function txDone(tx) {
  return new Promise((done, fail) => {
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
}

function openDb(name, stores) {
  const r = indexedDB.open(name);
  if (stores) {
    r.onupgradeneeded = () => {
      for (const s of stores) if (!r.result.objectStoreNames.contains(s)) r.result.createObjectStore(s, { keyPath: 'id' });
    };
  }
  return req(r);
}

async function readAll(dbName) {
  const db = await openDb(dbName);
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const out = {};
  await Promise.all(names.map(async (n) => (out[n] = await req(tx.objectStore(n).getAll()))));
  db.close();
  return out;
}

// Every record by kind, as the app stores them (ARCHITECTURE.md, "IndexedDB
// schema"): chunks of JSON, minus deletion marks, plus the per-record overlay.
// Only the untimed set-up of the board and drag baselines uses it.
async function readRecords(dbName) {
  const db = await openDb(dbName);
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const [raw, chunkKeys, marks] = await Promise.all([
    Promise.all(names.map((n) => req(tx.objectStore(n).getAll()))),
    names.includes('chunks') ? req(tx.objectStore('chunks').getAllKeys()) : [],
    names.includes('deleted') ? req(tx.objectStore('deleted').getAllKeys()) : [],
  ]);
  db.close();
  const byKind = {};
  const kind = (k) => (byKind[k] ??= new Map());
  const text = new TextDecoder();
  const stored = Object.fromEntries(names.map((n, i) => [n, raw[i]]));
  chunkKeys.forEach(([k], i) => {
    for (const r of JSON.parse(text.decode(stored.chunks[i]))) kind(k).set(r.id, r);
  });
  for (const [k, id] of marks) kind(k).delete(id);
  for (const n of names.filter((n) => !['meta', 'chunks', 'deleted'].includes(n))) {
    for (const r of stored[n]) kind(n).set(r.id, r);
  }
  return Object.fromEntries(Object.entries(byKind).map(([k, m]) => [k, [...m.values()]]));
}

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
const money = (m) => yuan.format(m.minor / 100);

// 1. Import: read the chosen file, parse it, put every record in one transaction.
function setupImport() {
  const input = document.getElementById('file');
  input.addEventListener('change', async () => {
    const t0 = performance.now();
    const text = await input.files[0].text();
    const file = JSON.parse(text);
    const stores = Object.keys(file.data);
    const db = await openDb(BASE_DB, stores);
    const tx = db.transaction(stores, 'readwrite');
    for (const s of stores) {
      const os = tx.objectStore(s);
      for (const r of file.data[s]) os.put(r);
    }
    await txDone(tx);
    db.close();
    window.__importMs = performance.now() - t0;
    document.getElementById('out').textContent = `imported ${stores.reduce((n, s) => n + file.data[s].length, 0)}`;
  });
}

// 2. Cold start: open the app's database and read every record.
async function coldStart() {
  const all = await readAll('salesflow');
  const n = Object.values(all).reduce((s, v) => s + v.length, 0);
  document.getElementById('out').textContent = `${n} records`;
  window.__coldMs = performance.now();
}

// 3. Board: the same cards the app shows, for every deal, built at once.
const STAGES = ['identify', 'needs_confirmed', 'solution_matched', 'decision_follow_up', 'won', 'lost'];
async function setupBoard() {
  const all = await readRecords('salesflow');
  const accounts = new Map(all.accounts.map((a) => [a.id, a.name]));
  const people = new Map(all.people.map((p) => [p.id, p.name]));
  const next = new Map();
  for (const a of all.activities) {
    if (a.done || !a.deal_id || a.kind === 'note') continue;
    const due = a.due || a.at;
    if (!next.has(a.deal_id) || due < next.get(a.deal_id)) next.set(a.deal_id, due);
  }
  const now = Date.parse('2026-11-27T09:00:00Z');
  document.getElementById('go').addEventListener('click', () => {
    const t0 = performance.now();
    const board = document.getElementById('board');
    board.textContent = '';
    const cols = STAGES.map(() => ({ n: 0, sum: 0, el: document.createElement('ul') }));
    const deals = [...all.deals].sort((a, b) => a.rank - b.rank);
    for (const d of deals) {
      const c = cols[STAGES.indexOf(d.stage)];
      c.n += 1;
      c.sum += d.amount.minor;
      const li = document.createElement('li');
      const entered = d.stage_history.length ? Date.parse(d.stage_history[d.stage_history.length - 1].at) : now;
      li.innerHTML = `<a href="/deals/${d.id}"></a><div class="acc"></div><div class="amt"></div><div class="own"></div><div class="meta"></div>`;
      li.children[0].textContent = d.name;
      li.children[1].textContent = accounts.get(d.account_id) || '';
      li.children[2].textContent = money(d.amount);
      li.children[3].textContent = people.get(d.owner_id) || '';
      li.children[4].textContent = `${Math.floor((now - entered) / 86400000)} d · ${next.get(d.id) || ''}`;
      c.el.append(li);
    }
    for (const [i, c] of cols.entries()) {
      const col = document.createElement('section');
      const h = document.createElement('h2');
      h.textContent = `${STAGES[i]} ${c.n} ${yuan.format(c.sum / 100)}`;
      col.append(h, c.el);
      board.append(col);
    }
    const t1 = performance.now();
    requestAnimationFrame(() => setTimeout(() => (window.__board = { script: t1 - t0, paint: performance.now() - t0 }), 0));
  });
  window.__boardReady = true;
}

// 4. Drag and drop: pointer release → one put → card moved, both totals updated.
async function setupDrag() {
  const all = await readRecords('salesflow');
  const db = await openDb(BASE_DB, ['deals']);
  const tx = db.transaction('deals', 'readwrite');
  for (const d of all.deals) tx.objectStore('deals').put(d);
  await txDone(tx);
  const byId = new Map(all.deals.map((d) => [d.id, d]));
  const cols = [1, 2].map((s) => {
    const el = document.getElementById(`col${s}`);
    const list = el.querySelector('ul');
    const deals = all.deals.filter((d) => d.stage === STAGES[s]);
    for (const d of deals) {
      const li = document.createElement('li');
      li.dataset.id = d.id;
      li.textContent = `${d.name} ${money(d.amount)}`;
      list.append(li);
    }
    return { stage: STAGES[s], el, list, sum: deals.reduce((s, d) => s + d.amount.minor, 0), n: deals.length };
  });
  const paint = (c) => (c.el.querySelector('h2').textContent = `${c.stage} ${c.n} ${yuan.format(c.sum / 100)}`);
  cols.forEach(paint);
  let dragging = null;
  document.addEventListener('pointerdown', (e) => {
    dragging = e.target.closest('li');
  });
  document.addEventListener('pointerup', (e) => {
    if (!dragging) return;
    const t0 = performance.now();
    const card = dragging;
    dragging = null;
    const to = cols.find((c) => c.el.contains(document.elementFromPoint(e.clientX, e.clientY)));
    const from = cols.find((c) => c.el.contains(card));
    if (!to || to === from) return;
    const deal = { ...byId.get(card.dataset.id), stage: to.stage, updated_at: new Date().toISOString() };
    const t = db.transaction('deals', 'readwrite');
    t.objectStore('deals').put(deal);
    t.oncomplete = () => {
      byId.set(deal.id, deal);
      to.list.prepend(card);
      from.n -= 1;
      from.sum -= deal.amount.minor;
      to.n += 1;
      to.sum += deal.amount.minor;
      paint(from);
      paint(to);
      window.__dropMs = performance.now() - t0;
    };
  });
  window.__dragReady = true;
}

window.baseline = { setupImport, coldStart, setupBoard, setupDrag };
