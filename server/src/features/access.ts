// Access-pattern features: how a stage reads each producer it calls directly. One class per
// producer (the call sites of one producer together make a stencil), plus footprint sizes.
import type { Call, Stage } from '../halide/graph';
import { type Affine, type Invariants, affine } from './affine';
import { log2p } from './schema';
import { KeyedMemo } from '../analysis/memo';

export type AccessKind = 'pointwise' | 'stencil' | 'upsample' | 'downsample' | 'transpose' | 'broadcast' | 'reduction' | 'gather';

export interface ProducerAccess {
  producer: string;
  kind: AccessKind;
  calls: number;
  /** Producer points read per point of the stage (product of offset spans per dimension). */
  footprint: number;
  /** Largest |constant offset| in any dimension (stencils). */
  radius: number;
}

/** The one variable an index uses, with its coefficient; null for constants, undefined for several. */
function single(a: Affine): [string, number] | null | undefined {
  if (a.coefs.size === 0) return null;
  return a.coefs.size === 1 ? a.coefs.entries().next().value! : undefined;
}

function classify(stage: Stage, calls: Call[], inv: Invariants): ProducerAccess {
  const forms = calls.map((c) => c.argExprs.map((e) => affine(e, inv)));
  const rvars = new Set(stage.rvars.map((r) => r.name));
  // Footprint: for each dimension, the span of constant offsets over the call sites.
  const dims = Math.max(...forms.map((f) => f.length));
  let footprint = 1, radius = 0;
  for (let d = 0; d < dims; d++) {
    const ds = forms.map((f) => f[d]).filter((a): a is Affine => !!a && a.coefs.size > 0);
    if (ds.length) {
      const lo = Math.min(...ds.map((a) => a.c)), hi = Math.max(...ds.map((a) => a.c + a.slack));
      footprint *= hi - lo + 1;
      radius = Math.max(radius, Math.abs(lo), Math.abs(hi));
    }
  }
  const at = (kind: AccessKind): ProducerAccess => ({ producer: calls[0].callee, calls: calls.length, kind, footprint, radius });
  if (forms.some((f) => f.some((a) => a === null))) return at('gather');
  const all = forms.flat() as Affine[];
  if (all.some((a) => [...a.coefs.keys()].some((v) => rvars.has(v)))) return at('reduction');
  const singles = all.map(single);
  if (singles.some((s) => s === undefined)) return at('gather');
  const coefs = singles.filter((s): s is [string, number] => !!s).map(([, k]) => Math.abs(k));
  if (coefs.some((k) => k < 1)) return at('upsample');
  if (coefs.some((k) => k > 1)) return at('downsample');
  // Variables in call order must follow the stage's own argument order, else dims are permuted.
  const order = stage.pureVars;
  for (const f of forms) {
    const pos = f.map((a) => single(a!)).filter((s): s is [string, number] => !!s).map(([v]) => order.indexOf(v));
    if (pos.some((p, i) => i > 0 && p < pos[i - 1])) return at('transpose');
  }
  const used = new Set(singles.filter((s): s is [string, number] => !!s).map(([v]) => v));
  if (singles.some((s) => s === null) || order.some((v) => !used.has(v))) return at('broadcast');
  return at(footprint > 1 || radius > 0 ? 'stencil' : 'pointwise');
}

/** Accesses per stage under keyed invariants (Invariants.key): they do not depend on the schedule. */
const ACCESSES = new KeyedMemo<Stage, readonly ProducerAccess[]>();

/** Access of every producer the stage reads (not its own Func: that is `reads_self`). Shared: do not modify. */
export function producerAccesses(stage: Stage, inv: Invariants): readonly ProducerAccess[] {
  if (inv.key === undefined) return accessesOf(stage, inv);
  return ACCESSES.get(stage, inv.key, () => Object.freeze(accessesOf(stage, inv).map((a) => Object.freeze(a))));
}

function accessesOf(stage: Stage, inv: Invariants): ProducerAccess[] {
  const by = new Map<string, Call[]>();
  for (const c of stage.calls) {
    if (c.callee === stage.func) continue;
    const same = by.get(c.callee);
    if (same) same.push(c);
    else by.set(c.callee, [c]);
  }
  return [...by.values()].map((calls) => classify(stage, calls, inv));
}

export function accessFeatures(stage: Stage, accesses: readonly ProducerAccess[], isInput: (n: string) => boolean, inv: Invariants): Record<string, number | boolean> {
  const count = (k: AccessKind) => accesses.filter((a) => a.kind === k).length;
  return {
    access_pointwise: count('pointwise'),
    access_stencil: count('stencil'),
    access_upsample: count('upsample'),
    access_downsample: count('downsample'),
    access_transpose: count('transpose'),
    access_broadcast: count('broadcast'),
    access_reduction: count('reduction'),
    access_gather: count('gather'),
    access_inputs: accesses.filter((a) => isInput(a.producer)).length,
    num_call_sites: accesses.reduce((n, a) => n + a.calls, 0),
    log2_max_footprint: log2p(Math.max(0, ...accesses.map((a) => a.footprint))),
    max_stencil_radius: Math.max(0, ...accesses.map((a) => a.radius)),
    reads_self: stage.calls.some((c) => c.callee === stage.func),
    // Halide cannot vectorize or parallelize a store at a data-dependent place (histograms).
    scatter_update: stage.index > 0 && stage.argExprs.some((e) => affine(e, inv) === null),
  };
}
