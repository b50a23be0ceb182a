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

/** Where n ops of one kind and type are counted: feature slots with multiplicities, in counting order. */
interface OpRule { adds: [slot: number, times: number][]; arith: boolean }

const SLOT = new Map<string, number>(OP_FEATURES.map((n, i) => [n, i]));
const NARROW = SLOT.get('log2_ops_narrow_int')!;
const PER_POINT = SLOT.get('log2_ops_per_point')!;
/** Rules by kind and type: a handful of distinct pairs, each classified once (by regexes) per process. */
const RULES = new Map<string, OpRule>();

function opRule(kind: string, type: string): OpRule {
  const key = `${kind}\0${type}`;
  let rule = RULES.get(key);
  if (rule) return rule;
  const adds: [number, number][] = [];
  if (kind === 'lerp') {
    // lerp(a, b, w) = a + (b - a) * w: one mul and two adds of its type.
    adds.push([SLOT.get(opClass('mul', type)!)!, 1], [SLOT.get(opClass('add', type)!)!, 2]);
  }
  const c = opClass(kind, type);
  if (c) adds.push([SLOT.get(c)!, 1]);
  if (ARITH.has(kind) && !isFloat(type) && type !== 'bool' && elemBytes(type) <= 2) adds.push([NARROW, 1]);
  RULES.set(key, (rule = { adds, arith: kind !== 'load' && kind !== 'cast' }));
  return rule;
}

export function opFeatures(ops: OpCounts): OpSummary {
  const raw = new Array<number>(OP_FEATURES.length).fill(0);
  let total = 0, arith = 0;
  for (const kind in ops) {
    const byType = ops[kind];
    for (const type in byType) {
      const n = byType[type];
      const rule = opRule(kind, type);
      total += n;
      if (rule.arith) arith += n;
      for (const [slot, times] of rule.adds) raw[slot] += times === 1 ? n : times * n;
    }
  }
  raw[PER_POINT] = total;
  const features: Record<string, number> = {};
  OP_FEATURES.forEach((name, i) => { features[name] = log2p(raw[i]); });
  return { features, total, arith };
}
