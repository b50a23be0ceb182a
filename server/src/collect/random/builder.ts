// The state of one pipeline being built, and the small helpers every stage kind uses to read
// values and record what it wrote. Stage kinds (ops/), the inputs, the output and the hand
// schedule are functions over this state in their own modules, so its fields are public; only
// the builder's own helpers and those functions touch them.

import { CPP_TYPE, TYPE_RANGE, TYPE_SCALE, flt, gcd } from './cpp';
import { Rng } from './rng';
import type { Domain, FuncRec, InputRec, Node, Ty, UpdateRec } from './types';

export class Builder {
  readonly r: Rng;
  /** Values stage kinds may read, in the order they were made. */
  readonly nodes: Node[] = [];
  readonly funcs: FuncRec[] = [];
  /** Inputs, then the output: declarations and estimates in order. */
  readonly inputs: InputRec[] = [];
  readonly rdoms: string[] = [];
  /** Lines of generate(). */
  readonly gen: string[] = [];
  readonly vars = new Set<string>();
  readonly kinds: string[] = [];
  stages = 0;
  counter = 0;
  domain: Domain = 'image2d';
  domainDims: string[] = [];
  domainExt: Record<string, number> = {};
  /** The optional scalar `gain` Input; the output uses it if no stage did. */
  gain: { used: boolean } | null = null;
  description = '';

  constructor(readonly seed: number, readonly regName: string, readonly target: number) {
    this.r = new Rng(seed);
  }

  fresh(base: string): string {
    return `${base}${this.counter++}`;
  }

  remaining(): number {
    // One stage is kept for the output.
    return this.target - 1 - this.stages;
  }

  args(n: Node, sub: Record<string, string> = {}): string {
    return n.dims.map((d) => sub[d] ?? d).join(', ');
  }

  call(n: Node, sub: Record<string, string> = {}): string {
    return `${n.name}(${this.args(n, sub)})`;
  }

  /** A call of `n` as a float, scaled to roughly [0, 1] for integer data. */
  fcall(n: Node, sub: Record<string, string> = {}): string {
    const c = this.call(n, sub);
    if (n.type === 'float') return c;
    const k = TYPE_SCALE[n.type];
    return k === 1 ? `cast<float>(${c})` : `(cast<float>(${c}) * ${flt(1 / k)})`;
  }

  /** Arguments that read `n` at a point of a Func with extents `ext` (nearest-neighbour rescale). */
  subAt(n: Node, ext: Record<string, number>): Record<string, string> {
    const sub: Record<string, string> = {};
    for (const d of n.dims) {
      const from = ext[d];
      const to = n.ext[d];
      if (from === undefined || from === to) continue;
      const g = gcd(from, to);
      const a = to / g;
      const b = from / g;
      sub[d] = a === 1 ? `${d} / ${b}` : b === 1 ? `${d} * ${a}` : `${d} * ${a} / ${b}`;
    }
    return sub;
  }

  lhs(dims: string[], sub: Record<string, string> = {}): string {
    return dims.map((d) => sub[d] ?? d).join(', ');
  }

  markGathered(n: Node): void {
    const f = this.funcs.find((g) => g.name === n.name);
    if (f) f.gathered = true;
  }

  markStrided(n: Node): void {
    const f = this.funcs.find((g) => g.name === n.name);
    if (f) f.strided = true;
  }

  use(...ns: Node[]): void {
    for (const n of ns) n.uses++;
  }

  addNode(
    name: string, dims: string[], ext: Record<string, number>, type: Ty, producers: Node[], updates: UpdateRec[] = [], global = false,
  ): Node {
    const node: Node = { name, dims: [...dims], ext: { ...ext }, type, uses: 0 };
    this.nodes.push(node);
    this.funcs.push({ name, dims: [...dims], ext: { ...ext }, producers: [...new Set(producers.map((p) => p.name))], updates, global });
    this.use(...producers);
    return node;
  }

  elems(ext: Record<string, number>, dims: string[]): number {
    return dims.reduce((p, d) => p * ext[d], 1);
  }

  /** An operand: mostly the newest value nobody reads yet, sometimes an older one (fan-out). */
  pickNode(ok: (n: Node) => boolean = () => true): Node | null {
    const cands = this.nodes.filter(ok);
    if (cands.length === 0) return null;
    const unused = cands.filter((n) => n.uses === 0);
    if (unused.length && this.r.chance(0.8)) {
      return this.r.chance(0.7) ? unused[unused.length - 1] : this.r.pick(unused);
    }
    return this.r.chance(0.5) ? cands[cands.length - 1] : this.r.pick(cands);
  }

  newRDom(name: string, ranges: [number, number][]): void {
    this.rdoms.push(name);
    const parts = ranges.map(([m, e]) => `${m}, ${e}`).join(', ');
    this.gen.push(`${name} = RDom(${parts}, "${name}");`);
  }

  zero(t: Ty): string {
    return t === 'float' ? '0.0f' : t === 'int32' ? '0' : `cast<${CPP_TYPE[t]}>(0)`;
  }

  /** `v` (a float expression) converted to type t. */
  fromFloat(v: string, t: Ty): string {
    if (t === 'float') return v;
    const range = TYPE_RANGE[t];
    const k = TYPE_SCALE[t];
    const scaled = k === 1 ? v : `${v} * ${flt(k)}`;
    return range ? `cast<${CPP_TYPE[t]}>(clamp(${scaled}, ${flt(range[0])}, ${flt(range[1])}))` : `cast<${CPP_TYPE[t]}>(${scaled})`;
  }

  gainFactor(): string {
    if (this.gain && this.r.chance(0.5)) {
      this.gain.used = true;
      return ' * gain';
    }
    return '';
  }

  estimateOf(dims: string[], ext: Record<string, number>): string {
    return `{${dims.map((d) => `{0, ${ext[d]}}`).join(', ')}}`;
  }

  addInput(name: string, t: Ty, dims: string[], ext: Record<string, number>): void {
    this.inputs.push({
      name,
      decl: `Input<Buffer<${CPP_TYPE[t]}>> ${name}{"${name}", ${dims.length}};`,
      estimate: `${name}.set_estimates(${this.estimateOf(dims, ext)});`,
    });
  }

  /** A weights Input of floats read with the given extents. */
  addWeights(name: string, exts: number[]): void {
    this.inputs.push({
      name,
      decl: `Input<Buffer<float>> ${name}{"${name}", ${exts.length}};`,
      estimate: `${name}.set_estimates({${exts.map((e) => `{0, ${e}}`).join(', ')}});`,
    });
  }

}
