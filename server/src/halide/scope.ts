// What a C++ name means while we walk a generator: a Func, a Var, an RDom, an Input, a C++ constant...
import type { ElemType, GeneratorParamInfo, IndexExpr, IOInfo, OpCounts, Call, RDomInfo } from './graph';

export interface FuncState {
  name: string;
  cppName: string;
  kind: 'func' | 'output' | 'boundary' | 'lambda' | 'reduction';
  /** Stage ids in order; filled as definitions are met. */
  stages: string[];
  dims: number;
  types: (ElemType | null)[];
  range: import('./graph').Range;
  /** An extern stage's C function (`define_extern`; Halide's buffer copy for copy_to_device/host). */
  extern?: string;
  /**
   * Per Tuple component, the bounds a pure-only Func's value is clamped to (`clamp(e, lo, hi)` with
   * lo and hi free of its own Vars), as Halide's function value bounds know them: a load of it used
   * as an index (lens_blur's sample offsets) is then bounded. Cleared by an update definition.
   */
  valueRange?: ({ lo: IndexExpr; hi: IndexExpr } | null)[];
}

/** What an `Expr` local holds: its analysis, so later uses add its ops and calls. */
export interface ExprSummary {
  ops: OpCounts;
  calls: Call[];
  rvars: { name: string; rdom: string }[];
  type: ElemType | null;
  /** True for a bare C++ integer literal: it adopts the type of what it meets. */
  literal: boolean;
  index: IndexExpr;
  /** Tuple values, when the Expr is a Tuple. */
  tuple?: ExprSummary[];
}

export type Entity =
  | { kind: 'func'; func: FuncState }
  /** `output` is set for `Output<Func[]>`: `resize(n)` adds Outputs named `NAME_i`. */
  | { kind: 'funcArray'; cppName: string; elems: Map<number, FuncState>; output?: IOInfo }
  /** `Input<Buffer<T>[N]> in{"in", 2}`: elements are Inputs named `in_0`, `in_1`, ... as Halide names them. */
  | { kind: 'inputArray'; cppName: string; elems: IOInfo[] }
  | { kind: 'var'; name: string; rvar: boolean; rdom?: string }
  | { kind: 'rdom'; info: RDomInfo }
  /** `asFunc`: converted to a Func (`Func f = input;`, a `Func` parameter): Halide's boundary conditions take it as one. */
  | { kind: 'input'; io: IOInfo; asFunc?: boolean }
  /** The Func Halide wraps an Input buffer in (`NAME_im`), as autoschedulers name it. */
  | { kind: 'inputWrapper'; io: IOInfo }
  | { kind: 'output'; io: IOInfo; func: FuncState }
  | { kind: 'param'; info: GeneratorParamInfo }
  | { kind: 'expr'; summary: ExprSummary }
  | { kind: 'value'; value: number | string | boolean }
  /** `LoopLevel l = ...;`: read where a directive uses it (loopLevel.ts). */
  | { kind: 'loopLevel'; node: import('./tree').SyntaxNode; scope: Scope; uses?: LoopLevelUse[] }
  /** `auto helper = [&](Func f) {...};`: a local lambda, run where it is called over the scope it captured. */
  | { kind: 'lambda'; node: import('./tree').SyntaxNode; scope: Scope }
  /** `FuncRef r = f(x, y);`: f at those arguments (read in `scope`), defined when r is assigned. */
  | { kind: 'funcRef'; func: FuncState; args: import('./tree').SyntaxNode[]; scope: Scope }
  /** `std::vector<Expr>`, `Expr c[4]`, `std::pair<Func, Func>`, vectors of pairs: the elements (containers.ts). */
  | { kind: 'list'; items: Entity[] }
  /**
   * `std::map<std::string, Func>` (helpers returning their Funcs by name), `std::unordered_map`: the
   * values by their keys, constants at generation time; `ordered` for std::map's sorted walk; `value`
   * the mapped type's name (`operator[]` default-makes one for a new key) (maps.ts).
   */
  | { kind: 'map'; entries: Map<number | string, Entity>; ordered: boolean; value: string }
  /** An instance of one of the file's own classes (`Complex c(re, im)`, a component struct member): its fields. */
  | { kind: 'object'; cls: ClassDef; fields: Scope }
  | { kind: 'unknown'; cppType: string };

/** One of the file's own (non-generator) classes: its members in order, methods by name, conversions. */
export interface ClassDef {
  name: string;
  body: import('./tree').SyntaxNode;
  /** Methods by name (constructors under the class's name, `operator+` ...), in-class ones first. */
  methods: Map<string, import('./tree').SyntaxNode[]>;
  /** `operator Tuple() const`, `operator Expr()`: how an object turns into an Expr where one is needed. */
  casts: import('./tree').SyntaxNode[];
  /** `struct Weight : public GeneratorInput<Buffer<float>>`: the Input type's template arguments (its objects are Inputs). */
  inputOf?: import('./tree').SyntaxNode[];
  /** A generator class other than the one read: made by `create<T>()` and run by `apply(...)` (subgenerators.ts). */
  generator?: boolean;
}

/**
 * A directive placed at a `GeneratorParam<LoopLevel>`: Halide reads the LoopLevel when it lowers, so a
 * `set(...)` made later (a parent generator placing a sub-generator's stages) moves it; `remake` gives
 * the directive for the level's current value.
 */
export interface LoopLevelUse { directive: import('./graph').Directive; remake: () => import('./graph').Directive }

/** Runs one of the file's own functions at generation time for its value (`use_8bit_multiply(target)`). */
export type CallEvaluator = (call: import('./tree').SyntaxNode, scope: Scope) => number | string | boolean | undefined;

export class Scope {
  private names = new Map<string, Entity>();
  private calls?: CallEvaluator;
  constructor(readonly parent: Scope | null = null) {}

  /** Set on the file scope: every scope under it can evaluate calls of the file's functions. */
  setCallEvaluator(fn: CallEvaluator): void {
    this.calls = fn;
  }
  callEvaluator(): CallEvaluator | undefined {
    return this.calls ?? this.parent?.callEvaluator();
  }

  lookup(name: string): Entity | undefined {
    return this.names.get(name) ?? this.parent?.lookup(name);
  }
  /** A name bound in this scope itself, not its parents (an object's own field). */
  own(name: string): Entity | undefined {
    return this.names.get(name);
  }
  entries(): [string, Entity][] {
    return [...this.names];
  }
  define(name: string, entity: Entity): void {
    this.names.set(name, entity);
  }
  /** Rebind where the name was defined (C++ assignment to an existing variable). */
  assign(name: string, entity: Entity): boolean {
    if (this.names.has(name)) {
      this.names.set(name, entity);
      return true;
    }
    return this.parent ? this.parent.assign(name, entity) : false;
  }
  child(): Scope {
    return new Scope(this);
  }
}
