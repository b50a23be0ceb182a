// pipeline_dump's JSON -> a GeneratorGraph with origin 'compiled': the same contract as the static
// front end's, so analysis, features and the model take either. Names, stages, calls, op counts and
// the schedule are Halide's; source ranges (and what only the source says: C++ names, param types)
// come from the static graph of the same generator when there is one, else the generator's class.
import {
  type Call, edgesOf, type Estimate, type FuncInfo, type FuncKind, type GeneratorGraph, type GeneratorParamInfo,
  type IndexExpr, type IOInfo, type Range, type RDomInfo, type Stage, stageKey, type VarInfo,
} from '../halide/graph';
import { type FuncJson, inputWrappers, type PipelineDump, type RangeJson, type StageJson } from './dumpFormat';
import { funcDirectives, unrepresented } from './dumpSchedule';
import { withStaticBranches } from './dumpBranches';

export interface ConvertOptions {
  /** The static front end's reading of the same generator: ranges and C++ names by Halide name. */
  staticGraph?: GeneratorGraph;
  /** The generator's source, to find its class when there is no static graph. */
  text?: string;
  /** GeneratorParams given (they override the static defaults). */
  params?: Record<string, string>;
}

export interface Converted { graph: GeneratorGraph; notes: string[] }

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const BOUNDARY = /^(repeat_edge|constant_exterior|repeat_image|mirror_image|mirror_interior)(\$\d+)?$/;
const REDUCTION = /^(sum|product|maximum|minimum|argmax|argmin|saturating_sum)(\$\d+)?$/;

/** `class NAME` of the generator registered as `registered`, else the registration itself. */
export function classRange(text: string, registered: string): { className: string | null; range: Range } {
  const lines = text.split('\n');
  const reg = new RegExp(`HALIDE_REGISTER_GENERATOR\\s*\\(\\s*([\\w:]+)\\s*,\\s*"?${registered}"?\\s*[,)]`);
  const regLine = lines.findIndex((l) => reg.test(l));
  const cls = regLine >= 0 ? reg.exec(lines[regLine])![1].split('::').pop()! : null;
  const line = cls ? lines.findIndex((l) => new RegExp(`\\b(class|struct)\\s+${cls}\\b`).test(l)) : -1;
  const at = line >= 0 ? line : Math.max(regLine, 0);
  return { className: cls, range: { start: { line: at, character: 0 }, end: { line: at, character: lines[at]?.length ?? 0 } } };
}

const num = (s: string | undefined): number | null => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : null);

function funcKind(f: FuncJson, known: FuncInfo | undefined): FuncKind {
  if (f.is_output) return 'output';
  if (known) return known.kind;
  if (BOUNDARY.test(f.name)) return 'boundary';
  if (/^lambda_\d+$/.test(f.name)) return 'lambda';
  if (REDUCTION.test(f.name)) return 'reduction';
  return 'func';
}

const ORIGIN: Partial<Record<FuncKind, Stage['origin']>> = { boundary: 'boundary', lambda: 'lambda', reduction: 'inline-reduction' };

/** Funcs the outputs call, transitively, through the algorithm as written (the dump's stage calls). */
function calledFromOutputs(dump: PipelineDump): Set<string> {
  const byName = new Map(dump.funcs.map((f) => [f.name, f]));
  const seen = new Set<string>();
  const todo = [...dump.outputs];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    const f = byName.get(name);
    if (!f || seen.has(name)) continue;
    seen.add(name);
    for (const st of f.stages) for (const c of st.calls) if (c.kind === 'func') todo.push(c.callee);
  }
  return seen;
}

export function dumpToGenerator(dump: PipelineDump, opts: ConvertOptions = {}): Converted {
  const sg = opts.staticGraph;
  const cls = sg ? { className: sg.className, range: sg.range } : classRange(opts.text ?? '', dump.generator);
  const genRange = cls.range;
  lowerWrappers(dump);
  const wrappers = inputWrappers(dump);
  const rename = (name: string): string => wrappers.get(name) ?? name;
  renameLoads(dump, wrappers);
  readShifts(dump);
  const inputNames = new Set<string>();
  const staticFunc = new Map(sg?.funcs.map((f) => [f.name, f]) ?? []);
  const staticStage = new Map(sg?.stages.map((s) => [s.id, s]) ?? []);
  const funcRange = (name: string): Range => staticFunc.get(name)?.range ?? sg?.inputs.find((i) => i.name === name)?.range ?? genRange;
  const notes: string[] = [];

  const inputs = readInputs(dump, sg, genRange);
  for (const i of inputs) inputNames.add(i.name);
  // A Func no longer reachable after scheduling is dropped, unless the algorithm as written still
  // calls it: Mullapudi2016 inlines trivial Funcs by substituting their definitions into their
  // consumers, which the dump reports as eliminated, but the pipeline still computes them (inline).
  const called = calledFromOutputs(dump);
  const hFuncs = dump.funcs.filter((f) => !wrappers.has(f.name) && (!f.eliminated || called.has(f.name)));

  const funcs: FuncInfo[] = [];
  const stages: Stage[] = [];
  for (const f of hFuncs) {
    const known = staticFunc.get(f.name);
    const kind = funcKind(f, known);
    const ids = f.stages.map((s) => stageKey(f.name, s.index));
    funcs.push({ name: f.name, cppName: known?.cppName ?? f.name, kind, dims: f.dims, stages: ids, range: funcRange(f.name), ...(f.extern ? { extern: f.extern } : {}) });
    for (const s of f.stages) stages.push(readStage(f, s, kind, staticStage.get(stageKey(f.name, s.index)), funcRange(f.name), rename, inputNames));
    for (const what of unrepresented(f)) notes.push(`${f.name}: ${what}`);
  }

  const stageOf = new Map(stages.map((s) => [s.id, s]));
  const applied = hFuncs.flatMap((f) => funcDirectives(f, {
    rename,
    rangeOf: funcRange,
    initialDims: (func, index) => {
      const s = stageOf.get(stageKey(func, index));
      return s ? [...replayRVarOrder(s), ...s.pureVars] : [];
    },
  }));

  // A hand schedule's directives keep the branch the source writes them in (from scratch drops the manual one).
  const schedule = sg && dump.schedule_source === 'hand' ? withStaticBranches(applied, sg) : applied;

  const outputs: IOInfo[] = dump.outputs.map((name) => {
    const f = dump.funcs.find((x) => x.name === name)!;
    const known = sg?.outputs.find((o) => o.name === name);
    return {
      name, kind: known?.kind ?? 'buffer', type: f.types[0] ?? null, dims: f.dims,
      estimates: f.args.map((a) => funcEstimate(f.estimates, a, known?.range ?? funcRange(name))),
      scalarEstimate: null, range: known?.range ?? funcRange(name),
    };
  });

  const graph: GeneratorGraph = {
    className: cls.className ?? dump.generator,
    registeredName: dump.generator,
    range: genRange,
    params: readParams(dump, sg, opts.params, genRange),
    inputs,
    outputs,
    vars: readVars(stages, sg, genRange),
    rdoms: readRDoms(hFuncs, sg, genRange),
    funcs,
    stages,
    edges: edgesOf(stages),
    schedule,
    autoSchedule: dump.schedule_source !== 'hand',
    origin: 'compiled',
    target: dump.target || undefined,
  };
  return { graph, notes };
}

/**
 * RVars in the order analysis/loopnest.ts (rvarOrder) starts a stage's loops from: by RDom in first
 * use, then by dimension (r$x innermost). The replay needs a reorder exactly where Halide's order
 * differs from the one the analysis would build.
 */
function replayRVarOrder(s: Stage): string[] {
  const rdoms = [...new Set(s.rvars.map((r) => r.rdom))];
  const dim = (name: string): number => {
    const suffix = name.slice(name.lastIndexOf('$') + 1);
    const i = ['x', 'y', 'z', 'w'].indexOf(suffix);
    return i >= 0 ? i : Number(suffix) || 0;
  };
  return [...s.rvars].sort((a, b) => rdoms.indexOf(a.rdom) - rdoms.indexOf(b.rdom) || dim(a.name) - dim(b.name)).map((r) => r.name);
}

/**
 * A load inside an index (`lut(int32(input_im(x, y)))`) is opaque text the bounds analysis types by
 * the callee's name: name the Input, not its wrapper.
 */
/**
 * Func::in() / clone_in() wrappers are substituted at lowering: a consumer calls the wrapper made for
 * it (or the global one) instead of the wrapped Func, as the static front end reads it too.
 */
function lowerWrappers(dump: PipelineDump): void {
  const byCallee = new Map(dump.funcs.map((f) => [f.name, f.wrappers ?? {}]));
  for (const f of dump.funcs) {
    for (const s of f.stages) {
      for (const c of s.calls) {
        if (c.kind !== 'func' || c.callee === f.name) continue;
        const w = byCallee.get(c.callee) ?? {};
        if (w[f.name] && w[f.name] !== f.name) c.callee = w[f.name];
        else if (w['*'] && !Object.values(w).includes(f.name)) c.callee = w['*'];
      }
    }
  }
}

const SHIFT = /^(shift_left|shift_right)\((.+), \((?:u?int\d+)\)(\d+)\)$/;

/**
 * Halide's simplifier writes `y * 2` as shift_left(y, 1) and `x / 4` as shift_right(x, 2); the dump
 * leaves those intrinsics opaque, so every index through them had unknown bounds and no affine form.
 * A shift by a constant k is a multiplication or a floor division by 2^k (Halide's own rewrite,
 * for any integer type): read it back as one.
 */
export function shiftAsArith(e: IndexExpr): IndexExpr {
  if (e.op === 'opaque') {
    const m = SHIFT.exec(e.text.trim());
    const k = m ? Number(m[3]) : NaN;
    if (!m || !(k >= 0 && k < 31)) return e;
    const t = m[2].trim();
    const operand: IndexExpr = /^-?\d+$/.test(t) ? { op: 'const', value: Number(t) }
      : /^[A-Za-z_][\w$.]*$/.test(t) && !t.includes('.') ? { op: 'var', name: t } : shiftAsArith({ op: 'opaque', text: t });
    return { op: m[1] === 'shift_left' ? 'mul' : 'div', args: [operand, { op: 'const', value: 2 ** k }] };
  }
  if ('args' in e) return { ...e, args: e.args.map(shiftAsArith) } as IndexExpr;
  return e;
}

function readShifts(dump: PipelineDump): void {
  for (const f of dump.funcs) {
    for (const s of f.stages) {
      s.arg_trees = s.arg_trees.map(shiftAsArith);
      for (const c of s.calls) if (c.arg_trees) c.arg_trees = c.arg_trees.map(shiftAsArith);
      for (const r of s.rdom ?? []) {
        if (r.min_tree) r.min_tree = shiftAsArith(r.min_tree);
        if (r.extent_tree) r.extent_tree = shiftAsArith(r.extent_tree);
      }
    }
  }
}

function renameLoads(dump: PipelineDump, wrappers: Map<string, string>): void {
  if (!wrappers.size) return;
  const re = new RegExp(`\\b(${[...wrappers.keys()].join('|')})\\(`, 'g');
  const fix = (e: IndexExpr): void => {
    if (e.op === 'opaque') e.text = e.text.replace(re, (_, w: string) => `${wrappers.get(w)}(`);
    else if ('args' in e) e.args.forEach(fix);
  };
  for (const f of dump.funcs) {
    for (const s of f.stages) {
      s.arg_trees.forEach(fix);
      for (const c of s.calls) c.arg_trees?.forEach(fix);
    }
  }
}

function readStage(
  f: FuncJson, s: StageJson, kind: FuncKind, known: Stage | undefined, range: Range,
  rename: (n: string) => string, inputs: Set<string>,
): Stage {
  const rvarSet = new Set(s.rvars);
  const pureVars = s.index === 0 ? [...f.args]
    : s.arg_trees.flatMap((e) => (e.op === 'var' && !rvarSet.has(e.name) ? [e.name] : []));
  // The analysis reads a boundary condition as its source at the same point, clipped to the source's
  // estimates (bounds.ts); Halide's clamp/mirror index arithmetic would only widen that region.
  const identity = kind === 'boundary' && pureVars.length === f.dims ? pureVars.map((name): IndexExpr => ({ op: 'var', name })) : null;
  const calls: Call[] = s.calls.filter((c) => c.kind !== 'param').map((c) => {
    const callee = rename(c.callee);
    const site = known?.calls.find((k) => k.callee === callee);
    const trees = c.arg_trees ?? c.args.map((text): IndexExpr => ({ op: 'opaque', text }));
    return {
      callee,
      calleeKind: c.kind === 'image' || callee !== c.callee || inputs.has(callee) ? 'input' : 'func',
      args: c.args,
      argExprs: identity && trees.length === identity.length ? identity : trees,
      component: f.types.length > 1 || c.value_index ? c.value_index ?? 0 : null,
      range: site?.range ?? known?.range ?? range,
    };
  });
  return {
    id: stageKey(f.name, s.index),
    func: f.name,
    index: s.index,
    kind: s.index === 0 ? 'pure' : 'update',
    args: s.args,
    argExprs: s.arg_trees,
    pureVars,
    rvars: s.rvars.map((name) => ({ name, rdom: name.split('$')[0] })),
    types: f.types,
    // A boundary condition's bounds are loop-invariant: Halide computes them once, and the static
    // front end counts a boundary Func's per-point cost only (constructs.ts BOUNDARY_OPS).
    ops: kind === 'boundary' ? s.ops_per_point ?? s.ops : s.ops,
    calls,
    origin: ORIGIN[kind] ?? known?.origin ?? 'source',
    range: known?.range ?? range,
  };
}


function funcEstimate(estimates: RangeJson[] | undefined, v: string, range: Range): Estimate | null {
  const e = estimates?.find((x) => x.var === v);
  return e ? { min: num(e.min), extent: num(e.extent), range } : null;
}

function readInputs(dump: PipelineDump, sg: GeneratorGraph | undefined, genRange: Range): IOInfo[] {
  const out: IOInfo[] = [];
  for (const i of dump.inputs) {
    // Array Inputs are one Parameter per element, named as Halide names them (in_0, in_1 ...).
    const names = i.array_size ? Array.from({ length: i.array_size }, (_, k) => `${i.name}_${k}`) : [i.name];
    for (const name of names) {
      const known = sg?.inputs.find((x) => x.name === name);
      const pe = dump.param_estimates?.[name];
      const dims = i.dims ?? known?.dims ?? pe?.dims?.length ?? 0;
      const range = known?.range ?? genRange;
      out.push({
        name, kind: i.kind, type: i.type ?? known?.type ?? null, dims,
        estimates: Array.from({ length: i.kind === 'scalar' ? 0 : dims }, (_, d) => {
          const e = pe?.dims?.[d];
          return e && (e.min !== null || e.extent !== null) ? { min: e.min, extent: e.extent, range } : null;
        }),
        scalarEstimate: pe?.estimate ?? null,
        range,
      });
    }
  }
  return out;
}

function readParams(dump: PipelineDump, sg: GeneratorGraph | undefined, given: Record<string, string> | undefined, genRange: Range): GeneratorParamInfo[] {
  const parse = (t: string): number | string | boolean => (t === 'true' || t === 'false' ? t === 'true' : num(t) ?? t);
  const out: GeneratorParamInfo[] = (sg?.params ?? []).map((p) => ({ ...p }));
  for (const [name, text] of Object.entries({ ...dump.params, ...given })) {
    const p = out.find((x) => x.name === name);
    if (p) Object.assign(p, { value: parse(text), text });
    else out.push({ name, cppType: '', value: parse(text), text, range: genRange });
  }
  return out;
}

function readVars(stages: Stage[], sg: GeneratorGraph | undefined, genRange: Range): VarInfo[] {
  const out = new Map<string, VarInfo>();
  const add = (name: string, kind: VarInfo['kind']): void => {
    if (!out.has(name)) out.set(name, { name, kind, range: sg?.vars.find((v) => v.name === name)?.range ?? genRange });
  };
  for (const s of stages) {
    s.pureVars.forEach((v) => add(v, 'Var'));
    s.rvars.forEach((r) => add(r.name, 'RVar'));
  }
  return [...out.values()];
}

function readRDoms(funcs: FuncJson[], sg: GeneratorGraph | undefined, genRange: Range): RDomInfo[] {
  const out = new Map<string, RDomInfo>();
  const opaque = (text: string): IndexExpr => ({ op: 'opaque', text });
  for (const r of funcs.flatMap((f) => f.stages.flatMap((s) => s.rdom ?? []))) {
    const name = r.var.split('$')[0];
    let info = out.get(name);
    if (!info) {
      info = { name, dims: [], range: sg?.rdoms.find((x) => x.name === name)?.range ?? genRange };
      out.set(name, info);
    }
    if (info.dims.some((d) => d.name === r.var)) continue;
    info.dims.push({ name: r.var, min: r.min_tree ?? opaque(r.min), extent: r.extent_tree ?? opaque(r.extent), minText: r.min, extentText: r.extent });
  }
  return [...out.values()];
}
