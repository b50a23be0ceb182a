// Printers for the CLI: a readable summary, Graphviz dot. (JSON is JSON.stringify.)
import { type GeneratorGraph, generatorKey, type StageGraph } from '../halide/graph';

function opsSummary(ops: Record<string, Record<string, number>>): string {
  return Object.entries(ops)
    .map(([k, byType]) => `${k}×${Object.values(byType).reduce((a, b) => a + b, 0)}`)
    .join(' ');
}

/** The report line naming the sizes a command guessed (none: no line), shared by predict, suggest and profile. */
export function guessedSizesLines(guessed: readonly string[] | undefined): string[] {
  return guessed?.length ? [`  sizes guessed (the generator sets no estimates for them): ${guessed.join('; ')}`] : [];
}

/** How the printed output names where a graph came from. */
export function originLabel(g: Pick<GeneratorGraph, 'origin'>): string {
  return g.origin === 'compiled' ? 'origin: compiled by Halide' : 'origin: static front end';
}

function generatorText(g: GeneratorGraph): string {
  const lines: string[] = [];
  lines.push(`generator ${generatorKey(g)} (class ${g.className})${g.autoSchedule ? ' [auto_schedule]' : ''} [${originLabel(g)}]`);
  for (const p of g.params) lines.push(`  param  ${p.name}: ${p.cppType} = ${p.value ?? p.text}`);
  for (const io of [...g.inputs.map((i) => ['input ', i] as const), ...g.outputs.map((o) => ['output', o] as const)]) {
    const [label, i] = io;
    const est = i.kind === 'scalar'
      ? (i.scalarEstimate !== null ? ` estimate ${i.scalarEstimate}` : '')
      : ' [' + i.estimates.map((e) => (e ? `${e.min ?? '?'}..+${e.extent ?? '?'}` : '?')).join(', ') + ']';
    lines.push(`  ${label} ${i.name}: ${i.kind}<${i.type ?? '?'}> dims=${i.dims}${est}`);
  }
  lines.push(`  ${g.funcs.length} funcs, ${g.stages.length} stages, ${g.edges.length} edges, ${g.schedule.filter((d) => d.applies).length} directives in force`);
  for (const s of g.stages) {
    const producers = [...new Set(s.calls.map((c) => c.callee))].join(', ');
    lines.push(`  stage ${s.id.padEnd(24)} ${s.kind.padEnd(6)} (${s.args.join(', ')})  <- ${producers || '-'}   ${opsSummary(s.ops)}`);
    for (const d of g.schedule.filter((d) => d.func === s.func && d.stage === s.index)) {
      if (d.name === 'update') continue;
      const mark = d.applies ? ' ' : '-';
      lines.push(`      ${mark} .${d.name}(${d.args.join(', ')})${d.branch !== 'always' ? `  [${d.branch}]` : ''}${d.source === 'schedule.h' ? '  [schedule.h]' : ''}`);
    }
  }
  return lines.join('\n');
}

export function graphText(graph: StageGraph): string {
  const parts = graph.generators.map(generatorText);
  if (graph.generators.length === 0) parts.push('no Halide::Generator subclass found');
  for (const d of graph.diagnostics) {
    parts.push(`${d.uri ?? graph.uri}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} [${d.code}]`);
  }
  return parts.join('\n');
}

function q(s: string): string {
  return JSON.stringify(s);
}

export function graphDot(graph: StageGraph): string {
  const out = ['digraph halide {', '  rankdir=LR;', '  node [shape=box, fontname="monospace"];'];
  graph.generators.forEach((g, gi) => {
    out.push(`  subgraph cluster_${gi} {`, `    label=${q(generatorKey(g))};`);
    for (const i of g.inputs.filter((i) => i.kind !== 'scalar')) out.push(`    ${q(`${gi}:${i.name}`)} [label=${q(i.name)}, shape=ellipse];`);
    for (const s of g.stages) out.push(`    ${q(`${gi}:${s.id}`)} [label=${q(s.id)}];`);
    for (const e of g.edges) {
      const producer = g.funcs.find((f) => f.name === e.producer);
      // A Func's edge starts at its last stage written before the consumer (the value it reads).
      const from = producer ? producer.stages[producer.stages.length - 1] : e.producer;
      const src = producer && e.consumer.startsWith(`${e.producer}.`) ? producer.stages[Number(e.consumer.split('.').pop()) - 1] : from;
      out.push(`    ${q(`${gi}:${src}`)} -> ${q(`${gi}:${e.consumer}`)};`);
    }
    out.push('  }');
  });
  out.push('}');
  return out.join('\n');
}
