// `halide-lens rank --across-targets`: the same plan item (pipeline, schedule source, seed) measured
// on one hardware for two targets (collect --target: AVX2 beside the host's AVX-512) is a pair; does
// the model's narrow/wide ratio point the way the measured one does? Schedules an autoscheduler or
// natural_vector_size sizes for the target differ between the two; fixed ones are the same code.
import { bestMs, type Sample } from '../collect/dataset';
import type { SampleGraphs } from '../collect/trainingCache';
import { naturalLanes } from '../halide/target';
import type { CostModel } from '../model/costModel';
import { predictGraph } from '../model/predict';
import { describeRepeatability, describeTargetPairs, direction, repeatability, scoreTargetPairs, type TargetPair } from '../model/targetPairs';
import type { MachineFingerprint } from '../toolchain/machine';

interface Row extends TargetPair {
  pipeline: string; source: string; seed: number | null; narrow: string; wide: string; ms: [number, number]; pred: [number, number];
  /** Both targets ran one schedule text (the authors', or collect --replay's): only the instruction set differs. */
  sameCode: boolean;
  /** Timed back to back in one run (collect --pair-target): no drift between runs in the ratio. */
  backToBack: boolean;
}

/** Float lanes of a machine's target: which of two targets is the narrow one. */
function lanesOf(id: string, known: Record<string, MachineFingerprint>): number {
  return naturalLanes(known[id]?.target, 'float') ?? 0;
}

/**
 * Samples grouped by back-to-back pair (Sample.pair) where they have one, else by plan item, one per
 * machine id (the first measured).
 */
function pairUp(samples: readonly Sample[], known: Record<string, MachineFingerprint>): [Sample, Sample][] {
  const items = new Map<string, Map<string, Sample>>();
  for (const s of samples) {
    const k = s.pair ?? `${s.pipeline}|${s.schedule.source}|${s.schedule.seed}`;
    const byMachine = items.get(k) ?? new Map<string, Sample>();
    if (!byMachine.has(s.machine)) byMachine.set(s.machine, s);
    items.set(k, byMachine);
  }
  const pairs: [Sample, Sample][] = [];
  for (const byMachine of items.values()) {
    const ordered = [...byMachine.values()].sort((a, b) => lanesOf(a.machine, known) - lanesOf(b.machine, known));
    if (ordered.length < 2) continue;
    const [narrow, wide] = [ordered[0], ordered[ordered.length - 1]];
    if (lanesOf(narrow.machine, known) < lanesOf(wide.machine, known)) pairs.push([narrow, wide]);
  }
  return pairs;
}

export async function rankAcrossTargets(
  samples: readonly Sample[], known: Record<string, MachineFingerprint>, graphs: SampleGraphs, model: CostModel, json: boolean,
): Promise<string> {
  const rows: Row[] = [];
  const failed = new Map<string, number>();
  for (const [narrow, wide] of pairUp(samples, known)) {
    try {
      const pred: [number, number] = [
        (await predictGraph(model, graphs.graph(narrow), narrow.threads)).totalMs,
        (await predictGraph(model, graphs.graph(wide), wide.threads)).totalMs,
      ];
      const ms: [number, number] = [bestMs(narrow), bestMs(wide)];
      rows.push({
        pipeline: narrow.pipeline, source: narrow.schedule.source, seed: narrow.schedule.seed, narrow: known[narrow.machine].target, wide: known[wide.machine].target,
        ms, pred, measured: ms[0] / ms[1], predicted: pred[0] / pred[1], sameCode: narrow.schedule.textHash === wide.schedule.textHash,
        backToBack: narrow.pair !== undefined && narrow.pair === wide.pair,
      });
    } catch (err) {
      const why = (err as Error).message.split('\n')[0].slice(0, 120);
      failed.set(why, (failed.get(why) ?? 0) + 1);
    }
  }
  if (rows.length === 0) {
    throw new Error(`no schedule measured for two targets among these ${samples.length} samples: collect --target TARGET measures a narrower one`);
  }
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const bySource = sources.map((source) => ({ source, score: scoreTargetPairs(rows.filter((r) => r.source === source)) }));
  const byCode = ([['same code', (r: Row) => r.sameCode], ['other code', (r: Row) => !r.sameCode], ['timed back to back', (r: Row) => r.backToBack]] as const)
    .map(([code, has]) => ({ code, score: scoreTargetPairs(rows.filter(has)) }))
    .filter(({ score }) => score.pairs > 0);
  const all = scoreTargetPairs(rows);
  const repeat = measuredTwice(rows);
  // The table's rows: per source, then same-code and other-code pairs in parentheses.
  const labelled = [...bySource.map(({ source, score }) => ({ label: source, score })), ...byCode.map(({ code, score }) => ({ label: `(${code})`, score }))];
  if (json) return JSON.stringify({ all, bySource, byCode, repeat, failed: Object.fromEntries(failed), rows }, null, 1);
  const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)}%` : '-');
  return [
    `# one schedule source measured for two targets on one hardware: ${rows[0].narrow} against ${rows[0].wide}`,
    'ratio = narrow / wide time (> 1: the wide target is faster); agree: the same direction, or both within 10%; same code: one schedule text on both targets; back to back: timed in one run (collect --pair-target)',
    '',
    describeTargetPairs(all),
    '',
    ...(repeat ? [describeRepeatability(repeat), ''] : []),
    '| schedule source | pairs | agree | moved > 10% | predicted the same way | > 1.2x apart | predicted the same way | geomean measured | geomean predicted |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...labelled.map(({ label, score: s }) =>
      `| ${label} | ${s.pairs} | ${pct(s.agree, s.pairs)} | ${s.moved} | ${pct(s.movedAgree, s.moved)} | ${s.pastNoise} | ${pct(s.pastNoiseSameSign, s.pastNoise)} | ${s.geomeanMeasured.toFixed(3)} | ${s.geomeanPredicted.toFixed(3)} |`),
    '',
    'Per pipeline:',
    '',
    '| pipeline | pairs | agree | geomean measured | geomean predicted |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[...new Set(rows.map((r) => r.pipeline))].map((p) => {
      const s = scoreTargetPairs(rows.filter((r) => r.pipeline === p));
      return `| ${p} | ${s.pairs} | ${pct(s.agree, s.pairs)} | ${s.geomeanMeasured.toFixed(3)} | ${s.geomeanPredicted.toFixed(3)} |`;
    }),
    ...(failed.size ? ['', 'Pairs the model could not predict:', ...[...failed].map(([why, n]) => `- ${n}: ${why}`)] : []),
    ...(rows.some((r) => direction(r.measured) !== 0) ? [] : ['', 'No pair moved more than 10% when measured.']),
  ].join('\n');
}

/** Schedules timed back to back in two runs (collect --pair-target twice): the direction's noise floor. */
function measuredTwice(rows: readonly Row[]) {
  const runs = new Map<string, Row[]>();
  for (const r of rows) {
    if (!r.backToBack) continue;
    const k = `${r.pipeline}|${r.source}|${r.seed}`;
    runs.set(k, [...(runs.get(k) ?? []), r]);
  }
  const twice = [...runs.values()].filter((rs) => rs.length >= 2).map((rs): [Row, Row] => [rs[0], rs[1]]);
  return twice.length ? repeatability(twice) : null;
}
