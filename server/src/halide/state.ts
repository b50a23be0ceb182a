// Everything one generator's reading accumulates, plus the small helpers that create Funcs and stages.
import type { SyntaxNode } from './tree';
import { type Directive, type DirectiveArg, type GeneratorParamInfo, type GraphDiagnostic, type IOInfo, type RDomInfo, type Severity, type Stage, stageKey, type VarInfo } from './graph';
import type { ExprSummary, FuncState, Scope } from './scope';
import { mergeOps } from './summary';
import type { Wrapper } from './wrappers';
import { rangeOf } from './syntax';

export class ReaderState {
  readonly diagnostics: GraphDiagnostic[] = [];
  readonly params: GeneratorParamInfo[] = [];
  readonly inputs: IOInfo[] = [];
  readonly outputs: IOInfo[] = [];
  readonly vars: VarInfo[] = [];
  readonly rdoms: RDomInfo[] = [];
  readonly funcs: FuncState[] = [];
  readonly stages = new Map<string, Stage>();
  readonly directives: Directive[] = [];
  /** Above 0 while a sub-generator's members are declared (`create<T>()`): its Inputs and Outputs are not the pipeline's. */
  subGenerator = 0;
  /** `schedule = [=]() { ... };` set in generate(): run after it, over the scope it captured. */
  readonly deferredSchedules: { body: SyntaxNode; scope: Scope }[] = [];
  /** `f.in(g)`, `f.in()`, `f.clone_in(g)`: applied to the calls when the graph is assembled. */
  readonly wrappers: Wrapper[] = [];
  /** `r.where(cond)`: each RDom's predicates so far; a stage reducing over it loads what they load. */
  readonly rdomPredicates = new Map<string, ExprSummary[]>();
  private unique = new Map<string, number>();
  /** Names anonymous() made: Halide's own, kept as they are. */
  private readonly generated = new Set<string>();
  /** Roots of included headers' trees, by which a diagnostic in a header gets the header's uri. */
  readonly headerUris = new Map<SyntaxNode, string>();

  constructor(readonly members: Scope, public autoSchedule: boolean, readonly overrides: Record<string, string> = {}) {}

  diag(node: SyntaxNode, code: string, message: string, severity: Severity = 'warning'): void {
    const range = rangeOf(node);
    // The same construct met again (in an unrolled loop) is reported once.
    if (this.diagnostics.some((d) => d.code === code && d.message === message && d.range.start.line === range.start.line && d.range.start.character === range.start.character)) return;
    const d: GraphDiagnostic = { severity, code, message, range };
    if (this.headerUris.size) {
      let root = node;
      while (root.parent) root = root.parent;
      const uri = this.headerUris.get(root);
      if (uri) d.uri = uri;
    }
    this.diagnostics.push(d);
  }

  /** Halide's `prefix + unique_name('_')` names for `lambda(...)`: lambda_0, lambda_1, ... */
  uniqueName(prefix: string): string {
    const n = this.unique.get(prefix) ?? 0;
    this.unique.set(prefix, n + 1);
    return `${prefix}_${n}`;
  }

  /**
   * Halide's name for a Func or Var constructed without one (`Func f;`, `Var v;`): without debug
   * info it is `f` / `v` and a counter per letter, in construction order (class members first).
   */
  anonymous(letter: 'f' | 'v' | 'r' | 'b'): string {
    // Each Input buffer's Func is defined before generate() runs: one RVar name per dimension (addStage).
    if (letter === 'r' && !this.unique.has('r')) this.unique.set('r', this.inputs.filter((i) => i.kind === 'buffer').reduce((n, i) => n + i.dims, 0));
    const n = this.unique.get(letter) ?? 0;
    this.unique.set(letter, n + 1);
    this.generated.add(`${letter}${n}`);
    return `${letter}${n}`;
  }

  /**
   * An RDom constructed: its four member RVars (x, y, z, w) take unnamed RVar names first, then the
   * RDom its own (`r` and the counter) when given none. The counter also moves with every definition
   * (addStage), inline reduction (constructs.ts) and VarOrRVar (convertedToVarOrRVar): checked against
   * Halide 14's names for RDoms made after each of them.
   */
  rdomName(given: string | null): string {
    for (let i = 0; i < 4; i++) this.anonymous('r');
    return given ?? this.anonymous('r');
  }

  /**
   * A scheduling directive took `args` as Halide's VarOrRVar, which holds both a Var and an RVar and
   * default-constructs the one it is not given: each Var argument takes an unnamed RVar's name (`r`
   * and the counter), each RVar or RDom an unnamed Var's (`v`). Names given later shift by as many
   * (iir_blur: `reorder(x, ry)` in a helper called twice numbers the second call's `Var xo, yo`).
   */
  convertedToVarOrRVar(method: string, args: DirectiveArg[]): void {
    for (const a of args) {
      if (a.kind === 'list') this.convertedToVarOrRVar(method, a.items);
      else if (a.kind === 'var') this.anonymous(a.rvar ? 'v' : 'r');
    }
    // `vectorize(x, 8)` (unroll, parallel): a new unnamed Var (RVar for an RVar) for the inner loop,
    // split(x, x, tmp) converting all three again, then vectorize(tmp) (unroll) converting it once more.
    const [first, factor] = args;
    if (!['vectorize', 'unroll', 'parallel'].includes(method) || first?.kind !== 'var' || factor === undefined || factor.kind === 'enum') return;
    const [own, other] = first.rvar ? (['r', 'v'] as const) : (['v', 'r'] as const);
    this.anonymous(own);
    for (let i = method === 'parallel' ? 3 : 4; i > 0; i--) this.anonymous(other);
  }

  /** A new Func; a name already taken gets Halide's `$1`, `$2` ... suffix, as the pipeline would. */
  newFunc(name: string, cppName: string, kind: FuncState['kind'], node: SyntaxNode): FuncState {
    let unique = name;
    if (/^[A-Za-z]\d+$/.test(name) && kind !== 'output' && !this.generated.has(name)) {
      // A name like Halide's own for unnamed Funcs (`p1`, `u8`) is made unique as they are: `p1$0`.
      const n = this.unique.get(`$${name}`) ?? 0;
      this.unique.set(`$${name}`, n + 1);
      unique = `${name}$${n}`;
    }
    if (this.funcs.some((f) => f.name === unique)) {
      // One set per collision, not a scan per candidate: a loop making hundreds of `Func("pass")` stays linear.
      const names = new Set(this.funcs.map((f) => f.name));
      for (let k = 1; names.has(unique); k++) unique = `${name}$${k}`;
    }
    const f: FuncState = { name: unique, cppName, kind, stages: [], dims: 0, types: [], range: rangeOf(node) };
    this.funcs.push(f);
    return f;
  }

  addStage(func: FuncState, stage: Omit<Stage, 'id' | 'func' | 'index' | 'kind'>): Stage {
    const index = func.stages.length;
    const s: Stage = { id: stageKey(func.name, index), func: func.name, index, kind: index === 0 ? 'pure' : 'update', ...stage };
    // Halide tests an RDom's predicates at every point of the stage's domain: their loads and ops are the stage's.
    for (const rdom of new Set(s.rvars.map((r) => r.rdom))) {
      for (const p of this.rdomPredicates.get(rdom) ?? []) {
        s.calls = [...s.calls, ...p.calls];
        s.ops = structuredClone(s.ops);
        mergeOps(s.ops, p.ops);
      }
    }
    // Halide's define and define_update hold each pure Var as a VarOrRVar: one unnamed RVar's name each.
    for (let i = 0; i < s.pureVars.length; i++) this.anonymous('r');
    func.stages.push(s.id);
    this.stages.set(s.id, s);
    return s;
  }

  findFunc(name: string): FuncState | undefined {
    return this.funcs.find((f) => f.name === name);
  }
}
