// Article view: the text with actors, triggers, dates, places and quotes marked, the event cards beside it
// (a click marks the card's spans), a correction form on each card, and a form to code a pasted article.
'use strict';
nav('index.html');
const statusBox = document.getElementById('status');
const view = document.getElementById('article');

function eventSpans(ev, text) {
  const s = [];
  const add = (span, kind) => { if (span && span.length === 2 && span[1] > span[0]) s.push({ start: span[0], end: span[1], kind }); };
  if (ev.source) add(ev.source.span, 'actor');
  if (ev.target) add(ev.target.span, 'actor');
  if (ev.attributed_to) add(ev.attributed_to.span, 'actor');
  if (ev.trigger) add(ev.trigger.span, 'trigger');
  if (ev.location) add(ev.location.span, 'place');
  const d = dateSpan(ev, text);
  if (d) add(d, 'date');
  return s;
}

// The contract gives the date's words (date_text) but no span: take the occurrence nearest the trigger.
function dateSpan(ev, text) {
  if (!ev.date_text || !ev.trigger || ev.date_basis === 'publication') return null;
  let best = null;
  for (let i = text.indexOf(ev.date_text); i >= 0; i = text.indexOf(ev.date_text, i + 1)) {
    if (best === null || Math.abs(i - ev.trigger.span[0]) < Math.abs(best - ev.trigger.span[0])) best = i;
  }
  return best === null ? null : [best, best + ev.date_text.length];
}

function renderText(doc) {
  const text = doc.article.text || '';
  const marks = [];
  for (const a of doc.actors || []) marks.push({ start: a.span[0], end: a.span[1], kind: 'actor', title: a.code + ' (' + a.rule + ')' });
  for (const q of doc.quotes || []) marks.push({ start: q.span[0], end: q.span[1], kind: 'quote', title: 'quote' });
  for (const ev of doc.events || []) for (const m of eventSpans(ev, text)) if (m.kind !== 'actor') marks.push(m);
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = el('div', { class: 'text', id: 'text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const on = marks.filter(m => m.start <= a && b <= m.end);
    const seg = el('span', { 'data-start': a, 'data-end': b }, text.slice(a, b));
    if (on.length) {
      seg.className = [...new Set(on.map(m => m.kind))].join(' ');
      const titles = on.filter(m => m.title).map(m => m.title);
      if (titles.length) seg.title = titles.join('; ');
    }
    box.append(seg);
  }
  return box;
}

function focus(doc, ev, card) {
  document.querySelectorAll('.card.selected').forEach(c => c.classList.remove('selected'));
  document.querySelectorAll('#text .focus').forEach(s => s.classList.remove('focus'));
  card.classList.add('selected');
  const spans = eventSpans(ev, doc.article.text || '');
  for (const seg of document.querySelectorAll('#text span')) {
    const a = +seg.dataset.start, b = +seg.dataset.end;
    if (spans.some(s => s.start < b && a < s.end)) seg.classList.add('focus');
  }
}

// A source the text does not state has code "---" and no text: show the reason instead.
function actorText(a) {
  if (!a) return '—';
  return (a.text === null ? 'not stated' : a.text) + ' (' + a.code + ')';
}

function card(doc, ev) {
  const row = (k, v) => [el('dt', { text: k }), el('dd', { text: v === null || v === undefined || v === '' ? '—' : v })];
  const plover = ev.plover && ev.plover.event ? ev.plover.event + (ev.plover.mode ? ' / ' + ev.plover.mode : '') : null;
  const date = ev.event_date ? ev.event_date + (ev.date_text ? ' ("' + ev.date_text + '", ' + ev.date_basis + ')' : ' (' + ev.date_basis + ')') : null;
  const c = el('div', { class: 'card event-card', id: 'event-' + ev.idx, 'data-idx': ev.idx, style: 'border-left-color:' + goldsteinColour(ev.goldstein) },
    el('h3', {}, '#' + ev.idx + ' ' + actorText(ev.source) + ' → ' + actorText(ev.target)),
    el('dl', {},
      row('CAMEO', ev.cameo + ' ' + (ev.cameo_name || '')), row('PLOVER', plover), row('QuadClass', ev.quad_class),
      row('Goldstein', ev.goldstein), row('modality', ev.modality), row('date', date),
      row('place', ev.location ? ev.location.text + ' (' + (ev.location.name || ev.location.country) + ')' : null),
      row('said by', ev.attributed_to ? actorText(ev.attributed_to) : null),
      row('trigger', ev.trigger ? ev.trigger.text : null), row('confidence', ev.confidence), row('rule', ev.rule)));
  const existing = (doc.corrections || []).filter(k => k.event_idx === ev.idx);
  for (const k of existing) c.append(el('p', { class: 'saved', text: correctionText(k) }));
  if (doc.stored !== false) c.append(correctionForm(doc, ev, c));
  c.addEventListener('click', e => { if (!e.target.closest('form')) focus(doc, ev, c); });
  return c;
}

function correctionText(k) {
  const fix = [k.source && 'source ' + k.source, k.target && 'target ' + k.target, k.cameo && 'CAMEO ' + k.cameo,
    k.event_date && 'date ' + k.event_date].filter(Boolean).join(', ');
  return 'correction C' + k.id + ': ' + k.verdict + (fix ? ' (' + fix + ')' : '') + (k.note ? ' — ' + k.note : '');
}

function correctionForm(doc, ev, cardEl) {
  const verdict = el('select', { name: 'verdict', class: 'verdict' },
    el('option', { value: 'wrong', text: 'wrong' }), el('option', { value: 'fixed', text: 'fix to' }),
    el('option', { value: 'correct', text: 'correct' }));
  const input = (name, ph) => el('input', { name, class: name, placeholder: ph });
  const source = input('source', 'source'), target = input('target', 'target ("-": none)'),
    cameo = input('cameo', 'CAMEO'), date = input('event_date', 'date'), note = input('note', 'note');
  const out = el('span', { class: 'result', 'aria-live': 'polite' });
  const f = el('form', { class: 'correction' }, verdict, source, target, cameo, date, note,
    el('button', { type: 'submit', class: 'save-correction', text: 'Save correction' }), out);
  f.addEventListener('submit', async e => {
    e.preventDefault();
    const body = { verdict: verdict.value, source: source.value, target: target.value, cameo: cameo.value,
      event_date: date.value, note: note.value, coder: 'workbench' };
    try {
      const k = await api('/api/articles/' + encodeURIComponent(doc.article.id) + '/events/' + ev.idx + '/corrections',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      out.replaceChildren(el('span', { class: 'saved', text: 'saved ' + correctionText(k) }));
    } catch (err) {
      out.replaceChildren(el('span', { class: 'error', text: err.message }));
    }
  });
  return f;
}

function render(doc) {
  const legend = el('p', { class: 'legend' }, el('span', { class: 'actor', text: 'actor' }),
    el('span', { class: 'trigger', text: 'event trigger' }), el('span', { class: 'date', text: 'date' }),
    el('span', { class: 'place', text: 'place' }), el('span', { class: 'quote', text: 'quote' }));
  const a = doc.article;
  view.replaceChildren(
    el('h2', { id: 'article-title', text: (a.title || a.id) + ' — ' + a.date }), legend,
    el('div', { class: 'article' }, renderText(doc),
      el('div', { class: 'cards', id: 'cards' },
        el('p', { text: (doc.events || []).length + ' events' + (doc.stored === false ? ' (not stored)' : '') }),
        (doc.events || []).map(ev => card(doc, ev)))));
}

async function load(id) {
  statusBox.textContent = 'loading ' + id + ' …';
  try {
    render(await api('/api/articles/' + encodeURIComponent(id)));
    document.getElementById('paste').open = false;
    statusBox.textContent = '';
  } catch (e) { showError(statusBox, e); }
}

document.getElementById('code-form').addEventListener('submit', async e => {
  e.preventDefault();
  const v = name => document.getElementById('f-' + name).value;
  const article = { id: v('id'), text: v('text'), date: v('date') || null, title: v('title') || null };
  const keep = document.getElementById('f-store').checked;
  statusBox.textContent = 'coding … (the first article waits for the pipeline to load)';
  try {
    const doc = await api('/api/code?store=' + keep, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(article) });
    render(doc);
    statusBox.textContent = 'coded ' + doc.events.length + ' events' + (keep ? ', stored' : '');
    if (keep) history.replaceState(null, '', '?id=' + encodeURIComponent(article.id));
  } catch (err) { showError(statusBox, err); }
});

const initial = param('id');
if (initial) load(initial);
