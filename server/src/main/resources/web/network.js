// Actor network: ECharts force layout; node size by events, edge width by count, colour by mean Goldstein.
'use strict';
nav('network.html');
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
const status = document.getElementById('status');
const esc = s => String(s).replace(/[&<>"']/g, c => '&#' + c.charCodeAt(0) + ';');

async function show() {
  try {
    const mentions = document.getElementById('mentions').checked;
    const r = await api('/api/network?mentions=' + mentions);
    const max = Math.max(1, ...r.edges.map(e => e.events));
    const maxNode = Math.max(1, ...r.nodes.map(n => n.events));
    chart.setOption({
      tooltip: { formatter: p => p.dataType === 'edge'
        ? esc(p.data.source + ' → ' + p.data.target + ': ' + p.data.events + ' events, mean Goldstein ' + p.data.mean)
        : esc(p.data.name + ': ' + p.data.events + ' events') },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, label: { show: true },
        force: { repulsion: 300, edgeLength: [60, 180] }, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
        lineStyle: { curveness: 0.15, opacity: 0.9 },
        data: r.nodes.map(n => ({ name: n.id, events: n.events, symbolSize: 14 + 30 * Math.sqrt(n.events / maxNode),
          itemStyle: { color: '#475569' } })),
        links: r.edges.map(e => ({ source: e.source, target: e.target, events: e.events, mean: e.mean_goldstein,
          lineStyle: { width: 1 + 7 * e.events / max, color: goldsteinColour(e.mean_goldstein) } }))
      }]
    }, true);
    document.getElementById('chart').dataset.nodes = String(r.nodes.length);
    document.getElementById('chart').dataset.edges = String(r.edges.length);
    status.textContent = r.nodes.length ? r.nodes.length + ' actors, ' + r.edges.length + ' directed dyads'
      : 'no events with a source and a target yet';
  } catch (e) { showError(status, e); }
}
document.getElementById('mentions').addEventListener('change', show);
show();
