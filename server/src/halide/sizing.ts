// Sizes for what a generator leaves unestimated. Many real generators set no estimates (their
// authors schedule by hand and size buffers at run time); without sizes every extent is unknown and
// a prediction means nothing. The rule is the bench worker's (toolchain/native/guess_estimates.h),
// so a prediction at guessed sizes describes the run the collector measures for such a generator,
// and every guess is named so that it never passes for the author's sizes.
import { bufferAccessor } from './accessors';
import type { Estimate, GeneratorGraph, IndexExpr, IOInfo } from './graph';

/** About a million elements whatever the rank, laid out as images usually are (as guess_estimates.h). */
export function guessedExtent(dims: number, d: number): number {
  switch (dims) {
    case 1: return 1 << 20;
    case 2: return 1024;
    case 3: return d < 2 ? 1024 : 3;
    case 4: return d === 3 ? 1 : d === 0 ? 64 : 128;
    default: return d < 4 ? 16 : 4;
  }
}

/**
 * A stencil window's extent when a buffer's extent sizes it: `RDom r(0, filter.dim(1).extent())` with
 * `in(x + r.x)` is a 3-wide filter in practice, never a million-element one (as guess_estimates.h).
 */
export const GUESSED_WINDOW = 3;

function varsOf(e: IndexExpr, out: Set<string>): Set<string> {
  if (e.op === 'var') out.add(e.name);
  else if ('args' in e) for (const a of e.args) varsOf(a, out);
  return out;
}

/** `filter.dim(1).extent()` or `in.width()` -> "filter.1". */
function extentOf(e: IndexExpr): string | null {
  const a = e.op === 'opaque' ? bufferAccessor(e.text) : null;
  return a?.what === 'extent' ? `${a.buf}.${a.dim}` : null;
}

/**
 * Buffer dims ("filter.1") whose extent bounds a reduction variable used as a window offset: some
 * call's argument holds both a pure Var and the RVar (`in(x*stride + r.x*dilation)`). A reduction
 * over a whole dimension (`A(r, y) * B(x, r)`, a matrix product) is no window and keeps the large guess.
 */
export function windowDims(g: GeneratorGraph): Set<string> {
  const extents = new Map<string, IndexExpr>();
  for (const r of g.rdoms) for (const d of r.dims) extents.set(d.name, d.extent);
  const out = new Set<string>();
  for (const st of g.stages) {
    if (!st.rvars.length) continue;
    const rvars = new Set(st.rvars.map((r) => r.name));
    const pure = new Set(st.pureVars);
    for (const c of st.calls) {
      for (const a of c.argExprs) {
        const vs = [...varsOf(a, new Set())];
        if (!vs.some((v) => pure.has(v))) continue;
        for (const v of vs) {
          const ext = rvars.has(v) ? extents.get(v) : undefined;
          const at = ext ? extentOf(ext) : null;
          if (at) out.add(at);
        }
      }
    }
  }
  return out;
}

export interface Sized {
  graph: GeneratorGraph;
  /** One entry per guessed buffer or scalar: "output blur: 1024x1024", "input in: ?x?x3", "scalar gain = 0". */
  guessed: string[];
}

function sizeBuffer(io: IOInfo, role: 'input' | 'output', guessed: string[], windows: Set<string>): IOInfo {
  if (io.kind === 'scalar' || io.dims <= 0) return io;
  const shown: string[] = [];
  let any = false;
  const estimates: (Estimate | null)[] = [];
  for (let d = 0; d < io.dims; d++) {
    const e = io.estimates[d] ?? null;
    if (e && e.extent !== null) {
      estimates.push(e);
      shown.push('?');
      continue;
    }
    const extent = windows.has(`${io.name}.${d}`) ? GUESSED_WINDOW : guessedExtent(io.dims, d);
    estimates.push({ min: e?.min ?? 0, extent, range: e?.range ?? io.range });
    shown.push(String(extent));
    any = true;
  }
  if (!any) return io;
  guessed.push(`${role} ${io.name}: ${shown.join('x')}`);
  return { ...io, estimates };
}

function sizeScalar(io: IOInfo, guessed: string[]): IOInfo {
  if (io.kind !== 'scalar' || io.scalarEstimate !== null || io.scalarDefault === undefined || io.scalarDefault === null) return io;
  guessed.push(`scalar ${io.name} = ${io.scalarDefault}`);
  return { ...io, scalarEstimate: io.scalarDefault };
}

/**
 * The generator with every missing estimate guessed (the same graph when nothing is missing). A
 * scalar whose default the front end cannot evaluate stays unestimated: its uses stay unknown.
 */
export function withGuessedEstimates(g: GeneratorGraph): Sized {
  const guessed: string[] = [];
  const windows = windowDims(g);
  const outputs = g.outputs.map((io) => sizeBuffer(io, 'output', guessed, windows));
  const inputs = g.inputs.map((io) => (io.kind === 'scalar' ? sizeScalar(io, guessed) : sizeBuffer(io, 'input', guessed, windows)));
  return guessed.length ? { graph: { ...g, inputs, outputs }, guessed } : { graph: g, guessed };
}
