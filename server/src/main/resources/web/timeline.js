// Dyad timeline: for one directed dyad, events per period by QuadClass (stacked bars) and summed Goldstein (line).
'use strict';
nav('timeline.html');
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
const status = document.getElementById('status');
const select = document.getElementById('dyad');
const QUADS = [['q1_verbal_coop', 'verbal cooperation', '#86efac'], ['q2_material_coop', 'material cooperation', '#15803d'],
  ['q3_verbal_conflict', 'verbal conflict', '#fca5a5'], ['q4_material_conflict', 'material conflict', '#b91c1c']];

async function dyads() {
  const all = await api('/api/dyads?by=month&mentions=true');
  const counts = new Map();
  for (const r of all.rows) { const k = r.source + '>' + r.target; counts.set(k, (counts.get(k) || 0) + r.events); }
  const wanted = param('source') && param('target') ? param('source').toUpperCase() + '>' + param('target').toUpperCase() : null;
  if (wanted && !counts.has(wanted)) counts.set(wanted, 0);
  const keys = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a));
  select.replaceChildren(...keys.map(k => el('option', { value: k, text: k.replace('>', ' → ') + ' (' + counts.get(k) + ')' })));
  if (wanted) select.value = wanted;
  if (param('by')) document.getElementById('by').value = param('by');
}

async function show() {
  if (!select.value) { status.textContent = 'no dyads in the database yet: code an article first'; return; }
  const [source, target] = select.value.split('>');
  const by = document.getElementById('by').value;
  const mentions = document.getElementById('mentions').checked;
  try {
    const r = await api('/api/dyads?' + new URLSearchParams({ by, source, target, mentions }));
    const periods = r.rows.map(x => x.period);
    chart.setOption({
      title: { text: source + ' → ' + target + ', events per ' + by },
      tooltip: { trigger: 'axis' }, legend: { top: 28 }, grid: { top: 70 },
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
      series: [...QUADS.map(([k, name, colour]) => ({ type: 'bar', stack: 'q', name, color: colour, data: r.rows.map(x => x[k]) })),
        { type: 'line', name: 'Goldstein (sum)', yAxisIndex: 1, color: '#1e3a8a', data: r.rows.map(x => x.goldstein) }]
    }, true);
    document.querySelector('#data tbody').replaceChildren(...r.rows.map(x => el('tr', {},
      el('td', { text: x.period }), QUADS.map(([k]) => el('td', { text: x[k] })), el('td', { text: x.goldstein }))));
    document.getElementById('chart').dataset.points = String(r.rows.length);
    status.textContent = r.rows.length ? '' : 'no dated events for this dyad';
  } catch (e) { showError(status, e); }
}

document.getElementById('dyad-form').addEventListener('submit', e => { e.preventDefault(); show(); });
dyads().then(show).catch(e => showError(status, e));
