// Events: the filters of `dyad query`, a table sortable by any column, links to the article view.
'use strict';
nav('events.html');
const PAGE = 100;
const columns = [
  ['article', e => e.article_id], ['#', e => e.idx], ['date', e => e.event_date], ['source', e => e.source && e.source.code],
  ['target', e => e.target && e.target.code], ['CAMEO', e => e.cameo], ['name', e => e.cameo_name],
  ['Quad', e => e.quad_class], ['Goldstein', e => e.goldstein], ['modality', e => e.modality],
  ['trigger', e => e.trigger && e.trigger.text], ['confidence', e => e.confidence]];
let rows = [], sortCol = null, sortDir = 1, offset = 0, total = 0;
const form = document.getElementById('filters');
for (const [k, v] of new URLSearchParams(location.search)) if (form.elements[k]) form.elements[k].value = v;

function draw() {
  const head = el('tr', {}, columns.map(([name], i) => el('th', {
    class: i === sortCol ? (sortDir > 0 ? 'sorted-asc' : 'sorted-desc') : null, text: name,
    onclick: () => { sortDir = sortCol === i ? -sortDir : 1; sortCol = i; draw(); } })));
  document.querySelector('#events thead').replaceChildren(head);
  const sorted = [...rows];
  if (sortCol !== null) {
    const f = columns[sortCol][1];
    sorted.sort((a, b) => { const x = f(a), y = f(b);
      return (x === y ? 0 : x === null || x === undefined ? 1 : y === null || y === undefined ? -1 : x < y ? -1 : 1) * sortDir; });
  }
  document.querySelector('#events tbody').replaceChildren(...sorted.map(e => el('tr', {},
    columns.map(([name, f], i) => el('td', {}, i === 0
      ? el('a', { href: 'index.html?id=' + encodeURIComponent(e.article_id) + '#event-' + e.idx, text: f(e) })
      : (f(e) ?? '—'))))));
  document.getElementById('page').textContent = total ? (offset + 1) + '–' + (offset + rows.length) + ' of ' + total : 'no events';
}

async function load() {
  const q = new URLSearchParams();
  for (const i of form.elements) if (i.name && i.value) q.set(i.name, i.value);
  q.set('limit', PAGE); q.set('offset', offset);
  try {
    const r = await api('/api/events?' + q);
    rows = r.events; total = r.total;
    document.getElementById('status').textContent = '';
    draw();
  } catch (e) { showError(document.getElementById('status'), e); }
}
form.addEventListener('submit', e => { e.preventDefault(); offset = 0; load(); });
document.getElementById('prev').onclick = () => { offset = Math.max(0, offset - PAGE); load(); };
document.getElementById('next').onclick = () => { if (offset + PAGE < total) { offset += PAGE; load(); } };
load();
