// The hand schedule under `if (!auto_schedule)`: the output tiled, split or by rows; every other
// Func inlined, computed at root, or computed at a loop of its one consumer, where that is safe.

import type { Builder } from './builder';

function vectorWidth(pb: Builder, ext: number): number | null {
  if (ext >= 64 && pb.r.chance(0.5)) return 16;
  return ext >= 8 ? 8 : null;
}

export function schedule(pb: Builder): string[] {
  const out: string[] = [];
  const byName = new Map(pb.funcs.map((f) => [f.name, f]));
  const consumers = new Map<string, Set<string>>();
  for (const f of pb.funcs) {
    for (const p of f.producers) {
      if (!consumers.has(p)) consumers.set(p, new Set());
      consumers.get(p)!.add(f.name);
    }
  }
  const inline = new Set<string>();
  /** Funcs a consumer reads at data-dependent points (directly or through inlined Funcs). */
  const fullRange = new Set(pb.funcs.filter((f) => f.gathered).map((f) => f.name));
  /** Funcs read at 2 * x (directly or through inlined Funcs). */
  const strided = new Set(pb.funcs.filter((f) => f.strided).map((f) => f.name));
  /** Loop Vars of each non-inline Func that another Func may be computed at. */
  const loops = new Map<string, string[]>();

  // The output: tiles, splits or plain rows.
  const o = byName.get('output')!;
  const has = (d: string) => o.dims.includes(d);
  const chain: string[] = [];
  let oLoops: string[] = o.dims.filter((d) => d !== 'x');
  if (has('x') && has('y') && o.ext.x >= 64 && o.ext.y >= 16) {
    const variant = pb.r.pick(['tile', 'tile', 'split', 'rows']);
    const vw = vectorWidth(pb, o.ext.x) ?? 8;
    if (variant === 'tile') {
      const tx = pb.r.pick([32, 64, 128, 256].filter((v) => v <= o.ext.x));
      const ty = pb.r.pick([8, 16, 32, 64].filter((v) => v <= o.ext.y));
      chain.push(`tile(x, y, xo, yo, xi, yi, ${tx}, ${ty})`, `vectorize(xi, ${Math.min(vw, tx)})`);
      ['xo', 'yo', 'xi', 'yi'].forEach((v) => pb.vars.add(v));
      oLoops = ['xo', 'yo', ...o.dims.filter((d) => d !== 'x' && d !== 'y')];
      if (has('c') && has('n') && pb.r.chance(0.5)) {
        chain.push('fuse(c, n, t)', 'parallel(t)');
        pb.vars.add('t');
        oLoops = ['xo', 'yo', 't'];
      } else {
        chain.push('parallel(yo)');
      }
    } else if (variant === 'split') {
      const sy = pb.r.pick([4, 8, 16, 32].filter((v) => v <= o.ext.y));
      // Interleaved colour: channels innermost (then nothing is computed at c, inside the vector loop).
      const cInner = has('c') && o.ext.c <= 4 && !has('n') && pb.r.chance(0.5);
      if (cInner) chain.push('reorder(c, x, y)');
      chain.push(`split(y, yo, yi, ${sy})`, 'parallel(yo)', `vectorize(x, ${vw})`);
      ['yo', 'yi'].forEach((v) => pb.vars.add(v));
      oLoops = ['yo', 'yi', ...o.dims.filter((d) => (d === 'c' && !cInner) || d === 'n')];
    } else {
      chain.push(`vectorize(x, ${vw})`, 'parallel(y)');
    }
  } else {
    const vw = has('x') ? vectorWidth(pb, o.ext.x) : null;
    if (vw) chain.push(`vectorize(x, ${vw})`);
    const outer = o.dims[o.dims.length - 1];
    if (outer && outer !== 'x' && o.ext[outer] >= 2) chain.push(`parallel(${outer})`);
  }
  if (chain.length) out.push(`output.${chain.join('\n    .')};`);
  loops.set('output', oLoops);

  // Everything else, consumers before producers.
  const others = pb.funcs.filter((f) => f.name !== 'output').reverse();
  for (const f of others) {
    const nearest = new Set<string>();
    const stack = [...(consumers.get(f.name) ?? [])];
    const seen = new Set<string>();
    while (stack.length) {
      const c = stack.pop()!;
      if (seen.has(c)) continue;
      seen.add(c);
      if (inline.has(c)) stack.push(...(consumers.get(c) ?? []));
      else nearest.add(c);
    }
    const canInline = f.updates.length === 0 && !f.global;
    if (canInline && pb.r.chance(0.4)) {
      inline.add(f.name);
      if (fullRange.has(f.name)) f.producers.forEach((p) => fullRange.add(p));
      if (strided.has(f.name)) f.producers.forEach((p) => strided.add(p));
      continue;
    }
    const links: string[] = [];
    const only = nearest.size === 1 ? byName.get([...nearest][0])! : null;
    const atOk = !f.global && !fullRange.has(f.name) && !strided.has(f.name) && only && only.updates.length === 0 && (loops.get(only.name) ?? []).length > 0;
    let root = true;
    if (atOk && pb.r.chance(0.55)) {
      const v = pb.r.pick(loops.get(only.name)!);
      links.push(`compute_at(${only.name}, ${v})`);
      root = false;
    } else {
      links.push('compute_root()');
    }
    // Halide warns when some definitions of a Func are scheduled and others not: an update
    // with no pure Var to schedule (a histogram's scatter) leaves the pure definition alone too.
    const updateLinks = f.updates.map((u) => {
      const ul: string[] = [];
      const vec = u.pure.includes('x') ? 'x' : u.pure.find((d) => f.ext[d] >= 8);
      if (vec && f.ext[vec] >= 8) ul.push(`vectorize(${vec}, ${vectorWidth(pb, f.ext[vec]) ?? 8})`);
      const small = u.rvars.find((rv) => rv.extent <= 5);
      if (small && pb.r.chance(0.5)) ul.push(`unroll(${small.name})`);
      if (root) {
        const outer = [...u.pure].reverse().find((d) => d !== vec && f.ext[d] >= 4);
        if (outer && pb.r.chance(0.7)) ul.push(`parallel(${outer})`);
      }
      return ul;
    });
    const pureOk = updateLinks.every((ul) => ul.length > 0);
    if (pureOk && f.dims.includes('x')) {
      const vw = vectorWidth(pb, f.ext.x);
      if (vw) links.push(`vectorize(x, ${vw})`);
    }
    if (pureOk && root) {
      const outer = [...f.dims].reverse().find((d) => d !== 'x' && f.ext[d] >= 4);
      if (outer) links.push(`parallel(${outer})`);
    }
    out.push(`${f.name}.${links.join('.')};`);
    updateLinks.forEach((ul, i) => {
      if (ul.length) out.push(`${f.name}.update(${i}).${ul.join('.')};`);
    });
    // Not at x: it is split by vectorize, and Halide 14's loop partitioning miscompiles a
    // boundary-clamped producer computed at the outer half of a vectorized x (out-of-bounds reads).
    loops.set(f.name, f.dims.filter((d) => d !== 'x'));
  }
  return out;
}
