// The JSON native/pipeline_dump.cpp prints: what Halide 14 itself knows about one generator's
// pipeline after scheduling (Funcs, stages, calls, loop levels, splits, dims, estimates).
// Index expressions and op counts come in the StageGraph's own shapes (native/ir_json.h).
import type { IndexExpr, OpCounts } from '../halide/graph';

export type LoopLevelJson = 'inline' | 'root' | 'undefined' | { func: string; var: string };
export interface CallJson {
  callee: string; kind: 'func' | 'image' | 'param'; args: string[];
  /** Absent for 'param' (a scalar Input read as a Variable). */
  arg_trees?: IndexExpr[];
  /** Tuple component, when not 0. */
  value_index?: number;
}
export interface DimJson { var: string; for: string; is_rvar: boolean }
export interface SplitJson {
  kind: 'split' | 'rename' | 'fuse' | 'purify';
  old: string; outer: string; inner: string; factor: string;
  tail?: string; exact?: boolean;
}
export interface RangeJson { var: string; min: string; extent: string; min_tree?: IndexExpr; extent_tree?: IndexExpr }
export interface StageJson {
  index: number; args: string[]; arg_trees: IndexExpr[]; values: string[]; rvars: string[];
  /** Every op as written; and without the subexpressions that do not vary over the loops. */
  ops: OpCounts; ops_per_point?: OpCounts;
  rdom?: RangeJson[]; predicate?: string; calls: CallJson[]; dims: DimJson[]; splits: SplitJson[];
  compute_with?: LoopLevelJson; atomic?: boolean; specializations?: number;
}
export interface FuncJson {
  name: string; is_output: boolean; eliminated?: boolean; dims: number; args: string[]; types: string[];
  compute: LoopLevelJson; store: LoopLevelJson; bounds?: RangeJson[]; estimates?: RangeJson[];
  memoized?: boolean; wrappers?: Record<string, string>; extern?: string; stages: StageJson[];
}
export interface InputJson { name: string; kind: 'buffer' | 'scalar' | 'func'; type: string | null; dims: number | null; array_size?: number | null }
/** Estimates on a Parameter (an Input buffer's per dimension, a scalar Input's value). */
export interface ParamEstimateJson { dims?: { min: number | null; extent: number | null }[]; estimate?: number | null }
export interface PipelineDump {
  generator: string; schedule_source: string; target: string; params: Record<string, string>;
  outputs: string[]; inputs: InputJson[]; param_estimates?: Record<string, ParamEstimateJson>; funcs: FuncJson[];
}

/** Halide's wrapper Func of an Input buffer (`input_im`) stands for the input itself: wrapper -> input. */
export function inputWrappers(dump: PipelineDump): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of dump.funcs) {
    const calls = f.stages.flatMap((s) => s.calls);
    if (f.name.endsWith('_im') && f.stages.length === 1 && calls.length === 1 && calls[0].kind === 'image') out.set(f.name, calls[0].callee);
  }
  return out;
}

/**
 * Inputs whose extents a reduction domain reads ("filter.extent.1") while the run left the input to
 * bounds inference (some dim without a constant estimate). Before the bench worker gave such dims
 * their estimates (buffers.h widen_to_estimates), the query saw an empty buffer and the run reduced
 * over an empty window that the dump does not show.
 */
export function inferredReductionExtents(dump: PipelineDump): string[] {
  const inferred = new Set(Object.entries(dump.param_estimates ?? {})
    .filter(([, e]) => e.dims?.some((d) => d.min === null || d.extent === null)).map(([name]) => name));
  const out = new Set<string>();
  for (const f of dump.funcs) {
    for (const s of f.stages) {
      for (const r of s.rdom ?? []) {
        for (const m of `${r.min} ${r.extent}`.matchAll(/\b([\w$]+)\.(?:min|extent)\.\d+\b/g)) if (inferred.has(m[1])) out.add(m[0]);
      }
    }
  }
  return [...out];
}
