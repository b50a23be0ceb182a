// "Show stage graph": a webview drawing each generator's Funcs as a layered graph (inputs left,
// outputs right), coloured by predicted or measured cost. Plain SVG and CSS, no scripts, no CDN;
// the predicted/measured switch is two radio buttons and a CSS rule.
import { generatorKey, type StageCostsResult } from './lsp_ext';

const W = 170, H = 46, GAP_X = 70, GAP_Y = 18, PAD = 16;

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

function ms(v: number): string {
  if (v >= 1000) return `${(v / 1000).toPrecision(3)} s`;
  if (v >= 1) return `${v.toPrecision(3)} ms`;
  return `${(v * 1000).toPrecision(3)} µs`;
}

/** Cost relative to the most expensive, 0..1 -> fill: pale yellow for cheap, deep red for the most expensive; grey when unknown. */
export function heat(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return 'rgba(128,128,128,0.25)';
  const t = Math.max(0, Math.min(1, share));
  return `hsl(${Math.round(55 - 55 * t)}, 85%, ${Math.round(82 - 40 * t)}%)`;
}

interface Node { id: string; label: string; kind: 'input' | 'func'; layer: number; row: number; predicted: number | null; measured: number | null }

function layout(g: StageCostsResult['graph']['generators'][number], costs: StageCostsResult['generators'][number] | undefined): { nodes: Node[]; edges: [string, string][] } {
  const funcOf = new Map(g.stages.map((s) => [s.id, s.func]));
  const edges = new Map<string, [string, string]>();
  for (const e of g.edges) {
    const to = funcOf.get(e.consumer);
    if (to && to !== e.producer) edges.set(`${e.producer}>${to}`, [e.producer, to]);
  }
  const names = [...g.inputs.filter((i) => i.kind !== 'scalar').map((i) => i.name), ...g.funcs.map((f) => f.name)];
  const preds = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const [a, b] of edges.values()) preds.get(b)?.push(a);
  const layer = new Map<string, number>();
  const depth = (n: string, seen = new Set<string>()): number => {
    if (layer.has(n)) return layer.get(n)!;
    if (seen.has(n)) return 0;
    seen.add(n);
    const d = Math.max(-1, ...(preds.get(n) ?? []).filter((p) => preds.has(p)).map((p) => depth(p, seen))) + 1;
    layer.set(n, d);
    return d;
  };
  names.forEach((n) => depth(n));
  const rows = new Map<number, number>();
  const sum = (xs: (number | null)[]) => (xs.length && xs.every((x) => x !== null) ? xs.reduce<number>((a, b) => a + b!, 0) : null);
  const nodes: Node[] = names.map((n) => {
    const l = layer.get(n) ?? 0;
    const row = rows.get(l) ?? 0;
    rows.set(l, row + 1);
    const stages = costs?.stages.filter((s) => s.func === n) ?? [];
    return {
      id: n, label: n, kind: g.inputs.some((i) => i.name === n) ? 'input' : 'func', layer: l, row,
      predicted: stages.length ? sum(stages.map((s) => s.predictedMs)) : null,
      measured: stages[0]?.measuredMs ?? null,
    };
  });
  return { nodes, edges: [...edges.values()].filter(([a, b]) => preds.has(a) && preds.has(b)) };
}

function svgFor(nodes: Node[], edges: [string, string][], mode: 'predicted' | 'measured', total: number | null): string {
  const at = new Map(nodes.map((n) => [n.id, { x: PAD + n.layer * (W + GAP_X), y: PAD + n.row * (H + GAP_Y) }]));
  const width = PAD * 2 + (Math.max(0, ...nodes.map((n) => n.layer)) + 1) * (W + GAP_X) - GAP_X;
  const height = PAD * 2 + (Math.max(0, ...nodes.map((n) => n.row)) + 1) * (H + GAP_Y) - GAP_Y;
  const parts: string[] = [];
  // Colour by cost relative to the most expensive Func, so that long pipelines still show contrast.
  const top = Math.max(0, ...nodes.map((n) => (mode === 'predicted' ? n.predicted : n.measured) ?? 0));
  for (const [a, b] of edges) {
    const p = at.get(a)!, q = at.get(b)!;
    const x1 = p.x + W, y1 = p.y + H / 2, x2 = q.x, y2 = q.y + H / 2, mx = (x1 + x2) / 2;
    parts.push(`<path class="edge" d="M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}" marker-end="url(#arrow)"/>`);
  }
  for (const n of nodes) {
    const { x, y } = at.get(n.id)!;
    const v = mode === 'predicted' ? n.predicted : n.measured;
    const share = v !== null && total ? v / total : null;
    const fill = n.kind === 'input' ? 'transparent' : heat(v !== null && top > 0 ? v / top : null);
    const sub = n.kind === 'input' ? 'input' : v === null ? (mode === 'measured' ? 'not measured (inlined?)' : 'no prediction') : `${ms(v)} · ${Math.round((share ?? 0) * 100)}%`;
    parts.push(`<g class="node ${n.kind}"><title>${esc(n.id)}: predicted ${n.predicted === null ? '—' : ms(n.predicted)}, measured ${n.measured === null ? '—' : ms(n.measured)}</title>` +
      `<rect x="${x}" y="${y}" width="${W}" height="${H}" rx="6" fill="${fill}"/>` +
      `<text x="${x + 8}" y="${y + 18}" class="name">${esc(n.label.length > 22 ? n.label.slice(0, 21) + '…' : n.label)}</text>` +
      `<text x="${x + 8}" y="${y + 36}" class="cost">${esc(sub)}</text></g>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>' +
    parts.join('') + '</svg>';
}

export function stageGraphHtml(r: StageCostsResult, cspSource: string, title: string): string {
  const sections = r.graph.generators.map((g) => {
    const costs = r.generators.find((c) => c.generator === generatorKey(g));
    const { nodes, edges } = layout(g, costs);
    const pt = costs?.predictedTotalMs ?? null, mt = costs?.measuredTotalMs ?? null;
    return `<section><h2>${esc(generatorKey(g))}</h2>` +
      `<p class="totals">predicted ${pt === null ? `— ${esc(r.modelError ?? 'no prediction yet')}` : ms(pt)} · measured ${mt === null ? '— (run “Profile on this machine”)' : ms(mt)}</p>` +
      `<div class="view predicted">${svgFor(nodes, edges, 'predicted', pt)}</div>` +
      `<div class="view measured">${svgFor(nodes, edges, 'measured', mt)}</div></section>`;
  }).join('');
  const anyMeasured = r.generators.some((g) => g.measuredTotalMs !== null);
  const anyPredicted = r.generators.some((g) => g.predictedTotalMs !== null);
  const measuredFirst = anyMeasured && !anyPredicted;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource} data:;">
<title>${esc(title)}</title>
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 8px 16px; }
h1 { font-size: 1.2em; } h2 { font-size: 1.05em; margin: 18px 0 2px; } .totals { margin: 0 0 8px; opacity: .8; }
.edge { fill: none; stroke: var(--vscode-foreground); stroke-opacity: .45; } .arrowhead { fill: var(--vscode-foreground); fill-opacity: .6; }
rect { stroke: var(--vscode-foreground); stroke-opacity: .5; } .input rect { stroke-dasharray: 4 3; }
.node text { fill: var(--vscode-foreground); font-size: 12px; } .func text { fill: #1b1b1b; } .cost { font-size: 11px; }
.view { overflow-x: auto; } .view.measured { display: none; }
#by-measured:checked ~ main .view.measured { display: block; } #by-measured:checked ~ main .view.predicted { display: none; }
label { margin-right: 14px; }
</style></head><body>
<h1>${esc(title)}</h1>
<input type="radio" name="mode" id="by-predicted" ${measuredFirst ? '' : 'checked'}><label for="by-predicted">colour by predicted cost</label>
<input type="radio" name="mode" id="by-measured" ${measuredFirst ? 'checked' : ''}><label for="by-measured">colour by measured cost</label>
<main>${sections || '<p>No Halide generator in this document.</p>'}</main>
</body></html>`;
}
