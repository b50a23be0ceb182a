// Stage kinds with reduction domains: channel/matrix mixes, scans (prefix sums, IIR filters),
// histograms and the lookup tables that read them, and reductions over one dimension. Most are
// `global` (their updates sweep a whole dimension), which the hand schedule must respect.

import type { Builder } from '../builder';
import { flt } from '../cpp';
import type { Node, Ty, UpdateRec } from '../types';

export function opAllToAll(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const chan = (n: Node) => n.dims.includes('c') && n.ext.c >= 3;
  const mat = (n: Node) => n.dims.includes('x') && n.ext.x <= 512 && n.ext.x * pb.elems(n.ext, n.dims) <= (1 << 28);
  const a = pb.pickNode((n) => chan(n) || mat(n));
  if (!a) return false;
  const d = chan(a) && (!mat(a) || pb.r.chance(0.6)) ? 'c' : 'x';
  const E = a.ext[d];
  const name = pb.fresh(d === 'c' ? 'mix' : 'mm');
  const rd = `r_${name}`;
  pb.newRDom(rd, [[0, E]]);
  let tap: string;
  if (pb.r.chance(0.65)) {
    const w = `w_${name}`;
    pb.addWeights(w, [E, E]);
    tap = `${w}(${rd}.x, clamp(${d}, 0, ${E - 1}))`;
  } else {
    tap = `(cast<float>((${rd}.x + 2 * ${d}) % 7) * 0.1f - 0.3f)`;
  }
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = 0.0f;`);
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) += ${pb.fcall(a, { [d]: `${rd}.x` })} * ${tap};`);
  pb.addNode(name, a.dims, a.ext, 'float', [a], [{ pure: a.dims, rvars: [{ name: `${rd}.x`, extent: E }] }]);
  pb.stages += 2;
  pb.kinds.push('all_to_all');
  return true;
}

export function opScan(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const a = pb.pickNode((n) => n.dims.some((d) => (d === 'x' || d === 'y') && n.ext[d] >= 4));
  if (!a) return false;
  const d = pb.r.pick(a.dims.filter((v) => (v === 'x' || v === 'y') && a.ext[v] >= 4));
  const E = a.ext[d];
  const prefix = a.dims.length === 1 || pb.r.chance(0.3);
  const both = !prefix && pb.remaining() >= 3 && pb.r.chance(0.4);
  const name = pb.fresh(prefix ? 'cumsum' : 'iir');
  const rd = `r_${name}`;
  pb.newRDom(rd, [[1, E - 1]]);
  const rv = `${rd}.x`;
  const intSum = prefix && a.type !== 'float';
  const t: Ty = intSum ? 'int32' : 'float';
  const self = (idx: string) => `${name}(${pb.lhs(a.dims, { [d]: idx })})`;
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${intSum ? (a.type === 'int32' ? pb.call(a) : `cast<int32_t>(${pb.call(a)})`) : pb.fcall(a)};`);
  const pure = a.dims.filter((v) => v !== d);
  const updates: UpdateRec[] = [{ pure, rvars: [{ name: rv, extent: E - 1 }] }];
  if (prefix) {
    pb.gen.push(`${self(rv)} = ${self(`${rv} - 1`)} + ${self(rv)};`);
  } else {
    const alpha = pb.r.pick([0.5, 0.7, 0.8, 0.9]);
    pb.gen.push(`${self(rv)} = ${flt(alpha)} * ${self(`${rv} - 1`)} + ${flt(1 - alpha)} * ${self(rv)};`);
    if (both) {
      const back = `${E - 1} - ${rv}`;
      pb.gen.push(`${self(back)} = ${flt(alpha)} * ${self(`${E} - ${rv}`)} + ${flt(1 - alpha)} * ${self(back)};`);
      updates.push({ pure, rvars: [{ name: rv, extent: E - 1 }] });
    }
  }
  pb.addNode(name, a.dims, a.ext, t, [a], updates, true);
  pb.stages += 1 + updates.length;
  pb.kinds.push('scan');
  return true;
}

/** The bin of a value of type t among B bins, clamped. */
function binOf(pb: Builder, n: Node, sub: Record<string, string>, B: number): string {
  const c = pb.call(n, sub);
  switch (n.type) {
    case 'uint8': return `clamp(cast<int32_t>(${c}) * ${B} / 256, 0, ${B - 1})`;
    case 'uint16': return `clamp(cast<int32_t>(${c}) / ${65536 / B}, 0, ${B - 1})`;
    case 'int16': return `clamp(cast<int32_t>(${c}) / ${65536 / B} + ${B / 2}, 0, ${B - 1})`;
    case 'int32': return `clamp(${c} + ${B / 2}, 0, ${B - 1})`;
    default: return `clamp(cast<int32_t>(${c} * ${flt(B - 1)}), 0, ${B - 1})`;
  }
}

export function opHistogram(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const a = pb.pickNode((n) => n.dims.includes('x') && n.dims.length >= 2 && n.dims.length <= 4);
  if (!a) return false;
  const B = pb.r.pick([64, 128, 256, 256]);
  const name = pb.fresh('hist');
  const rd = `r_${name}`;
  pb.newRDom(rd, a.dims.map((d) => [0, a.ext[d]] as [number, number]));
  const sub: Record<string, string> = {};
  a.dims.forEach((d, i) => { sub[d] = `${rd}.${'xyzw'[i]}`; });
  const weighted = a.type === 'float' && pb.r.chance(0.3);
  pb.gen.push(`${name}(x) = ${weighted ? '0.0f' : '0'};`);
  pb.gen.push(`${name}(${binOf(pb, a, sub, B)}) += ${weighted ? pb.call(a, sub) : '1'};`);
  const rvars = a.dims.map((d, i) => ({ name: `${rd}.${'xyzw'[i]}`, extent: a.ext[d] }));
  pb.vars.add('x');
  pb.addNode(name, ['x'], { x: B }, weighted ? 'float' : 'int32', [a], [{ pure: [], rvars }], true);
  pb.stages += 2;
  pb.kinds.push('histogram');
  return true;
}

/** Apply a 1-D table (a histogram, a CDF, or a tone curve made here) with a clamped data-dependent index. */
export function opLut(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.length >= 1 && !(n.dims.length === 1 && n.ext.x <= 256));
  if (!a) return false;
  let table = pb.pickNode((n) => n !== a && n.dims.length === 1 && n.dims[0] === 'x' && n.ext.x <= 4096);
  if ((!table || pb.r.chance(0.2)) && pb.remaining() >= 2) {
    const name = pb.fresh('curve');
    const B = pb.r.pick([256, 256, 1024]);
    const xf = `cast<float>(x) * ${flt(1 / (B - 1))}`;
    const curve = pb.r.pick([`pow(${xf}, 0.4545f)`, `1.0f - exp(-4.0f * ${xf})`, `${xf} * ${xf} * (3.0f - 2.0f * ${xf})`, `sqrt(${xf})`]);
    pb.gen.push(`${name}(x) = ${curve};`);
    pb.vars.add('x');
    table = pb.addNode(name, ['x'], { x: B }, 'float', []);
    pb.stages += 1;
  }
  if (!table) return false;
  const name = pb.fresh('lut');
  const B = table.ext.x;
  let idx: string;
  if (a.type === 'float') idx = `clamp(cast<int32_t>(${pb.call(a)} * ${flt(B - 1)}), 0, ${B - 1})`;
  else idx = binOf(pb, a, {}, B);
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${pb.fcall(table, { x: idx })};`);
  pb.addNode(name, a.dims, a.ext, 'float', [a, table]);
  pb.markGathered(table);
  pb.stages += 1;
  pb.kinds.push('lut');
  return true;
}

export function opReduction(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const a = pb.pickNode((n) => n.dims.length >= 2);
  if (!a) return false;
  const d = pb.r.pick(a.dims);
  const E = a.ext[d];
  const dims = a.dims.filter((v) => v !== d);
  const ext: Record<string, number> = {};
  for (const v of dims) ext[v] = a.ext[v];
  const kinds: ('sum' | 'max' | 'mean' | 'inline')[] = ['sum', 'max'];
  if (pb.remaining() >= 3) kinds.push('mean', 'inline');
  const kind = pb.r.pick(kinds);
  const name = pb.fresh(kind === 'max' ? 'rmax' : kind === 'mean' ? 'mean' : 'red');
  const rd = `r_${name}`;
  const L = pb.lhs(dims);
  if (kind === 'inline') {
    const fn = pb.r.pick(['sum', 'maximum', 'minimum']);
    pb.newRDom(rd, [[0, E]]);
    const scale = fn === 'sum' ? ` * ${flt(1 / E)}` : '';
    pb.gen.push(`${name}(${L}) = ${fn}(${pb.fcall(a, { [d]: `${rd}.x` })})${scale};`);
    pb.addNode(name, dims, ext, 'float', [a], [], true);
    pb.stages += 3;
  } else if (kind === 'max') {
    pb.newRDom(rd, [[1, E - 1]]);
    pb.gen.push(`${name}(${L}) = ${pb.call(a, { [d]: '0' })};`);
    pb.gen.push(`${name}(${L}) = max(${name}(${L}), ${pb.call(a, { [d]: `${rd}.x` })});`);
    pb.addNode(name, dims, ext, a.type, [a], [{ pure: dims, rvars: [{ name: `${rd}.x`, extent: E - 1 }] }], true);
    pb.stages += 2;
  } else {
    pb.newRDom(rd, [[0, E]]);
    pb.gen.push(`${name}(${L}) = 0.0f;`);
    pb.gen.push(`${name}(${L}) += ${pb.fcall(a, { [d]: `${rd}.x` })};`);
    const updates: UpdateRec[] = [{ pure: dims, rvars: [{ name: `${rd}.x`, extent: E }] }];
    if (kind === 'mean') {
      pb.gen.push(`${name}(${L}) = ${name}(${L}) * ${flt(1 / E)};`);
      updates.push({ pure: dims, rvars: [] });
    }
    pb.addNode(name, dims, ext, 'float', [a], updates, true);
    pb.stages += 1 + updates.length;
  }
  pb.kinds.push('reduction');
  return true;
}
