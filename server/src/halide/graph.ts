// The StageGraph: the front end's only output and the only input of everything after it.
// Plain JSON-serialisable data so each layer can be tested, cached and printed from the CLI.

/** Bump when the shape of any type below changes; consumers check it. */
export const STAGE_GRAPH_VERSION = 3;

/** Zero-based line/character positions, as in LSP. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type Severity = 'error' | 'warning' | 'info';

export interface GraphDiagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-func`, `unread-construct`. */
  code: string;
  message: string;
  range: Range;
  /** The file the range is in when it is not the graph's own (a `.schedule.h` applied to it). */
  uri?: string;
}

/** Scalar element types, Halide spelling (uint8, int32, float32 ...). */
export type ElemType = string;

/** A tiny expression tree for index expressions, enough for bounds analysis later. */
export type IndexExpr =
  /** `float` marks a floating-point constant (`2.0f`, a float GeneratorParam): no integer rounding. */
  | { op: 'const'; value: number; float?: boolean }
  | { op: 'var'; name: string }
  | { op: 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'min' | 'max'; args: IndexExpr[] }
  | { op: 'neg'; args: IndexExpr[] }
  | { op: 'clamp'; args: IndexExpr[] }
  | { op: 'cast'; type: ElemType; args: IndexExpr[] }
  /** Rounding functions, abs / absd (absd(a, b) is abs(a - b)) and the monotonic sqrt, exp, log: one argument. */
  | { op: 'floor' | 'ceil' | 'round' | 'trunc' | 'abs' | 'sqrt' | 'exp' | 'log'; args: IndexExpr[] }
  /** select(cond, then, else); a many-way select nests in its else branch. */
  | { op: 'select'; args: IndexExpr[] }
  /** Conditions of selects (`a > b` is stored as `b < a`), values 0 or 1. */
  | { op: 'lt' | 'le' | 'eq' | 'ne' | 'and' | 'or' | 'not'; args: IndexExpr[] }
  /** Anything else (a load, an accessor, a transcendental function ...): data dependent or not affine. */
  | { op: 'opaque'; text: string };

export interface GeneratorParamInfo {
  name: string;
  cppType: string;
  /** Evaluated default when it is a literal or constant expression. */
  value: number | string | boolean | null;
  text: string;
  range: Range;
}

export interface Estimate { min: number | null; extent: number | null; range: Range }

export interface IOInfo {
  name: string;
  kind: 'buffer' | 'scalar' | 'func';
  type: ElemType | null;
  dims: number;
  /** One entry per dimension; null where no estimate is given. */
  estimates: (Estimate | null)[];
  /** Scalar inputs: `set_estimate(v)`. */
  scalarEstimate: number | null;
  /**
   * Scalar inputs: the value a run without an estimate gives it (its default, else 1 or 0.5 for
   * floats as the bench worker takes, clamped to its min and max); null when it cannot be evaluated.
   */
  scalarDefault?: number | null;
  range: Range;
}

export interface VarInfo { name: string; kind: 'Var' | 'RVar'; range: Range }

export interface RDomDim { name: string; min: IndexExpr; extent: IndexExpr; minText: string; extentText: string }
export interface RDomInfo { name: string; dims: RDomDim[]; range: Range }

export type FuncKind = 'func' | 'output' | 'boundary' | 'lambda' | 'reduction';

export interface Call {
  /** Halide name of the producer (a Func, an Input buffer or an Input<Func>). */
  callee: string;
  calleeKind: 'func' | 'input';
  args: string[];
  argExprs: IndexExpr[];
  /** Tuple component if the call was `f(...)[i]`. */
  component: number | null;
  range: Range;
}

/** Operation counts by kind, each split by element type: ops.add.float32 = 3. */
export type OpCounts = Record<string, Record<ElemType, number>>;

export interface Stage {
  /** `func.index`: index 0 is the pure definition, k>0 the (k-1)th update. */
  id: string;
  func: string;
  index: number;
  kind: 'pure' | 'update';
  args: string[];
  argExprs: IndexExpr[];
  /** Pure Vars among the LHS args. */
  pureVars: string[];
  /** RVars the stage reduces over (from its RDoms), with their RDom. */
  rvars: { name: string; rdom: string }[];
  /** Element types of the values (more than one for Tuples). */
  types: (ElemType | null)[];
  ops: OpCounts;
  calls: Call[];
  /** How this stage came about: written in source, or implied by a construct. */
  origin: 'source' | 'implicit' | 'boundary' | 'lambda' | 'inline-reduction';
  range: Range;
}

export interface FuncInfo {
  name: string;
  /** C++ identifier (with index for arrays, e.g. `gpyr[2]`). */
  cppName: string;
  kind: FuncKind;
  dims: number;
  stages: string[];
  range: Range;
  /**
   * The C function of an extern stage (`define_extern`, or Halide's buffer copy): code the graph does
   * not see. Its stage calls its Func arguments at its own coordinates; those are realized for it.
   */
  extern?: string;
}

export type DirectiveBranch = 'always' | 'manual' | 'auto';

/** A directive argument, typed: what the schedule means, not how it was spelled. */
export type DirectiveArg =
  | { kind: 'func'; name: string }
  | { kind: 'var'; name: string; rvar: boolean }
  | { kind: 'int' | 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  /** TailStrategy / MemoryType / other enum values, e.g. { type: 'TailStrategy', value: 'RoundUp' }. */
  | { kind: 'enum'; type: string; value: string }
  | { kind: 'list'; items: DirectiveArg[] }
  /** Anything the front end cannot pin down to one of the above. */
  | { kind: 'expr'; text: string };

export interface Directive {
  /** Directive name as written: split, tile, vectorize, compute_at ... */
  name: string;
  /** Halide name of the Func; autoschedulers may also place an Input's wrapper, `NAME_im`. */
  func: string;
  stage: number;
  /** Arguments as written, except that Funcs are given by their Halide names. */
  args: string[];
  /** The same arguments, typed and evaluated (Vars by their Halide names, constants folded). */
  values: DirectiveArg[];
  /** Whether the schedule in force applies it (false for the branch not taken). */
  applies: boolean;
  branch: DirectiveBranch;
  /** False for directives with no effect on CPU performance we model (GPU, debug). */
  modelled: boolean;
  source: 'source' | 'schedule.h';
  range: Range;
}

export interface Edge {
  /** Halide name of a Func or an Input. */
  producer: string;
  /** Stage id of the consumer. */
  consumer: string;
  /** Number of call sites. */
  calls: number;
  /** Index expressions of each call site, as written and as trees. */
  args: string[][];
  argExprs: IndexExpr[][];
}

export interface GeneratorGraph {
  className: string;
  /** Name given to HALIDE_REGISTER_GENERATOR, if any. */
  registeredName: string | null;
  /** The header the class is defined in, when the file only registers it: ranges are that file's. */
  definedIn?: string;
  range: Range;
  params: GeneratorParamInfo[];
  inputs: IOInfo[];
  outputs: IOInfo[];
  vars: VarInfo[];
  rdoms: RDomInfo[];
  funcs: FuncInfo[];
  stages: Stage[];
  /** producer -> consumer, one per distinct (producer, consumer stage), with every call's indices. */
  edges: Edge[];
  schedule: Directive[];
  /** Whether the autoscheduler branch is in force (auto_schedule GeneratorParam default). */
  autoSchedule: boolean;
  /** Who read it: the tree-sitter front end, or Halide itself (toolchain/compiledGraph.ts). */
  origin: 'static' | 'compiled';
  /**
   * The Halide target it was read (or compiled) for: it decided natural_vector_size and get_target()
   * questions, and the featurizer's natural vector width follows it. Absent: SIMD not known.
   */
  target?: string;
}

/** How a generator is named everywhere (predictions, the protocol, the CLI): its registered name, else its class. */
export function generatorKey(g: Pick<GeneratorGraph, 'registeredName' | 'className'>): string {
  return g.registeredName ?? g.className;
}

/** One edge per (producer, consumer stage), with every call's indices, in call order. */
export function edgesOf(stages: Stage[]): Edge[] {
  const edges: Edge[] = [];
  for (const s of stages) {
    const byProducer = new Map<string, Edge>();
    for (const c of s.calls) {
      let e = byProducer.get(c.callee);
      if (!e) {
        e = { producer: c.callee, consumer: s.id, calls: 0, args: [], argExprs: [] };
        byProducer.set(c.callee, e);
        edges.push(e);
      }
      e.calls++;
      e.args.push(c.args);
      e.argExprs.push(c.argExprs);
    }
  }
  return edges;
}

/** A stage's id, `func.index` (`blur_x.0` is the pure definition, `.1` the first update). */
/** A name as a whole word, compiled once: the search reads thousands of candidates' indices. */
const WORDS = new Map<string, RegExp>();
const word = (v: string): RegExp => WORDS.get(v) ?? WORDS.set(v, new RegExp(`\\b${v.replace(/\$/g, '\\$')}\\b`)).get(v)!;

/** Whether an index uses any of `names`; an unreadable (opaque) index does where its text names one. */
export function indexMentions(e: IndexExpr, names: ReadonlySet<string>): boolean {
  switch (e.op) {
    case 'var': return names.has(e.name);
    case 'const': return false;
    case 'opaque': return [...names].some((v) => word(v).test(e.text));
    default: return e.args.some((a) => indexMentions(a, names));
  }
}

export function stageKey(func: string, index: number): string {
  return `${func}.${index}`;
}

export interface StageGraph {
  version: number;
  uri: string;
  generators: GeneratorGraph[];
  diagnostics: GraphDiagnostic[];
}
