// Stage kinds that compute each point from the same point (or one fixed other point) of their
// operands: maths, activations, two-operand combinations, type conversions, and re-indexing
// (transpose, slice, flip/shift). Each returns false, emitting nothing, when it does not apply.

import type { Builder } from '../builder';
import { CPP_TYPE } from '../cpp';
import type { Node, Ty } from '../types';

export function opPointwise(pb: Builder): boolean {
  const a = pb.pickNode();
  if (!a) return false;
  const name = pb.fresh('pw');
  const v = pb.fcall(a);
  let expr: string;
  let t: Ty = 'float';
  if (a.type !== 'float' && pb.r.chance(0.35)) {
    t = a.type;
    const c = pb.call(a);
    expr = pb.r.pick([`${c} / 2 + 16`, `min(${c}, 100)`, `${c} * 3 / 4`, `max(${c}, 8) - 8`]);
  } else {
    expr = pb.r.pick([
      `exp(-abs(${v}))`, `sqrt(abs(${v}) + 1.0f)`, `tanh(${v})`, `log(abs(${v}) + 1.0f)`,
      `sin(${v}) * 0.5f + 0.5f`, `${v} * ${v} * 0.5f - ${v}`, `pow(abs(${v}) + 0.001f, 0.4545f)`,
      `${v} / (1.0f + abs(${v}))`, `floor(${v} * 8.0f) * 0.125f`,
    ]) + pb.gainFactor();
  }
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${expr};`);
  pb.addNode(name, a.dims, a.ext, t, [a]);
  pb.stages += 1;
  pb.kinds.push('pointwise');
  return true;
}

export function opActivation(pb: Builder): boolean {
  const a = pb.pickNode();
  if (!a) return false;
  const name = pb.fresh('act');
  let expr: string;
  let t: Ty = 'float';
  const v = pb.fcall(a);
  const kind = pb.r.pick(['relu', 'relu', 'sigmoid', 'leaky', 'relu6', 'softplus']);
  if (kind === 'relu' && a.type !== 'float' && a.type !== 'int32' && pb.r.chance(0.5)) {
    t = a.type;
    expr = `max(${pb.call(a)}, ${pb.zero(a.type)})`;
  } else if (kind === 'relu') {
    expr = `max(${v} - 0.25f, 0.0f)`;
  } else if (kind === 'sigmoid') {
    expr = `1.0f / (1.0f + exp(-${v}))`;
  } else if (kind === 'leaky') {
    expr = `select(${v} > 0.0f, ${v}, ${v} * 0.1f)`;
  } else if (kind === 'relu6') {
    expr = `clamp(${v} * 6.0f, 0.0f, 6.0f)`;
  } else {
    expr = `log(1.0f + exp(${v}))`;
  }
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${expr};`);
  pb.addNode(name, a.dims, a.ext, t, [a]);
  pb.stages += 1;
  pb.kinds.push('activation');
  return true;
}

export function opBinary(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.length > 0);
  if (!a) return false;
  const subset = (p: Node, q: Node) => p.dims.every((d) => q.dims.includes(d));
  let b = pb.pickNode((n) => n !== a && (subset(n, a) || subset(a, n)));
  if (!b) {
    if (!pb.r.chance(0.5)) return false;
    b = a; // a value combined with itself, shifted: still a fan-out
  }
  let big = a;
  let small = b;
  if (!subset(small, big)) [big, small] = [small, big];
  const name = pb.fresh(pb.r.pick(['add', 'mul', 'mn', 'mx', 'diff', 'avg', 'blend']));
  const ext = big.ext;
  const sub = small === big ? (big.dims.includes('x') ? { x: 'x + 1' } : {}) : pb.subAt(small, ext);
  let t: Ty = 'float';
  let expr: string;
  const op = name.replace(/\d+$/, '');
  if (small.type === big.type && big.type !== 'float' && (op === 'mn' || op === 'mx' || op === 'add')) {
    t = big.type;
    const p = pb.call(big);
    const q = pb.call(small, sub);
    expr = op === 'mn' ? `min(${p}, ${q})` : op === 'mx' ? `max(${p}, ${q})` : `${p} / 2 + ${q} / 2`;
  } else {
    const p = pb.fcall(big);
    const q = pb.fcall(small, sub);
    switch (op) {
      case 'add': expr = `${p} + ${q}`; break;
      case 'mul': expr = `${p} * ${q}`; break;
      case 'mn': expr = `min(${p}, ${q})`; break;
      case 'mx': expr = `max(${p}, ${q})`; break;
      case 'diff': expr = `absd(${p}, ${q})`; break;
      case 'avg': expr = `(${p} + ${q}) * 0.5f`; break;
      default: expr = `lerp(${p}, ${q}, 0.3f)`; break;
    }
  }
  pb.gen.push(`${name}(${pb.lhs(big.dims)}) = ${expr};`);
  pb.addNode(name, big.dims, ext, t, [big, small]);
  pb.stages += 1;
  pb.kinds.push('binary');
  return true;
}

export function opCast(pb: Builder): boolean {
  const a = pb.pickNode();
  if (!a) return false;
  const types: Ty[] = ['uint8', 'uint16', 'int16', 'int32', 'float'];
  const t = pb.r.pick(types.filter((x) => x !== a.type));
  const name = pb.fresh('cvt');
  let expr: string;
  if (t === 'float') expr = pb.fcall(a);
  else if (a.type !== 'float' && pb.r.chance(0.4)) expr = `saturating_cast<${CPP_TYPE[t]}>(${pb.call(a)})`;
  else expr = pb.fromFloat(pb.fcall(a), t);
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${expr};`);
  pb.addNode(name, a.dims, a.ext, t, [a]);
  pb.stages += 1;
  pb.kinds.push('cast');
  return true;
}

export function opTranspose(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.includes('x') && n.dims.includes('y'));
  if (!a) return false;
  const name = pb.fresh('tr');
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${pb.call(a, { x: 'y', y: 'x' })};`);
  pb.addNode(name, a.dims, { ...a.ext, x: a.ext.y, y: a.ext.x }, a.type, [a]);
  pb.stages += 1;
  pb.kinds.push('transpose');
  return true;
}

export function opSlice(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.length >= 2);
  if (!a) return false;
  const d = pb.r.pick(a.dims.includes('c') ? ['c', 'c', ...a.dims] : a.dims);
  const at = pb.r.int(0, a.ext[d] - 1);
  const dims = a.dims.filter((v) => v !== d);
  const ext: Record<string, number> = {};
  for (const v of dims) ext[v] = a.ext[v];
  const name = pb.fresh('slice');
  pb.gen.push(`${name}(${pb.lhs(dims)}) = ${pb.call(a, { [d]: String(at) })};`);
  pb.addNode(name, dims, ext, a.type, [a]);
  pb.stages += 1;
  pb.kinds.push('slice');
  return true;
}

export function opReindex(pb: Builder): boolean {
  const a = pb.pickNode((n) => n.dims.length >= 1);
  if (!a) return false;
  const opts: [string, Record<string, string>][] = [];
  if (a.dims.includes('x')) opts.push(['flip', { x: `${a.ext.x - 1} - x` }]);
  if (a.dims.includes('y')) opts.push(['flip', { y: `${a.ext.y - 1} - y` }]);
  if (a.dims.includes('c') && a.ext.c > 1) opts.push(['rev', { c: `${a.ext.c - 1} - c` }]);
  if (a.dims.includes('x') && a.dims.includes('y')) opts.push(['shift', { x: `x + ${pb.r.int(1, 8)}`, y: `y - ${pb.r.int(1, 8)}` }]);
  if (opts.length === 0) return false;
  const [base, sub] = pb.r.pick(opts);
  const name = pb.fresh(base);
  pb.gen.push(`${name}(${pb.lhs(a.dims)}) = ${pb.call(a, sub)};`);
  pb.addNode(name, a.dims, a.ext, a.type, [a]);
  pb.stages += 1;
  pb.kinds.push('reindex');
  return true;
}
