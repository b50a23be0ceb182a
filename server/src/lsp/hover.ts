// Hover on a Func: each stage's predicted (and measured) time and, in plain words, the quantities of
// the schedule that drive it: points computed, recompute, vector width, parallel tasks, bytes moved.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { StageQuantities } from '../analysis/quantities';
import type { FuncInfo } from '../halide/graph';
import type { CalibrationSummary } from './calibration';
import type { WhatIfResult } from './workerMessages';
import { carriesMeasured, predictedMs, type CostView } from './costs';
import { formatBytes, formatCount, formatMs, formatShare } from './format';

/** The identifier under a position (C++ identifier characters). */
export function wordAt(lineText: string, character: number): { word: string; start: number; end: number } | null {
  const isId = (c: string | undefined) => !!c && /[A-Za-z0-9_]/.test(c);
  let s = character, e = character;
  while (isId(lineText[s - 1])) s--;
  while (isId(lineText[e])) e++;
  if (s === e || /^[0-9]/.test(lineText[s])) return null;
  return { word: lineText.slice(s, e), start: s, end: e };
}

export function findFunc(v: CostView, word: string): FuncInfo | undefined {
  return v.graph.funcs.find((f) => f.cppName === word || f.name === word) ?? v.graph.funcs.find((f) => f.cppName.startsWith(`${word}[`));
}

function placementWords(q: StageQuantities): string {
  if (q.placement === 'inline') return 'inlined into its consumers (no loops of its own)';
  if (q.placement === 'root') return 'computed at root (once, before its consumers)';
  const at = q.computeAt ? `${q.computeAt.func}'s loop ${q.computeAt.loop.split('.').pop()}` : 'a consumer loop';
  const store = q.storeAt && q.computeAt && q.storeAt.loop !== q.computeAt.loop ? `, stored at ${q.storeAt.func}'s loop ${q.storeAt.loop.split('.').pop()}` : '';
  return `computed at ${at}${store}`;
}

/** The quantities of one stage, one short sentence each. */
export function quantityLines(q: StageQuantities): string[] {
  const lines = [placementWords(q)];
  if (q.pointsComputed !== null) {
    let s = `computes ${formatCount(q.pointsComputed)} points`;
    if (q.recomputeFactor !== null && q.recomputeFactor > 1.005) s += ` — ${((q.recomputeFactor - 1) * 100).toFixed(q.recomputeFactor < 1.1 ? 1 : 0)}% more than needed (overlapping tiles recompute their halo)`;
    else if (q.recomputeFactor !== null) s += ' (no recompute)';
    if (q.realizations !== null && q.realizations > 1) s += `, in ${formatCount(q.realizations)} realizations`;
    lines.push(s);
  } else lines.push('points computed unknown (a missing estimate or an extent the front end cannot read)');
  if (q.placement !== 'inline') {
    lines.push(q.vectorWidth && q.vectorWidth > 1 ? `vectorized ${q.vectorWidth} wide` : 'not vectorized');
    if (q.parallelTasks !== null) lines.push(q.parallelTasks > 1 ? `${formatCount(q.parallelTasks)} parallel tasks per realization` : 'serial (no parallel loop of its own)');
    if (q.unrollFactor && q.unrollFactor > 1) lines.push(`unrolled × ${q.unrollFactor}`);
  }
  lines.push(`reads ${formatBytes(q.bytesReadPerPoint)} and writes ${formatBytes(q.bytesWrittenPerPoint)} per point` +
    (q.pointsComputed !== null ? ` (${formatBytes((q.bytesReadPerPoint + q.bytesWrittenPerPoint) * q.pointsComputed)} moved in all)` : ''));
  if (q.storageBytes !== null && q.placement !== 'inline') lines.push(`one allocation holds ${formatBytes(q.storageBytes)}`);
  if (q.inlined.length) lines.push(`folds in the inlined ${q.inlined.join(', ')}`);
  return lines;
}

function accuracyWords(c: CalibrationSummary): string {
  if (c.pairs === 0) return 'No profile with predictions to compare on this machine yet: predictions are the model\'s, uncalibrated. "Profile on this machine" calibrates them.';
  let s = c.factor !== 1
    ? `Calibrated for this machine: model × ${c.factor.toFixed(2)}, fitted on ${c.pairs} measured Func times.`
    : `Not calibrated yet (${c.pairs} measured Func time${c.pairs === 1 ? '' : 's'}; at least 3 are needed).`;
  if (c.last?.before) s += ` Last profile: predictions typically off × ${c.last.before.typicalFactor.toFixed(2)} raw`;
  if (c.last?.after) s += `, × ${c.last.after.typicalFactor.toFixed(2)} with the calibration before it`;
  if (c.last?.before) s += '.';
  return s;
}

export function funcHover(v: CostView, f: FuncInfo, quantities: StageQuantities[] | null, calibration: CalibrationSummary | null): Hover {
  const out: string[] = [`**Func \`${f.name}\`**${f.kind === 'output' ? ' (output)' : ''} — ${f.stages.length} stage${f.stages.length === 1 ? '' : 's'}`];
  const p = v.prediction;
  if (p.kind === 'failed') out.push(`_No prediction: ${p.error}_`);
  else if (p.kind === 'pending') out.push('_Predicting…_');
  for (const id of f.stages) {
    const s = v.graph.stages.find((x) => x.id === id);
    if (!s) continue;
    const ms = predictedMs(v, s);
    const head: string[] = [`\`${id}\` (${s.kind === 'pure' ? 'pure definition' : `update ${s.index - 1}`})`];
    if (ms !== null && p.kind === 'ok') head.push(`predicted ${formatMs(ms)} (${formatShare(ms / p.totalMs)} of the pipeline)`);
    if (carriesMeasured(v, s)) {
      const m = v.measuredByFunc.get(s.func)!;
      head.push(`measured ${formatMs(m)}${f.stages.length > 1 ? ' for all its stages' : ''}${v.measuredStale ? ' (before edits)' : ''}`);
    }
    out.push(head.join(' — '));
    const q = quantities?.find((x) => x.stage === id);
    if (q) out.push(quantityLines(q).map((l) => `- ${l}`).join('\n'));
  }
  if (v.measured && !v.measuredByFunc.has(f.name) && v.measured.summary.inlined.includes(f.name)) {
    out.push(`_The profiler has no time of its own for ${f.name}: it was inlined, so its cost is inside its consumers._`);
  }
  if (calibration) out.push(`_${accuracyWords(calibration)}_`);
  // Which reading of the generator the numbers come from.
  out.push(v.graph.origin === 'compiled'
    ? '_Graph: Halide\'s own (the generator was built in the background; the static reading is incomplete)._'
    : '_Graph: read from the source as you type._');
  return { contents: { kind: MarkupKind.Markdown, value: out.join('\n\n') } };
}

/**
 * Hover on a schedule directive: the pipeline's predicted total now, without the directive, and with
 * each alternative placement, all from one batch of predictions (times the calibration factor in use).
 */
export function whatIfHover(r: WhatIfResult, factor: number): Hover {
  const now = r.baseMs !== null ? r.baseMs * factor : null;
  const rel = (ms: number | null) => {
    if (ms === null || now === null) return '';
    const x = ms / now;
    return x >= 1 ? `${((x - 1) * 100).toFixed(x < 1.1 ? 1 : 0)}% slower` : `${((1 - x) * 100).toFixed(x > 0.9 ? 1 : 0)}% faster`;
  };
  const lines = [
    `**\`${r.directive}\`** — what if (predicted total of \`${r.generator}\`):`, '',
    '| schedule | predicted total | against now |', '| --- | ---: | ---: |',
    `| as written | ${now !== null ? formatMs(now) : 'not predicted'} | |`,
    ...r.rows.map((row) => {
      const ms = row.totalMs !== null ? row.totalMs * factor : null;
      return `| ${row.label} | ${ms !== null ? formatMs(ms) : 'not predicted'} | ${rel(ms)} |`;
    }),
    '', '_The cost model\'s predictions, not measurements._',
  ];
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: r.range };
}
