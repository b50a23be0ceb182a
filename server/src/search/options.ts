// The choices one Func can take, given the choices made for its consumers (consumer-first order):
// inline, root with loop shapes (vector widths at multiples of the target's natural width, tiles,
// parallel outer loops, unrolled small inner loops), or computed at a loop of a root Func that
// encloses its uses (space.ts computePoints).
import { blockOf, computePoints, NO_UPDATE, onTopLoops, parallelDim, type Choice, type FuncSpace, type Shape, type Space, type UpdateShape } from './space';

const INLINE: Choice = { place: { kind: 'inline' }, shape: { vec: 0, tile: null, par: false, unroll: false }, upd: NO_UPDATE };

/**
 * Most points (product of its pure extents) a root Func that can be parallelized may have and still
 * be offered a serial loop nest. Adams2019 parallelizes every root stage with enough iterations for
 * the cores, and the model has preferred serial root stages that measure 2x slower (denoise's T,
 * session 35), so session 36 tried offering serial only below 2^16 points: one bench:search run
 * against the unlimited space in the same run (`--compare-limits 400,400,8000,Infinity`) measured
 * it 2% slower on geomean (21 pipelines; denoise 478 ms against 386, avepool 67 against 50, box
 * filter 1.12 against 1.30), within the search's run-to-run noise. Unlimited until a run says
 * otherwise; `--compare-limits 400,400,8000,65536` re-runs it.
 */
export const SERIAL_ROOT_MAX_POINTS = Infinity;

/** Points of `f`'s pure domain (Infinity when an extent is unknown: it may be big). */
function points(f: FuncSpace): number {
  return f.extents.reduce<number>((n, e) => n * (e ?? Infinity), 1);
}

/** An onTop Func's shapes (its own loop order kept): vector widths and parallel or not, the default first. */
function onTopShapes(f: FuncSpace, threads: number, serialMax: number): Shape[] {
  const loops = onTopLoops(f, threads);
  const vecs = loops.vec ? [...new Set([f.lanes, 2 * f.lanes].map((w) => Math.min(w, 64)))].filter((w) => loops.vecExtent >= w) : [];
  const pars = loops.par ? (points(f) <= serialMax ? [true, false] : [true]) : [false];
  const out: Shape[] = [];
  for (const par of pars) for (const vec of [...vecs, 0]) out.push({ vec, tile: null, par, unroll: false });
  return out;
}

/** Root loop shapes worth trying for `f`, the default first. */
function rootShapes(f: FuncSpace, threads: number, serialMax = SERIAL_ROOT_MAX_POINTS): Shape[] {
  if (f.onTop) return onTopShapes(f, threads, serialMax);
  const ex = f.extents[0] ?? 0, ey = f.extents[1] ?? 0;
  const par = parallelDim(f, threads) !== null;
  // More than 64 lanes only multiplies the code LLVM must legalize.
  const vecs = [...new Set([f.lanes, 2 * f.lanes].map((w) => Math.min(w, 64)))].filter((w) => ex >= w);
  const out: Shape[] = [];
  for (const vec of vecs) out.push({ vec, tile: null, par, unroll: false });
  out.push({ vec: 0, tile: null, par, unroll: false });
  if (par && vecs.length && points(f) <= serialMax) out.push({ vec: vecs[0], tile: null, par: false, unroll: false });
  if (f.pure.length >= 2 && vecs.length) {
    for (const [tx, ty, unroll] of [[2 * f.lanes, 4, true], [4 * f.lanes, 16, false], [8 * f.lanes, 32, false]] as [number, number, boolean][]) {
      if (ex >= tx && ey >= ty * 2) out.push({ vec: vecs[0], tile: [tx, ty], par: true, unroll });
    }
  }
  return out;
}

/**
 * Update shapes, the default first: vectorized over the innermost pure Var (RVars inside it, or
 * unrolled there when small), or the pure Vars moved inside the RVars; parallel over an outer pure
 * Var where the Func is at root; none of these last.
 */
function updateShapes(f: FuncSpace, root = true): UpdateShape[] {
  if (!f.hasUpdates) return [NO_UPDATE];
  const reduces = f.stages.slice(1).some((s) => s.rvars.length > 0);
  const out: UpdateShape[] = [{ vec: f.lanes, par: root, pureInside: !root }];
  if (reduces && root) out.push({ vec: f.lanes, par: true, pureInside: true });
  if (f.unrollableUpdates.size) out.push({ vec: f.lanes, par: root, pureInside: false, unrollR: true });
  // Register blocks where an update reduces over two or more pure Vars (blockOf): one vector by 4 or 8
  // rows, or two vectors by 4 (32 accumulators at most).
  if (reduces) {
    for (const block of [[f.lanes, 4], [f.lanes, 8], [2 * f.lanes, 4]] as [number, number][]) {
      const upd: UpdateShape = { vec: f.lanes, par: root, pureInside: false, block };
      if (f.stages.some((s) => blockOf(f, s, upd))) out.push(upd);
    }
  }
  out.push(NO_UPDATE);
  return out;
}

/**
 * Most terms the rollout lets an undecided Func's inlined expression have before it computes it at
 * root instead: undecided Funcs are filled in by this default, and inlining everything the rollout
 * may makes deep pyramids (process_raw) look cheaper than the schedules the beam can reach from them.
 */
export const INLINE_CAP = 400;

/**
 * Most terms a Func the search decided to inline may have (its own ops and calls, inlined callees
 * expanded, before CSE). Experts inline far past 400 (denoise inlines Funcs of 5.7k terms into an
 * output of 45k; process_raw 19k, camera_preview 34k); search/compileCost's budget is what bounds
 * compile time. Session 33 tried 100k while 3-s searches still stopped by the clock: three runs were
 * 3% faster, 5% and 11% slower. Session 38, searches stopping on their work budget: at 10k the
 * search reaches denoise's expert structure (52 ms measured against 380 at 400, Adams2019 68, the
 * authors' 54; `bench:search --compare-limits 400,10000,8000`) and the model-only suggestions of all
 * other realworld and test-split pipelines but three are the same schedules.
 */
export const DECIDED_INLINE_CAP = 10_000;

/** What the search may suggest: the caps above, search/compileCost's CODE_BUDGET and SERIAL_ROOT_MAX_POINTS (bench:search compares others). */
export interface SearchLimits { rolloutCap: number; decidedCap: number; codeBudget: number; serialRootMax: number }

/** Terms of `f`'s expression with its producers' current choices (sizes of producers given). */
export function inlinedSize(f: FuncSpace, choices: Map<string, Choice>, sizes: Map<string, number>): number {
  let n = 0;
  for (const s of f.stages) {
    n += 1;
    for (const byType of Object.values(s.ops)) for (const k of Object.values(byType)) n += k;
    for (const c of s.calls) n += choices.get(c.callee)?.place.kind === 'inline' ? sizes.get(c.callee) ?? 1 : 1;
  }
  return n;
}

export function rootDefault(f: FuncSpace, threads: number): Choice {
  return { place: { kind: 'root' }, shape: rootShapes(f, threads)[0] ?? { vec: 0, tile: null, par: false, unroll: false }, upd: updateShapes(f)[0] };
}

/** The rollout policy for Funcs not decided yet: inline what can be, else root with the default shape. */
export function defaultChoice(f: FuncSpace, threads: number): Choice {
  return f.canInline ? INLINE : rootDefault(f, threads);
}

export function optionsFor(f: FuncSpace, space: Space, decided: Map<string, Choice>, serialMax = SERIAL_ROOT_MAX_POINTS): Choice[] {
  const out: Choice[] = [];
  if (f.onTop) return rootShapes(f, space.threads, serialMax).map((shape) => ({ place: { kind: 'root' }, shape, upd: NO_UPDATE }));
  if (f.canInline) out.push(INLINE);
  const shapes = rootShapes(f, space.threads, serialMax);
  const upds = updateShapes(f);
  for (const shape of shapes) for (const upd of upds) out.push({ place: { kind: 'root' }, shape, upd });
  // compute_at: a loop of the Func it is evaluated in (its consumer, or the Func its inlined
  // consumers are inlined into) or of that Func's own host (computePoints); a Func with updates only
  // when every update writes its own point (conv(x, y) += ...): a scatter (a histogram) would redo
  // the whole reduction per iteration of the host's loop. Never an output, even one other stages read
  // (a pyramid's levels): Halide computes outputs at root and rejects any other place.
  const pointwise = f.stages.slice(1).every((s) => s.pureVars.length === s.args.length && s.args.join() === f.pure.join());
  if (pointwise && f.pure.length && !f.isOutput) {
    const upd = updateShapes(f, false);
    for (const { host, loop } of computePoints(space, f, decided)) {
      for (const vec of [f.lanes, 0]) {
        for (const u of upd) out.push({ place: { kind: 'at', host, loop }, shape: { vec, tile: null, par: false, unroll: false }, upd: u });
      }
    }
  }
  return out;
}
