// Stage kinds that read a neighbourhood: convolutions (with weights Inputs, depthwise or full
// over channels), small stencils, separable blurs, and boundary conditions on intermediates.

import type { Builder } from '../builder';
import { CPP_TYPE, flt } from '../cpp';
import type { Node, Ty } from '../types';

export function opConv(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const spatial = (n: Node) => n.dims.includes('x') && n.dims.includes('y') && n.ext.x >= 8 && n.ext.y >= 8;
  const a = pb.pickNode(spatial);
  if (!a) return false;
  const withC = a.dims.includes('c') && pb.domain !== 'image3d' ? pb.r.pick(['full', 'full', 'depthwise', 'spatial'] as const) : 'spatial';
  const k = withC === 'full' ? pb.r.pick([1, 3, 3]) : pb.r.pick([3, 3, 5]);
  const h = Math.floor(k / 2);
  const name = pb.fresh(withC === 'depthwise' ? 'dw' : 'conv');
  const rd = `r_${name}`;
  const C = a.ext.c;
  const ranges: [number, number][] = [[0, k], [0, k]];
  if (withC === 'full') ranges.push([0, C]);
  pb.newRDom(rd, ranges);
  const sub: Record<string, string> = { x: `x + ${rd}.x${h ? ` - ${h}` : ''}`, y: `y + ${rd}.y${h ? ` - ${h}` : ''}` };
  if (withC === 'full') sub.c = `${rd}.z`;
  let tap: string;
  let init = '0.0f';
  if (withC === 'full') {
    const w = `w_${name}`;
    pb.addWeights(w, [k, k, C, C]);
    tap = `${w}(${rd}.x, ${rd}.y, ${rd}.z, c)`;
    if (pb.r.chance(0.6)) {
      const bname = `b_${name}`;
      pb.addWeights(bname, [C]);
      init = `${bname}(c)`;
    }
  } else if (withC === 'depthwise') {
    const w = `w_${name}`;
    pb.addWeights(w, [k, k, C]);
    tap = `${w}(${rd}.x, ${rd}.y, c)`;
  } else if (pb.r.chance(0.4)) {
    const w = `w_${name}`;
    pb.addWeights(w, [k, k]);
    tap = `${w}(${rd}.x, ${rd}.y)`;
  } else {
    tap = `exp(-cast<float>((${rd}.x - ${h}) * (${rd}.x - ${h}) + (${rd}.y - ${h}) * (${rd}.y - ${h})) * ${flt(pb.r.pick([0.3, 0.5, 0.8]))})`;
  }
  const pureDims = a.dims;
  pb.gen.push(`${name}(${pb.lhs(pureDims)}) = ${init};`);
  pb.gen.push(`${name}(${pb.lhs(pureDims)}) += ${pb.fcall(a, sub)} * ${tap};`);
  const rvars = ranges.map(([, e], i) => ({ name: `${rd}.${'xyzw'[i]}`, extent: e }));
  const node = pb.addNode(name, pureDims, a.ext, 'float', [a], [{ pure: pureDims, rvars }]);
  pb.stages += 2;
  pb.kinds.push('conv');
  // Sometimes a bias/activation right after, as in a DNN layer.
  if (pb.remaining() >= 1 && pb.r.chance(0.3)) {
    const act = pb.fresh('relu');
    pb.gen.push(`${act}(${pb.lhs(pureDims)}) = max(${pb.call(node)}, 0.0f);`);
    pb.addNode(act, pureDims, a.ext, 'float', [node]);
    pb.stages += 1;
    pb.kinds.push('activation');
  }
  return true;
}

export function opStencil(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.includes('x'));
  if (!a) return false;
  const twoD = a.dims.includes('y');
  const kind = twoD ? pb.r.pick(['laplacian', 'gradient', 'dilate', 'erode', 'box']) : pb.r.pick(['laplacian', 'dilate', 'box']);
  const name = pb.fresh(kind === 'laplacian' ? 'lap' : kind === 'gradient' ? 'grad' : kind === 'box' ? 'box' : kind);
  const at = (dx: number, dy: number, asFloat = true): string => {
    const sub: Record<string, string> = {};
    if (dx) sub.x = dx > 0 ? `x + ${dx}` : `x - ${-dx}`;
    if (dy) sub.y = dy > 0 ? `y + ${dy}` : `y - ${-dy}`;
    return asFloat ? pb.fcall(a, sub) : pb.call(a, sub);
  };
  const offsets: [number, number][] = twoD ? [[-1, 0], [1, 0], [0, -1], [0, 1]] : [[-1, 0], [1, 0]];
  let expr: string;
  let t: Ty = 'float';
  if (kind === 'laplacian') {
    expr = `${offsets.map(([dx, dy]) => at(dx, dy)).join(' + ')} - ${flt(offsets.length)} * ${at(0, 0)}`;
  } else if (kind === 'gradient') {
    expr = `sqrt((${at(1, 0)} - ${at(-1, 0)}) * (${at(1, 0)} - ${at(-1, 0)}) + (${at(0, 1)} - ${at(0, -1)}) * (${at(0, 1)} - ${at(0, -1)}))`;
  } else if (kind === 'dilate' || kind === 'erode') {
    t = a.type;
    const f = kind === 'dilate' ? 'max' : 'min';
    const pts: [number, number][] = twoD ? [[0, 0], ...offsets] : [[0, 0], ...offsets];
    expr = pts.map(([dx, dy]) => at(dx, dy, false)).reduce((acc, p) => `${f}(${acc}, ${p})`);
  } else {
    const pts: string[] = [];
    for (let dy = twoD ? -1 : 0; dy <= (twoD ? 1 : 0); dy++) for (let dx = -1; dx <= 1; dx++) pts.push(at(dx, dy));
    expr = `(${pts.join(' + ')}) * ${flt(1 / pts.length)}`;
  }
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${expr};`);
  pb.addNode(name, a.dims, a.ext, t, [a]);
  pb.stages += 1;
  pb.kinds.push('stencil');
  return true;
}

export function opSeparable(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const a = pb.pickNode((n) => n.dims.includes('x') && n.dims.includes('y'));
  if (!a) return false;
  const taps = pb.r.pick([[1, 2, 1], [1, 4, 6, 4, 1], [1, 1, 1], [1, 3, 3, 1]]);
  const sumW = taps.reduce((s, v) => s + v, 0);
  const h = Math.floor((taps.length - 1) / 2);
  const base = pb.fresh('blur');
  const bx = `${base}_x`;
  const by = `${base}_y`;
  const intPath = a.type !== 'float' && a.type !== 'int32' && pb.r.chance(0.6);
  const term = (n: Node, d: string, off: number, w: number, asInt: boolean): string => {
    const sub = off === 0 ? {} : { [d]: off > 0 ? `${d} + ${off}` : `${d} - ${-off}` };
    const v = asInt ? (n.type === 'int32' ? pb.call(n, sub) : `cast<int32_t>(${pb.call(n, sub)})`) : pb.fcall(n, sub);
    return w === 1 ? v : asInt ? `${w} * ${v}` : `${flt(w)} * ${v}`;
  };
  const sumOf = (n: Node, d: string, asInt: boolean) => taps.map((w, i) => term(n, d, i - h, w, asInt)).join(' + ');
  if (intPath) {
    pb.gen.push(`${bx}(${pb.lhs(a.dims)}) = ${sumOf(a, 'x', true)};`);
    const nx = pb.addNode(bx, a.dims, a.ext, 'int32', [a]);
    pb.gen.push(`${by}(${pb.lhs(a.dims)}) = cast<${CPP_TYPE[a.type]}>((${sumOf(nx, 'y', true)}) / ${sumW * sumW});`);
    pb.addNode(by, a.dims, a.ext, a.type, [nx]);
  } else {
    pb.gen.push(`${bx}(${pb.lhs(a.dims)}) = (${sumOf(a, 'x', false)}) * ${flt(1 / sumW)};`);
    const nx = pb.addNode(bx, a.dims, a.ext, 'float', [a]);
    pb.gen.push(`${by}(${pb.lhs(a.dims)}) = (${sumOf(nx, 'y', false)}) * ${flt(1 / sumW)};`);
    pb.addNode(by, a.dims, a.ext, 'float', [nx]);
  }
  pb.stages += 2;
  pb.kinds.push('separable');
  return true;
}

/** A boundary condition on an intermediate Func (padding before a stencil). */
export function opBoundary(pb: Builder): boolean {
  if (pb.remaining() < 2) return false;
  const a = pb.pickNode((n) => n.dims.length >= 1);
  if (!a) return false;
  const small = a.dims.some((d) => a.ext[d] < 2);
  const kinds = small ? ['repeat_edge'] : ['repeat_edge', 'mirror_image', 'mirror_interior'];
  if (pb.remaining() >= 3) kinds.push('constant_exterior');
  const kind = pb.r.pick(kinds);
  const name = pb.fresh('pad');
  const bounds = `{${a.dims.map((d) => `{0, ${a.ext[d]}}`).join(', ')}}`;
  const src = kind === 'constant_exterior' ? `${a.name}, ${pb.zero(a.type)}, ${bounds}` : `${a.name}, ${bounds}`;
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = BoundaryConditions::${kind}(${src})(${pb.lhs(a.dims)});`);
  pb.addNode(name, a.dims, a.ext, a.type, [a]);
  pb.stages += kind === 'constant_exterior' ? 3 : 2;
  pb.kinds.push('boundary');
  return true;
}
