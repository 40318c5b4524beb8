// Shared helpers of the workbench pages. Article content is only ever put in the page as text nodes
// (el() and textContent), never as HTML, so nothing in an article can run or break out of an attribute.
'use strict';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k.startsWith('data-')) e.setAttribute(k, String(v));
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, options) {
  const r = await fetch(path, options);
  const type = r.headers.get('Content-Type') || '';
  const body = type.includes('json') && !type.includes('ndjson') ? await r.json() : await r.text();
  if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
  return body;
}

function nav(active) {
  const links = [['index.html', 'Article'], ['events.html', 'Events'], ['timeline.html', 'Dyad timeline'],
    ['network.html', 'Actor network']];
  const n = el('nav', {}, el('strong', { text: 'dyad workbench' }),
    links.map(([href, label]) => el('a', { href, class: href === active ? 'active' : null, text: label })),
    el('a', { href: '/api/corrections/gold', download: 'corrections.gold.jsonl', text: 'Corrections (gold file)' }));
  document.body.prepend(n);
}

function param(name) {
  return new URLSearchParams(location.search).get(name);
}

function showError(where, e) {
  where.replaceChildren(el('p', { class: 'error', role: 'alert', text: String(e.message || e) }));
}

// Goldstein -10 (red) .. 0 (grey) .. +10 (green)
function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150], red = [200, 40, 40], green = [40, 150, 60];
  const to = t < 0 ? red : green, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return 'rgb(' + c.join(',') + ')';
}
