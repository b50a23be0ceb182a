// Stage kinds that change the sampling grid: 2x pyramids down and up, bilinear resizes by any
// factor, and data-dependent gathers (warps). They mark the Funcs they read so the hand schedule
// keeps clear of Halide 14 miscompiles (see FuncRec.strided and FuncRec.gathered).

import type { Builder } from '../builder';
import { flt } from '../cpp';
import { MAX_ELEMS, type Node } from '../types';

export function opDownsample(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.includes('x') && n.dims.includes('y') && n.ext.x >= 32 && n.ext.y >= 32);
  if (!a) return false;
  const ext = { ...a.ext, x: Math.floor(a.ext.x / 2), y: Math.floor(a.ext.y / 2) };
  const separable = pb.remaining() >= 2 && pb.r.chance(0.5);
  if (separable) {
    // [1 3 3 1] / 8 taps in x then in y, as in a Gaussian pyramid.
    const base = pb.fresh('down');
    const dx = `${base}_x`;
    const dy = `${base}_y`;
    const xExt = { ...a.ext, x: ext.x };
    const tap = (n: Node, d: string) => [
      `${pb.fcall(n, { [d]: `2 * ${d} - 1` })}`, `3.0f * ${pb.fcall(n, { [d]: `2 * ${d}` })}`,
      `3.0f * ${pb.fcall(n, { [d]: `2 * ${d} + 1` })}`, `${pb.fcall(n, { [d]: `2 * ${d} + 2` })}`,
    ].join(' + ');
    pb.gen.push(`${dx}(${pb.lhs(a.dims)}) = (${tap(a, 'x')}) * 0.125f;`);
    const nx = pb.addNode(dx, a.dims, xExt, 'float', [a]);
    pb.gen.push(`${dy}(${pb.lhs(a.dims)}) = (${tap(nx, 'y')}) * 0.125f;`);
    pb.addNode(dy, a.dims, ext, 'float', [nx]);
    pb.stages += 2;
  } else {
    const name = pb.fresh('down');
    const p = (ox: number, oy: number) => pb.fcall(a, { x: ox ? '2 * x + 1' : '2 * x', y: oy ? '2 * y + 1' : '2 * y' });
    pb.gen.push(`${name}(${pb.lhs(a.dims)}) = (${p(0, 0)} + ${p(1, 0)} + ${p(0, 1)} + ${p(1, 1)}) * 0.25f;`);
    pb.addNode(name, a.dims, ext, 'float', [a]);
    pb.stages += 1;
  }
  pb.markStrided(a);
  pb.kinds.push('downsample');
  return true;
}

export function opUpsample(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.includes('x') && n.dims.includes('y') && n.ext.x <= 4096 &&
    pb.elems(n.ext, n.dims) * 4 <= MAX_ELEMS);
  if (!a) return false;
  const ext = { ...a.ext, x: a.ext.x * 2, y: a.ext.y * 2 };
  if (pb.remaining() >= 2 && pb.r.chance(0.5)) {
    // Linear interpolation in x then y, as in a Laplacian pyramid.
    const base = pb.fresh('up');
    const ux = `${base}_x`;
    const uy = `${base}_y`;
    const lin = (n: Node, d: string) =>
      `0.25f * ${pb.fcall(n, { [d]: `(${d} / 2) - 1 + 2 * (${d} % 2)` })} + 0.75f * ${pb.fcall(n, { [d]: `${d} / 2` })}`;
    pb.gen.push(`${ux}(${pb.lhs(a.dims)}) = ${lin(a, 'x')};`);
    const nx = pb.addNode(ux, a.dims, { ...a.ext, x: ext.x }, 'float', [a]);
    pb.gen.push(`${uy}(${pb.lhs(a.dims)}) = ${lin(nx, 'y')};`);
    pb.addNode(uy, a.dims, ext, 'float', [nx]);
    pb.stages += 2;
  } else {
    const name = pb.fresh('up');
    const fx = `${name}_fx`;
    const fy = `${name}_fy`;
    pb.gen.push(`Expr ${fx} = cast<float>(x % 2) * 0.5f;`);
    pb.gen.push(`Expr ${fy} = cast<float>(y % 2) * 0.5f;`);
    const p = (ox: number, oy: number) => pb.fcall(a, { x: ox ? 'x / 2 + 1' : 'x / 2', y: oy ? 'y / 2 + 1' : 'y / 2' });
    pb.gen.push(`${name}(${pb.lhs(a.dims)}) = lerp(lerp(${p(0, 0)}, ${p(1, 0)}, ${fx}), lerp(${p(0, 1)}, ${p(1, 1)}, ${fx}), ${fy});`);
    pb.addNode(name, a.dims, ext, 'float', [a]);
    pb.stages += 1;
  }
  pb.kinds.push('upsample');
  return true;
}

export function opResample(pb: Builder): boolean {
  const s = pb.r.pick([0.5, 0.75, 1.25, 1.5, 2.0, 0.8]);
  const a = pb.pickNode((n) => n.dims.includes('x') && n.dims.includes('y') &&
    Math.floor(n.ext.x / s) >= 16 && Math.floor(n.ext.y / s) >= 16 && Math.floor(n.ext.x / s) <= 8192 &&
    pb.elems(n.ext, n.dims) / (s * s) <= MAX_ELEMS);
  if (!a) return false;
  const ext = { ...a.ext, x: Math.floor(a.ext.x / s), y: Math.floor(a.ext.y / s) };
  const coords = (name: string, d: string) => {
    const sc = `${name}_s${d}`;
    const ic = `${name}_i${d}`;
    const fc = `${name}_f${d}`;
    pb.gen.push(`Expr ${sc} = (cast<float>(${d}) + 0.5f) * ${flt(s)} - 0.5f;`);
    pb.gen.push(`Expr ${ic} = cast<int32_t>(floor(${sc}));`);
    pb.gen.push(`Expr ${fc} = ${sc} - cast<float>(${ic});`);
    return { i: ic, f: fc };
  };
  if (pb.remaining() >= 2 && pb.r.chance(0.4)) {
    const base = pb.fresh('resize');
    const rx = `${base}_x`;
    const ry = `${base}_y`;
    const cx = coords(rx, 'x');
    pb.gen.push(`${rx}(${pb.lhs(a.dims)}) = lerp(${pb.fcall(a, { x: cx.i })}, ${pb.fcall(a, { x: `${cx.i} + 1` })}, ${cx.f});`);
    const nx = pb.addNode(rx, a.dims, { ...a.ext, x: ext.x }, 'float', [a]);
    const cy = coords(ry, 'y');
    pb.gen.push(`${ry}(${pb.lhs(a.dims)}) = lerp(${pb.fcall(nx, { y: cy.i })}, ${pb.fcall(nx, { y: `${cy.i} + 1` })}, ${cy.f});`);
    pb.addNode(ry, a.dims, ext, 'float', [nx]);
    pb.stages += 2;
  } else {
    const name = pb.fresh('resize');
    const cx = coords(name, 'x');
    const cy = coords(name, 'y');
    const p = (ox: number, oy: number) => pb.fcall(a, { x: ox ? `${cx.i} + 1` : cx.i, y: oy ? `${cy.i} + 1` : cy.i });
    pb.gen.push(`${name}(${pb.lhs(a.dims)}) = lerp(lerp(${p(0, 0)}, ${p(1, 0)}, ${cx.f}), lerp(${p(0, 1)}, ${p(1, 1)}, ${cx.f}), ${cy.f});`);
    pb.addNode(name, a.dims, ext, 'float', [a]);
    pb.stages += 1;
  }
  pb.kinds.push('resample');
  return true;
}

/** Data-dependent gather: displace x (and y) by another value, clamped to the source's extent. */
export function opGather(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.includes('x') && n.ext.x >= 4);
  if (!a) return false;
  const b = pb.pickNode((n) => n !== a && n.dims.length > 0 && n.dims.every((d) => a.dims.includes(d)));
  if (!b) return false;
  const name = pb.fresh('warp');
  const fb = pb.fcall(b, pb.subAt(b, a.ext));
  const amp = pb.r.pick([2.0, 4.0, 8.0]);
  const sx = `${name}_sx`;
  const ix = `${name}_ix`;
  const fx = `${name}_fx`;
  pb.gen.push(`Expr ${sx} = cast<float>(x) + ${fb} * ${flt(amp)};`);
  pb.gen.push(`Expr ${ix} = clamp(cast<int32_t>(floor(${sx})), 0, ${a.ext.x - 2});`);
  pb.gen.push(`Expr ${fx} = clamp(${sx} - cast<float>(${ix}), 0.0f, 1.0f);`);
  if (a.dims.includes('y') && a.ext.y >= 4 && pb.r.chance(0.5)) {
    const iy = `${name}_iy`;
    pb.gen.push(`Expr ${iy} = clamp(cast<int32_t>(floor(cast<float>(y) - ${fb} * ${flt(amp)})), 0, ${a.ext.y - 1});`);
    pb.gen.push(`${name}(${pb.lhs(a.dims)}) = lerp(${pb.fcall(a, { x: ix, y: iy })}, ${pb.fcall(a, { x: `${ix} + 1`, y: iy })}, ${fx});`);
  } else {
    pb.gen.push(`${name}(${pb.lhs(a.dims)}) = lerp(${pb.fcall(a, { x: ix })}, ${pb.fcall(a, { x: `${ix} + 1` })}, ${fx});`);
  }
  pb.addNode(name, a.dims, a.ext, 'float', [a, b]);
  pb.markGathered(a);
  pb.stages += 1;
  pb.kinds.push('gather');
  return true;
}
