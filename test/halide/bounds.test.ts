// The analysis layer against Halide 14 itself, from the cached pipeline dumps only (no compiles):
// where each Func is computed and stored, the loop dims of every realized stage (names and loop
// types, hand schedules and each autoscheduler's schedule.h), the regions Func::bound() fixes, the
// output estimates and the RDom ranges. A generator Halide cannot dump is reported, not skipped silently.
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { type GeneratorGraph, stageKey } from '../../server/src/halide/graph';
import { analyze, computeBounds } from '../../server/src/analysis/index';
import { indexGraph, rvarRange } from '../../server/src/analysis/graphIndex';
import { nameMatches } from '../../server/src/analysis/loopnest';
import type { Placement } from '../../server/src/analysis/loopnest';
import { locateHalide } from '../../server/src/toolchain/halide';
import { hostTarget } from '../../server/src/toolchain/target';
import { corpusFiles, ROOT } from '../paths';
import { getTruth, type LoopLevelJson, type PipelineDump, type ScheduleSource, type Truth } from './truth';

const SOURCES: ScheduleSource[] = ['hand', 'adams2019', 'mullapudi2016', 'li2018'];
const summary: string[] = [];
let halide = true;

before(async () => {
  try {
    // The target is part of the cache key; asking for it runs a tiny installed tool, not a compile.
    await hostTarget({ tc: locateHalide(), cacheDir: path.join(ROOT, '.cache', 'halide-truth', 'build') });
  } catch {
    halide = false;
  }
});

/** Halide's dump (cached on disk; truth.test.ts builds the same ones), or null if Halide fails. */
async function cachedTruth(name: string, file: string, source: ScheduleSource): Promise<Truth | null> {
  try {
    return await getTruth(name, file, source);
  } catch {
    return null;
  }
}

const gensym = (n: string) => n.replace(/\.[vr]\d+/g, '.#');

function levelMatches(h: LoopLevelJson, mine: Placement, loop: string | undefined, output: boolean): boolean {
  if (output || h === 'root') return mine.kind === 'root';
  if (h === 'inline' || h === 'undefined') return mine.kind === 'inline';
  return mine.kind === 'at' && mine.func === h.func && loop !== undefined && nameMatches(loop, h.var);
}

/** Every disagreement between our analysis and Halide's dump of the same pipeline. */
function compare(g: GeneratorGraph, dump: PipelineDump): { mismatches: string[]; stages: number; rdomsUnread: number } {
  const a = analyze(g);
  const ix = indexGraph(g);
  const mine = new Map(a.funcs.map((f) => [f.func, f]));
  const mismatches: string[] = [];
  let stages = 0, rdomsUnread = 0;
  for (const hf of dump.funcs) {
    const f = mine.get(hf.name);
    if (!f) continue; // Halide's wrappers (input_im) are not Funcs of the source
    if (!levelMatches(hf.compute, f.placement.compute, f.computeLevel?.loop, hf.is_output)) {
      mismatches.push(`${hf.name}: computed at ${JSON.stringify(hf.compute)}, ours ${JSON.stringify(f.placement.compute)} (${f.computeLevel?.loop})`);
    }
    const storeLoop = f.storeLevel?.loop ?? f.computeLevel?.loop;
    if (!levelMatches(hf.store, f.placement.store, storeLoop, hf.is_output)) {
      mismatches.push(`${hf.name}: stored at ${JSON.stringify(hf.store)}, ours ${JSON.stringify(f.placement.store)}`);
    }
    if (f.placement.compute.kind !== 'inline') {
      for (const hs of hf.stages) {
        const ours = f.stages.find((s) => s.stage === stageKey(hf.name, hs.index));
        const h = hs.dims.map((d) => `${gensym(d.var)}:${d.for}`).join(' ');
        const m = ours?.loops.map((l) => `${gensym(l.name)}:${l.kind}`).join(' ');
        stages++;
        if (h !== m) mismatches.push(`${stageKey(hf.name, hs.index)} dims: Halide ${h} | ours ${m}`);
      }
    }
    for (const hs of hf.stages) {
      for (const r of hs.rdom ?? []) {
        if (!ix.rvarDims.has(r.var)) { rdomsUnread++; continue; }
        const value = (t: string): number | null => {
          if (/^-?\d+$/.test(t)) return Number(t);
          const m = /^(\w+)\.(min|extent)\.(\d+)$/.exec(t);
          const e = m ? ix.inputs.get(m[1])?.estimates[Number(m[3])] : null;
          return e ? e[m![2] as 'min' | 'extent'] : null;
        };
        const mn = value(r.min), ex = value(r.extent);
        const ours = rvarRange(ix, r.var);
        if (mn !== null && ex !== null && (ours.lo !== mn || ours.hi !== mn + ex - 1)) {
          mismatches.push(`${stageKey(hf.name, hs.index)} ${r.var}: Halide [${mn}, +${ex}] ours [${ours.lo}, ${ours.hi}]`);
        }
      }
    }
  }
  // Func::bound() fixes a region; what the consumers need must fit inside it (Halide asserts so).
  const free = computeBounds({ ...g, schedule: g.schedule.filter((d) => d.name !== 'bound') });
  for (const hf of dump.funcs) {
    const fixed = hf.bounds ?? [];
    const est = hf.is_output ? hf.estimates ?? [] : [];
    for (const b of [...fixed, ...est]) {
      const i = hf.args.indexOf(b.var);
      const ours = a.bounds.regions[hf.name]?.[i];
      if (ours?.min !== Number(b.min) || ours?.extent !== Number(b.extent)) {
        mismatches.push(`${hf.name}.${b.var}: Halide [${b.min}, +${b.extent}] ours ${JSON.stringify(ours)}`);
      }
    }
    for (const b of fixed) {
      const d = free.regions[hf.name]?.[hf.args.indexOf(b.var)];
      if (d?.min === null || d?.extent === null || !d) continue;
      if (d.min < Number(b.min) || d.min + d.extent > Number(b.min) + Number(b.extent)) {
        mismatches.push(`${hf.name}.${b.var}: demand ${JSON.stringify(d)} exceeds bound [${b.min}, +${b.extent}]`);
      }
    }
  }
  return { mismatches, stages, rdomsUnread };
}

for (const file of corpusFiles()) {
  const name = path.basename(file, '.cpp');
  test(`${name}: placements, loop dims, bounds and RDoms agree with Halide`, async (t) => {
    if (!halide) return t.skip('Halide 14 not installed');
    const text = fs.readFileSync(file, 'utf8');
    const failures: string[] = [];
    for (const source of SOURCES) {
      const truth = await cachedTruth(name, file, source);
      if (!truth) { failures.push(`[${source}] Halide could not dump the pipeline`); continue; }
      const g = extract(text, { uri: file, schedule: source === 'hand' ? undefined : truth.scheduleText }).generators[0];
      const r = compare(g, truth.dump);
      const bounds = truth.dump.funcs.reduce((n, f) => n + (f.bounds?.length ?? 0), 0);
      summary.push(`${name.padEnd(20)} ${source.padEnd(14)} ${String(r.stages).padStart(3)} stages ${String(bounds).padStart(2)} bound() ${r.rdomsUnread ? `${r.rdomsUnread} RDom dims unread ` : ''}${r.mismatches.length ? 'MISMATCH' : 'ok'}`);
      failures.push(...r.mismatches.map((m) => `[${source}] ${m}`));
    }
    assert.deepEqual(failures, []);
  });
}

// Required regions through float-computed and clamped indices (resize, warp, LUTs, inline
// reductions), against Halide's own bounds: Adams2019's featurization of its schedule records, per
// realized stage, `points_computed_minimum` (schedule feature 5), the points of the region the
// consumers need at root, from the estimates. Inlined stages' records hold no schedule features.
const REGION_PIPELINES = ['rp_10', 'rp_104', 'rp_143', 'rp_147', 'rp_215', 'rp_242', 'rp_91'];
/** Floats per stage record (Halide 14): 39 schedule features, then 7 + 40 x 7 pipeline features. */
const STAGE_FLOATS = 39 + 7 + 40 * 7;

for (const name of REGION_PIPELINES) {
  test(`${name}: required points of every realized stage agree with Halide (Adams2019 featurization)`, async (t) => {
    if (!halide) return t.skip('Halide 14 not installed');
    const file = path.join(ROOT, 'corpus', 'random', `${name}.cpp`);
    const featureFile = path.join(ROOT, '.cache', 'halide-truth', 'dumps', `${name}.adams2019.featurization`);
    const env = { HL_FEATURE_FILE: featureFile };
    let truth = await getTruth(name, file, 'adams2019', { env });
    if (!fs.existsSync(featureFile)) truth = await getTruth(name, file, 'adams2019', { env, fresh: true });
    const raw = fs.readFileSync(featureFile);
    assert.equal(raw.length % (4 * STAGE_FLOATS), 0, 'whole stage records');
    const floats = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
    const halidePoints: number[] = [];
    // Schedule feature 0 is num_realizations (0: inlined), 5 is points_computed_minimum.
    for (let i = 0; i < floats.length; i += STAGE_FLOATS) if (floats[i] > 0) halidePoints.push(floats[i + 5]);
    const g = extract(fs.readFileSync(file, 'utf8'), { uri: file, schedule: truth.scheduleText }).generators[0];
    const realized = new Set(truth.dump.funcs.filter((f) => f.compute !== 'inline').map((f) => f.name));
    const b = computeBounds(g);
    // The featurization holds float32: compare our counts rounded the same way.
    const ours = g.stages.filter((s) => realized.has(s.func)).map((s) => {
      const p = b.stages[s.id]?.points;
      return p === null || p === undefined ? null : Math.fround(p);
    });
    const sorted = (xs: (number | null)[]) => [...xs].sort((p, q) => (p ?? -1) - (q ?? -1));
    assert.deepEqual(sorted(ours), sorted(halidePoints));
    summary.push(`${name.padEnd(20)} adams2019      ${String(halidePoints.length).padStart(3)} realized stages: required points ok`);
  });
}

test('summary', () => {
  console.log(summary.sort().join('\n'));
});
