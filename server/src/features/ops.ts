// Operation features: a stage's per-point op counts (inlined bodies folded in, from the analysis)
// grouped into classes with similar cost on a CPU, by element type where it matters.
import type { OpCounts } from '../halide/graph';
import { elemBytes, isFloatType } from '../analysis/interval';
import { log2p } from './schema';

const ROUNDING = new Set(['math_floor', 'math_ceil', 'math_round', 'math_trunc', 'math_fract']);
const MINMAX = new Set(['min', 'max', 'abs', 'absd', 'clamp']);
const BITWISE = new Set(['bitand', 'bitor', 'bitxor', 'shift', 'bitnot']);
const COMPARE = new Set(['cmp', 'eq', 'and', 'or', 'not']);
const ADD = new Set(['add', 'sub', 'neg']);
const DIV = new Set(['div', 'mod']);

// An unknown type is most often a float expression the front end could not type.
const isFloat = (t: string): boolean => t === 'unknown' || isFloatType(t);

/** Which feature an op of this kind and type counts toward (null: counted only in the total). */
function opClass(kind: string, type: string): string | null {
  if (kind === 'load') return elemBytes(type === 'unknown' ? null : type) <= 1 ? 'log2_loads_1byte' : elemBytes(type) === 2 ? 'log2_loads_2byte' : 'log2_loads_4byte';
  if (kind === 'cast') return 'log2_ops_cast';
  if (ROUNDING.has(kind)) return 'log2_ops_rounding';
  if (kind.startsWith('math_')) return 'log2_ops_transcendental';
  if (MINMAX.has(kind)) return 'log2_ops_minmax';
  if (BITWISE.has(kind)) return 'log2_ops_bitwise';
  if (COMPARE.has(kind) || kind === 'select' || kind === 'mux') return 'log2_ops_compare_select';
  const f = isFloat(type);
  if (ADD.has(kind)) return f ? 'log2_ops_float_add' : 'log2_ops_int_add';
  if (kind === 'mul') return f ? 'log2_ops_float_mul' : 'log2_ops_int_mul';
  if (DIV.has(kind)) return f ? 'log2_ops_float_div' : 'log2_ops_int_div';
  return null;
}

const ARITH = new Set([...ADD, ...DIV, 'mul', ...MINMAX, 'lerp', ...BITWISE]);

export const OP_FEATURES = [
  'log2_ops_float_add', 'log2_ops_float_mul', 'log2_ops_float_div', 'log2_ops_int_add', 'log2_ops_int_mul',
  'log2_ops_int_div', 'log2_ops_narrow_int', 'log2_ops_minmax', 'log2_ops_bitwise', 'log2_ops_transcendental',
  'log2_ops_rounding', 'log2_ops_compare_select', 'log2_ops_cast', 'log2_loads_1byte', 'log2_loads_2byte',
  'log2_loads_4byte', 'log2_ops_per_point',
] as const;

export interface OpSummary {
  features: Record<string, number>;
  /** Raw counts per point: all ops (loads included) and arithmetic only. */
  total: number;
  arith: number;
}

export function opFeatures(ops: OpCounts): OpSummary {
  const raw: Record<string, number> = Object.fromEntries(OP_FEATURES.map((n) => [n, 0]));
  let total = 0, arith = 0;
  for (const [kind, byType] of Object.entries(ops)) {
    for (const [type, n] of Object.entries(byType)) {
      total += n;
      if (kind !== 'load' && kind !== 'cast') arith += n;
      if (kind === 'lerp') {
        // lerp(a, b, w) = a + (b - a) * w: one mul and two adds of its type.
        raw[opClass('mul', type)!] += n;
        raw[opClass('add', type)!] += 2 * n;
      }
      const c = opClass(kind, type);
      if (c) raw[c] += n;
      if (ARITH.has(kind) && !isFloat(type) && type !== 'bool' && elemBytes(type) <= 2) raw.log2_ops_narrow_int += n;
    }
  }
  raw.log2_ops_per_point = total;
  const features = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, log2p(v)]));
  return { features, total, arith };
}
