// Random Halide 14 generator source, for training data that covers many distinct pipelines.
//
// randomPipeline(seed, name) writes one generator following corpus/README.md: one class in an
// anonymous namespace registered as NAME, every Func/Var/RDom a class member named with a string
// equal to its identifier, estimates on every input and output, and a hand schedule (varied by
// seed) under `if (!auto_schedule)` in schedule(). The pipeline is a DAG of Ansor/Adams-style
// stages (convolutions, stencils, pyramids, scans, histograms, reductions, gathers ...) over a
// 2-D image or a 3-4-D tensor. It is deterministic for a seed.
//
// `stages` is the number of stages of the front end's StageGraph: every pure and update
// definition, boundary-condition wrappers and inline-reduction Funcs included. Halide's own
// pipeline has exactly these (same names) plus one `NAME_im` wrapper per Input buffer.

import { mulberry32 } from './prng';

export interface RandomPipelineOptions {
  /** Fewest stages (>= 2); default 3. */
  minStages?: number;
  /** Most stages; default 20. */
  maxStages?: number;
}

export interface RandomPipeline {
  /** C++ source of the generator. */
  source: string;
  /** Registered generator name (as given). */
  name: string;
  /** Stages of the pipeline as extract() counts them (Halide's, less its `NAME_im` input wrappers). */
  stages: number;
  /** Kind of each building step, in order (a step makes one or more stages). */
  kinds: string[];
}


class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    // Mix the seed so nearby seeds start far apart.
    this.next = mulberry32(Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ 0x2545f491);
    for (let i = 0; i < 4; i++) this.next();
  }
  float(): number { return this.next(); }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.next() * total;
    for (const [v, w] of items) {
      if ((u -= w) < 0) return v;
    }
    return items[items.length - 1][0];
  }
}

type Ty = 'uint8' | 'uint16' | 'int16' | 'int32' | 'float';

const CPP_TYPE: Record<Ty, string> = {
  uint8: 'uint8_t', uint16: 'uint16_t', int16: 'int16_t', int32: 'int32_t', float: 'float',
};

/** Value range an integer type is clamped to on the way out; the scale a cast to float divides by. */
const TYPE_RANGE: Record<Ty, [number, number] | null> = {
  uint8: [0, 255], uint16: [0, 65535], int16: [-32768, 32767], int32: null, float: null,
};
const TYPE_SCALE: Record<Ty, number> = { uint8: 255, uint16: 65535, int16: 32767, int32: 1024, float: 1 };

/** A C++ float literal. */
function flt(v: number): string {
  let s = Number.isInteger(v) ? v.toFixed(1) : String(Math.round(v * 1e6) / 1e6);
  if (!/[.e]/.test(s)) s += '.0';
  return `${s}f`;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A value the pipeline computes: a Func of ours with its dimensions, extents and type. */
interface Node {
  name: string;
  /** Pure Vars, a subsequence of the domain's (x, y, c, n). */
  dims: string[];
  /** Estimated extent of each dimension. */
  ext: Record<string, number>;
  type: Ty;
  uses: number;
}

interface UpdateRec {
  /** Pure Vars of the update's left-hand side. */
  pure: string[];
  /** RVars it reduces over (C++ text, e.g. `r_conv3.x`) with their extents. */
  rvars: { name: string; extent: number }[];
}

/** What the schedule needs to know about each of our Funcs. */
interface FuncRec {
  name: string;
  dims: string[];
  ext: Record<string, number>;
  /** Our Funcs it reads (through Halide's own inline-reduction Funcs too). */
  producers: string[];
  updates: UpdateRec[];
  /**
   * Its updates sweep a whole dimension whatever region is asked for (scans, histograms,
   * reductions): computing it inside a consumer's loop would redo the sweep every iteration.
   */
  global?: boolean;
  /**
   * Read at data-dependent (clamped) points, so any consumer iteration may need all of it:
   * computing it inside a consumer's tile would recompute the whole clamp range per tile.
   */
  gathered?: boolean;
  /**
   * Read at 2 * x by a downsampling consumer. Halide 14 miscompiles some of these when the
   * producer is computed inside the consumer's loops (vector loads assumed aligned that are not:
   * the benchmark segfaults), so such Funcs are computed at root or inlined.
   */
  strided?: boolean;
}

interface InputRec {
  name: string;
  decl: string;
  estimate: string;
}

type Domain = 'image2d' | 'image3d' | 'tensor3d' | 'tensor4d';

const MAX_ELEMS = 1 << 26;

type OpName =
  | 'pointwise' | 'activation' | 'binary' | 'cast' | 'conv' | 'stencil' | 'separable' | 'downsample'
  | 'upsample' | 'resample' | 'gather' | 'all_to_all' | 'scan' | 'histogram' | 'lut' | 'reduction'
  | 'boundary' | 'transpose' | 'slice' | 'reindex';

class Builder {
  private readonly r: Rng;
  private readonly nodes: Node[] = [];
  private readonly funcs: FuncRec[] = [];
  private readonly inputs: InputRec[] = [];
  private readonly rdoms: string[] = [];
  private readonly gen: string[] = [];
  private readonly vars = new Set<string>();
  readonly kinds: string[] = [];
  stages = 0;
  private counter = 0;
  private domain: Domain = 'image2d';
  private domainDims: string[] = [];
  private domainExt: Record<string, number> = {};
  private gain: { used: boolean } | null = null;
  private description = '';

  constructor(private readonly seed: number, private readonly regName: string, private readonly target: number) {
    this.r = new Rng(seed);
  }

  // ---- small helpers ----------------------------------------------------------------------------

  private fresh(base: string): string {
    return `${base}${this.counter++}`;
  }

  private remaining(): number {
    // One stage is kept for the output.
    return this.target - 1 - this.stages;
  }

  private args(n: Node, sub: Record<string, string> = {}): string {
    return n.dims.map((d) => sub[d] ?? d).join(', ');
  }

  private call(n: Node, sub: Record<string, string> = {}): string {
    return `${n.name}(${this.args(n, sub)})`;
  }

  /** A call of `n` as a float, scaled to roughly [0, 1] for integer data. */
  private fcall(n: Node, sub: Record<string, string> = {}): string {
    const c = this.call(n, sub);
    if (n.type === 'float') return c;
    const k = TYPE_SCALE[n.type];
    return k === 1 ? `cast<float>(${c})` : `(cast<float>(${c}) * ${flt(1 / k)})`;
  }

  /** Arguments that read `n` at a point of a Func with extents `ext` (nearest-neighbour rescale). */
  private subAt(n: Node, ext: Record<string, number>): Record<string, string> {
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

  private lhs(dims: string[], sub: Record<string, string> = {}): string {
    return dims.map((d) => sub[d] ?? d).join(', ');
  }

  private markGathered(n: Node): void {
    const f = this.funcs.find((g) => g.name === n.name);
    if (f) f.gathered = true;
  }

  private markStrided(n: Node): void {
    const f = this.funcs.find((g) => g.name === n.name);
    if (f) f.strided = true;
  }

  private use(...ns: Node[]): void {
    for (const n of ns) n.uses++;
  }

  private addNode(
    name: string, dims: string[], ext: Record<string, number>, type: Ty, producers: Node[], updates: UpdateRec[] = [], global = false,
  ): Node {
    const node: Node = { name, dims: [...dims], ext: { ...ext }, type, uses: 0 };
    this.nodes.push(node);
    this.funcs.push({ name, dims: [...dims], ext: { ...ext }, producers: [...new Set(producers.map((p) => p.name))], updates, global });
    this.use(...producers);
    return node;
  }

  private elems(ext: Record<string, number>, dims: string[]): number {
    return dims.reduce((p, d) => p * ext[d], 1);
  }

  /** An operand: mostly the newest value nobody reads yet, sometimes an older one (fan-out). */
  private pickNode(ok: (n: Node) => boolean = () => true): Node | null {
    const cands = this.nodes.filter(ok);
    if (cands.length === 0) return null;
    const unused = cands.filter((n) => n.uses === 0);
    if (unused.length && this.r.chance(0.8)) {
      return this.r.chance(0.7) ? unused[unused.length - 1] : this.r.pick(unused);
    }
    return this.r.chance(0.5) ? cands[cands.length - 1] : this.r.pick(cands);
  }

  private newRDom(name: string, ranges: [number, number][]): void {
    this.rdoms.push(name);
    const parts = ranges.map(([m, e]) => `${m}, ${e}`).join(', ');
    this.gen.push(`${name} = RDom(${parts}, "${name}");`);
  }

  private zero(t: Ty): string {
    return t === 'float' ? '0.0f' : t === 'int32' ? '0' : `cast<${CPP_TYPE[t]}>(0)`;
  }

  /** `v` (a float expression) converted to type t. */
  private fromFloat(v: string, t: Ty): string {
    if (t === 'float') return v;
    const range = TYPE_RANGE[t];
    const k = TYPE_SCALE[t];
    const scaled = k === 1 ? v : `${v} * ${flt(k)}`;
    return range ? `cast<${CPP_TYPE[t]}>(clamp(${scaled}, ${flt(range[0])}, ${flt(range[1])}))` : `cast<${CPP_TYPE[t]}>(${scaled})`;
  }

  private gainFactor(): string {
    if (this.gain && this.r.chance(0.5)) {
      this.gain.used = true;
      return ' * gain';
    }
    return '';
  }

  // ---- the pipeline's interface -----------------------------------------------------------------

  private chooseDomain(): void {
    this.domain = this.r.weighted<Domain>([['image2d', 4], ['image3d', 3], ['tensor3d', 1.5], ['tensor4d', 1.5]]);
    const sizes = [256, 384, 512, 640, 768, 1024, 1280, 1536, 1920, 2048, 2560, 3072, 4096];
    switch (this.domain) {
      case 'image2d': {
        const w = this.r.pick(sizes);
        const h = this.r.pick(sizes.filter((s) => s * w <= 4096 * 4096 && s >= w / 4 && s <= w * 4));
        this.domainDims = ['x', 'y'];
        this.domainExt = { x: w, y: h };
        break;
      }
      case 'image3d': {
        const w = this.r.pick(sizes.slice(0, 11));
        const h = this.r.pick(sizes.filter((s) => s * w <= 3072 * 3072 && s >= w / 4 && s <= w * 4));
        this.domainDims = ['x', 'y', 'c'];
        this.domainExt = { x: w, y: h, c: this.r.pick([3, 3, 4]) };
        break;
      }
      case 'tensor3d': {
        const w = this.r.pick([16, 28, 32, 56, 64, 112, 128]);
        this.domainDims = ['x', 'y', 'c'];
        this.domainExt = { x: w, y: w, c: this.r.pick([8, 16, 24, 32, 64]) };
        break;
      }
      case 'tensor4d': {
        const w = this.r.pick([14, 16, 28, 32, 56]);
        this.domainDims = ['x', 'y', 'c', 'n'];
        this.domainExt = { x: w, y: w, c: this.r.pick([8, 16, 32, 64]), n: this.r.pick([2, 4, 8]) };
        break;
      }
    }
    for (const d of this.domainDims) this.vars.add(d);
  }

  private estimateOf(dims: string[], ext: Record<string, number>): string {
    return `{${dims.map((d) => `{0, ${ext[d]}}`).join(', ')}}`;
  }

  private addInput(name: string, t: Ty, dims: string[], ext: Record<string, number>): void {
    this.inputs.push({
      name,
      decl: `Input<Buffer<${CPP_TYPE[t]}>> ${name}{"${name}", ${dims.length}};`,
      estimate: `${name}.set_estimates(${this.estimateOf(dims, ext)});`,
    });
  }

  /** A weights Input of floats read with the given extents. */
  private addWeights(name: string, exts: number[]): void {
    this.inputs.push({
      name,
      decl: `Input<Buffer<float>> ${name}{"${name}", ${exts.length}};`,
      estimate: `${name}.set_estimates({${exts.map((e) => `{0, ${e}}`).join(', ')}});`,
    });
  }

  /** An image Input and the Func that reads it with a boundary condition. */
  private wrapInput(input: string, t: Ty, dims: string[], budget: number): void {
    const kinds: [string, number, number][] = [
      ['clamp', 1, 2], ['repeat_edge', 3, 3], ['mirror_image', 3, 2], ['mirror_interior', 3, 1],
      ['constant_exterior', 4, 2], ['repeat_image', 3, 0.5],
    ];
    const fit = kinds.filter(([, cost]) => cost <= budget);
    const kind = this.r.weighted(fit.map(([k, , w]) => [k, w] as const));
    const cost = kinds.find(([k]) => k === kind)![1];
    const name = this.fresh('in');
    const all = this.lhs(dims);
    if (kind === 'clamp') {
      const sub: Record<string, string> = {};
      dims.forEach((d, i) => {
        if (d === 'x' || d === 'y') sub[d] = `clamp(${d}, 0, ${input}.dim(${i}).extent() - 1)`;
      });
      this.gen.push(`${name}(${all}) = ${input}(${this.lhs(dims, sub)});`);
    } else if (kind === 'constant_exterior') {
      this.gen.push(`${name}(${all}) = BoundaryConditions::constant_exterior(${input}, ${this.zero(t)})(${all});`);
    } else {
      this.gen.push(`${name}(${all}) = BoundaryConditions::${kind}(${input})(${all});`);
    }
    this.stages += cost;
    this.kinds.push('boundary');
    this.addNode(name, dims, this.domainExt, t, []);
  }

  private chooseInputs(): Ty {
    const imageTypes: Ty[] = this.domain === 'image2d' ? ['uint8', 'uint8', 'uint16', 'float', 'int16']
      : this.domain === 'image3d' ? ['uint8', 'uint8', 'uint16', 'float'] : ['float', 'float', 'float', 'int16', 'uint8'];
    const t0 = this.r.pick(imageTypes);
    const two = this.target >= 6 && this.r.chance(0.4);
    this.addInput('input', t0, this.domainDims, this.domainExt);
    const specs: { name: string; t: Ty; dims: string[] }[] = [{ name: 'input', t: t0, dims: this.domainDims }];
    if (two) {
      const t1 = this.r.chance(0.6) ? t0 : this.r.pick(imageTypes);
      // A second image of the same shape, or a 2-D guide/mask for a 3-4-D domain.
      const dims = this.domainDims.length > 2 && this.r.chance(0.4) ? ['x', 'y'] : this.domainDims;
      this.addInput('input2', t1, dims, this.domainExt);
      specs.push({ name: 'input2', t: t1, dims });
    }
    specs.forEach((s, i) => {
      const later = specs.length - 1 - i;
      this.wrapInput(s.name, s.t, s.dims, this.remaining() - later);
    });
    if (this.r.chance(0.3)) {
      this.gain = { used: false };
      this.inputs.push({ name: 'gain', decl: 'Input<float> gain{"gain"};', estimate: `gain.set_estimate(${flt(this.r.pick([0.5, 1.0, 1.25, 2.0]))});` });
    }
    this.description = `${this.domain} ${this.domainDims.map((d) => this.domainExt[d]).join('x')} ${t0}`;
    return this.r.chance(0.7) ? t0 : this.r.pick(imageTypes);
  }

  // ---- stage kinds --------------------------------------------------------------------------------
  // Each returns false (emitting nothing) when it does not apply or does not fit the budget.

  private opPointwise(): boolean {
    const a = this.pickNode();
    if (!a) return false;
    const name = this.fresh('pw');
    const v = this.fcall(a);
    let expr: string;
    let t: Ty = 'float';
    if (a.type !== 'float' && this.r.chance(0.35)) {
      t = a.type;
      const c = this.call(a);
      expr = this.r.pick([`${c} / 2 + 16`, `min(${c}, 100)`, `${c} * 3 / 4`, `max(${c}, 8) - 8`]);
    } else {
      expr = this.r.pick([
        `exp(-abs(${v}))`, `sqrt(abs(${v}) + 1.0f)`, `tanh(${v})`, `log(abs(${v}) + 1.0f)`,
        `sin(${v}) * 0.5f + 0.5f`, `${v} * ${v} * 0.5f - ${v}`, `pow(abs(${v}) + 0.001f, 0.4545f)`,
        `${v} / (1.0f + abs(${v}))`, `floor(${v} * 8.0f) * 0.125f`,
      ]) + this.gainFactor();
    }
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${expr};`);
    this.addNode(name, a.dims, a.ext, t, [a]);
    this.stages += 1;
    this.kinds.push('pointwise');
    return true;
  }

  private opActivation(): boolean {
    const a = this.pickNode();
    if (!a) return false;
    const name = this.fresh('act');
    let expr: string;
    let t: Ty = 'float';
    const v = this.fcall(a);
    const kind = this.r.pick(['relu', 'relu', 'sigmoid', 'leaky', 'relu6', 'softplus']);
    if (kind === 'relu' && a.type !== 'float' && a.type !== 'int32' && this.r.chance(0.5)) {
      t = a.type;
      expr = `max(${this.call(a)}, ${this.zero(a.type)})`;
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
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${expr};`);
    this.addNode(name, a.dims, a.ext, t, [a]);
    this.stages += 1;
    this.kinds.push('activation');
    return true;
  }

  private opBinary(): boolean {
    const a = this.pickNode((n) => n.dims.length > 0);
    if (!a) return false;
    const subset = (p: Node, q: Node) => p.dims.every((d) => q.dims.includes(d));
    let b = this.pickNode((n) => n !== a && (subset(n, a) || subset(a, n)));
    if (!b) {
      if (!this.r.chance(0.5)) return false;
      b = a; // a value combined with itself, shifted: still a fan-out
    }
    let big = a;
    let small = b;
    if (!subset(small, big)) [big, small] = [small, big];
    const name = this.fresh(this.r.pick(['add', 'mul', 'mn', 'mx', 'diff', 'avg', 'blend']));
    const ext = big.ext;
    const sub = small === big ? (big.dims.includes('x') ? { x: 'x + 1' } : {}) : this.subAt(small, ext);
    let t: Ty = 'float';
    let expr: string;
    const op = name.replace(/\d+$/, '');
    if (small.type === big.type && big.type !== 'float' && (op === 'mn' || op === 'mx' || op === 'add')) {
      t = big.type;
      const p = this.call(big);
      const q = this.call(small, sub);
      expr = op === 'mn' ? `min(${p}, ${q})` : op === 'mx' ? `max(${p}, ${q})` : `${p} / 2 + ${q} / 2`;
    } else {
      const p = this.fcall(big);
      const q = this.fcall(small, sub);
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
    this.gen.push(`${name}(${this.lhs(big.dims)}) = ${expr};`);
    this.addNode(name, big.dims, ext, t, [big, small]);
    this.stages += 1;
    this.kinds.push('binary');
    return true;
  }

  private opCast(): boolean {
    const a = this.pickNode();
    if (!a) return false;
    const types: Ty[] = ['uint8', 'uint16', 'int16', 'int32', 'float'];
    const t = this.r.pick(types.filter((x) => x !== a.type));
    const name = this.fresh('cvt');
    let expr: string;
    if (t === 'float') expr = this.fcall(a);
    else if (a.type !== 'float' && this.r.chance(0.4)) expr = `saturating_cast<${CPP_TYPE[t]}>(${this.call(a)})`;
    else expr = this.fromFloat(this.fcall(a), t);
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${expr};`);
    this.addNode(name, a.dims, a.ext, t, [a]);
    this.stages += 1;
    this.kinds.push('cast');
    return true;
  }

  private opConv(): boolean {
    if (this.remaining() < 2) return false;
    const spatial = (n: Node) => n.dims.includes('x') && n.dims.includes('y') && n.ext.x >= 8 && n.ext.y >= 8;
    const a = this.pickNode(spatial);
    if (!a) return false;
    const withC = a.dims.includes('c') && this.domain !== 'image3d' ? this.r.pick(['full', 'full', 'depthwise', 'spatial'] as const) : 'spatial';
    const k = withC === 'full' ? this.r.pick([1, 3, 3]) : this.r.pick([3, 3, 5]);
    const h = Math.floor(k / 2);
    const name = this.fresh(withC === 'depthwise' ? 'dw' : 'conv');
    const rd = `r_${name}`;
    const C = a.ext.c;
    const ranges: [number, number][] = [[0, k], [0, k]];
    if (withC === 'full') ranges.push([0, C]);
    this.newRDom(rd, ranges);
    const sub: Record<string, string> = { x: `x + ${rd}.x${h ? ` - ${h}` : ''}`, y: `y + ${rd}.y${h ? ` - ${h}` : ''}` };
    if (withC === 'full') sub.c = `${rd}.z`;
    let tap: string;
    let init = '0.0f';
    if (withC === 'full') {
      const w = `w_${name}`;
      this.addWeights(w, [k, k, C, C]);
      tap = `${w}(${rd}.x, ${rd}.y, ${rd}.z, c)`;
      if (this.r.chance(0.6)) {
        const bname = `b_${name}`;
        this.addWeights(bname, [C]);
        init = `${bname}(c)`;
      }
    } else if (withC === 'depthwise') {
      const w = `w_${name}`;
      this.addWeights(w, [k, k, C]);
      tap = `${w}(${rd}.x, ${rd}.y, c)`;
    } else if (this.r.chance(0.4)) {
      const w = `w_${name}`;
      this.addWeights(w, [k, k]);
      tap = `${w}(${rd}.x, ${rd}.y)`;
    } else {
      tap = `exp(-cast<float>((${rd}.x - ${h}) * (${rd}.x - ${h}) + (${rd}.y - ${h}) * (${rd}.y - ${h})) * ${flt(this.r.pick([0.3, 0.5, 0.8]))})`;
    }
    const pureDims = a.dims;
    this.gen.push(`${name}(${this.lhs(pureDims)}) = ${init};`);
    this.gen.push(`${name}(${this.lhs(pureDims)}) += ${this.fcall(a, sub)} * ${tap};`);
    const rvars = ranges.map(([, e], i) => ({ name: `${rd}.${'xyzw'[i]}`, extent: e }));
    const node = this.addNode(name, pureDims, a.ext, 'float', [a], [{ pure: pureDims, rvars }]);
    this.stages += 2;
    this.kinds.push('conv');
    // Sometimes a bias/activation right after, as in a DNN layer.
    if (this.remaining() >= 1 && this.r.chance(0.3)) {
      const act = this.fresh('relu');
      this.gen.push(`${act}(${this.lhs(pureDims)}) = max(${this.call(node)}, 0.0f);`);
      this.addNode(act, pureDims, a.ext, 'float', [node]);
      this.stages += 1;
      this.kinds.push('activation');
    }
    return true;
  }

  private opStencil(): boolean {
    const a = this.pickNode((n) => n.dims.includes('x'));
    if (!a) return false;
    const twoD = a.dims.includes('y');
    const kind = twoD ? this.r.pick(['laplacian', 'gradient', 'dilate', 'erode', 'box']) : this.r.pick(['laplacian', 'dilate', 'box']);
    const name = this.fresh(kind === 'laplacian' ? 'lap' : kind === 'gradient' ? 'grad' : kind === 'box' ? 'box' : kind);
    const at = (dx: number, dy: number, asFloat = true): string => {
      const sub: Record<string, string> = {};
      if (dx) sub.x = dx > 0 ? `x + ${dx}` : `x - ${-dx}`;
      if (dy) sub.y = dy > 0 ? `y + ${dy}` : `y - ${-dy}`;
      return asFloat ? this.fcall(a, sub) : this.call(a, sub);
    };
    const offsets: [number, number][] = twoD ? [[-1, 0], [1, 0], [0, -1], [0, 1]] : [[-1, 0], [1, 0]];
    let expr: string;
    let t: Ty = 'float';
    if (kind === 'laplacian') {
      expr = `${offsets.map(([dx, dy]) => at(dx, dy)).join(' + ')} - ${flt(offsets.length)} * ${at(0, 0)}`;
    } else if (kind === 'gradient') {
      expr = `sqrt((${at(1, 0)} - ${at(-1, 0)}) * (${at(1, 0)} - ${at(-1, 0)}) + (${at(0, 1)} - ${at(0, -1)}) * (${at(0, 1)} - ${at(0, -1)}))`;
    } else if (kind === 'dilate' || kind === 'erode') {
      t = a.type;
      const f = kind === 'dilate' ? 'max' : 'min';
      const pts: [number, number][] = twoD ? [[0, 0], ...offsets] : [[0, 0], ...offsets];
      expr = pts.map(([dx, dy]) => at(dx, dy, false)).reduce((acc, p) => `${f}(${acc}, ${p})`);
    } else {
      const pts: string[] = [];
      for (let dy = twoD ? -1 : 0; dy <= (twoD ? 1 : 0); dy++) for (let dx = -1; dx <= 1; dx++) pts.push(at(dx, dy));
      expr = `(${pts.join(' + ')}) * ${flt(1 / pts.length)}`;
    }
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${expr};`);
    this.addNode(name, a.dims, a.ext, t, [a]);
    this.stages += 1;
    this.kinds.push('stencil');
    return true;
  }

  private opSeparable(): boolean {
    if (this.remaining() < 2) return false;
    const a = this.pickNode((n) => n.dims.includes('x') && n.dims.includes('y'));
    if (!a) return false;
    const taps = this.r.pick([[1, 2, 1], [1, 4, 6, 4, 1], [1, 1, 1], [1, 3, 3, 1]]);
    const sumW = taps.reduce((s, v) => s + v, 0);
    const h = Math.floor((taps.length - 1) / 2);
    const base = this.fresh('blur');
    const bx = `${base}_x`;
    const by = `${base}_y`;
    const intPath = a.type !== 'float' && a.type !== 'int32' && this.r.chance(0.6);
    const term = (n: Node, d: string, off: number, w: number, asInt: boolean): string => {
      const sub = off === 0 ? {} : { [d]: off > 0 ? `${d} + ${off}` : `${d} - ${-off}` };
      const v = asInt ? (n.type === 'int32' ? this.call(n, sub) : `cast<int32_t>(${this.call(n, sub)})`) : this.fcall(n, sub);
      return w === 1 ? v : asInt ? `${w} * ${v}` : `${flt(w)} * ${v}`;
    };
    const sumOf = (n: Node, d: string, asInt: boolean) => taps.map((w, i) => term(n, d, i - h, w, asInt)).join(' + ');
    if (intPath) {
      this.gen.push(`${bx}(${this.lhs(a.dims)}) = ${sumOf(a, 'x', true)};`);
      const nx = this.addNode(bx, a.dims, a.ext, 'int32', [a]);
      this.gen.push(`${by}(${this.lhs(a.dims)}) = cast<${CPP_TYPE[a.type]}>((${sumOf(nx, 'y', true)}) / ${sumW * sumW});`);
      this.addNode(by, a.dims, a.ext, a.type, [nx]);
    } else {
      this.gen.push(`${bx}(${this.lhs(a.dims)}) = (${sumOf(a, 'x', false)}) * ${flt(1 / sumW)};`);
      const nx = this.addNode(bx, a.dims, a.ext, 'float', [a]);
      this.gen.push(`${by}(${this.lhs(a.dims)}) = (${sumOf(nx, 'y', false)}) * ${flt(1 / sumW)};`);
      this.addNode(by, a.dims, a.ext, 'float', [nx]);
    }
    this.stages += 2;
    this.kinds.push('separable');
    return true;
  }

  private opDownsample(): boolean {
    const a = this.pickNode((n) => n.dims.includes('x') && n.dims.includes('y') && n.ext.x >= 32 && n.ext.y >= 32);
    if (!a) return false;
    const ext = { ...a.ext, x: Math.floor(a.ext.x / 2), y: Math.floor(a.ext.y / 2) };
    const separable = this.remaining() >= 2 && this.r.chance(0.5);
    if (separable) {
      // [1 3 3 1] / 8 taps in x then in y, as in a Gaussian pyramid.
      const base = this.fresh('down');
      const dx = `${base}_x`;
      const dy = `${base}_y`;
      const xExt = { ...a.ext, x: ext.x };
      const tap = (n: Node, d: string) => [
        `${this.fcall(n, { [d]: `2 * ${d} - 1` })}`, `3.0f * ${this.fcall(n, { [d]: `2 * ${d}` })}`,
        `3.0f * ${this.fcall(n, { [d]: `2 * ${d} + 1` })}`, `${this.fcall(n, { [d]: `2 * ${d} + 2` })}`,
      ].join(' + ');
      this.gen.push(`${dx}(${this.lhs(a.dims)}) = (${tap(a, 'x')}) * 0.125f;`);
      const nx = this.addNode(dx, a.dims, xExt, 'float', [a]);
      this.gen.push(`${dy}(${this.lhs(a.dims)}) = (${tap(nx, 'y')}) * 0.125f;`);
      this.addNode(dy, a.dims, ext, 'float', [nx]);
      this.stages += 2;
    } else {
      const name = this.fresh('down');
      const p = (ox: number, oy: number) => this.fcall(a, { x: ox ? '2 * x + 1' : '2 * x', y: oy ? '2 * y + 1' : '2 * y' });
      this.gen.push(`${name}(${this.lhs(a.dims)}) = (${p(0, 0)} + ${p(1, 0)} + ${p(0, 1)} + ${p(1, 1)}) * 0.25f;`);
      this.addNode(name, a.dims, ext, 'float', [a]);
      this.stages += 1;
    }
    this.markStrided(a);
    this.kinds.push('downsample');
    return true;
  }

  private opUpsample(): boolean {
    const a = this.pickNode((n) => n.dims.includes('x') && n.dims.includes('y') && n.ext.x <= 4096 &&
      this.elems(n.ext, n.dims) * 4 <= MAX_ELEMS);
    if (!a) return false;
    const ext = { ...a.ext, x: a.ext.x * 2, y: a.ext.y * 2 };
    if (this.remaining() >= 2 && this.r.chance(0.5)) {
      // Linear interpolation in x then y, as in a Laplacian pyramid.
      const base = this.fresh('up');
      const ux = `${base}_x`;
      const uy = `${base}_y`;
      const lin = (n: Node, d: string) =>
        `0.25f * ${this.fcall(n, { [d]: `(${d} / 2) - 1 + 2 * (${d} % 2)` })} + 0.75f * ${this.fcall(n, { [d]: `${d} / 2` })}`;
      this.gen.push(`${ux}(${this.lhs(a.dims)}) = ${lin(a, 'x')};`);
      const nx = this.addNode(ux, a.dims, { ...a.ext, x: ext.x }, 'float', [a]);
      this.gen.push(`${uy}(${this.lhs(a.dims)}) = ${lin(nx, 'y')};`);
      this.addNode(uy, a.dims, ext, 'float', [nx]);
      this.stages += 2;
    } else {
      const name = this.fresh('up');
      const fx = `${name}_fx`;
      const fy = `${name}_fy`;
      this.gen.push(`Expr ${fx} = cast<float>(x % 2) * 0.5f;`);
      this.gen.push(`Expr ${fy} = cast<float>(y % 2) * 0.5f;`);
      const p = (ox: number, oy: number) => this.fcall(a, { x: ox ? 'x / 2 + 1' : 'x / 2', y: oy ? 'y / 2 + 1' : 'y / 2' });
      this.gen.push(`${name}(${this.lhs(a.dims)}) = lerp(lerp(${p(0, 0)}, ${p(1, 0)}, ${fx}), lerp(${p(0, 1)}, ${p(1, 1)}, ${fx}), ${fy});`);
      this.addNode(name, a.dims, ext, 'float', [a]);
      this.stages += 1;
    }
    this.kinds.push('upsample');
    return true;
  }

  private opResample(): boolean {
    const s = this.r.pick([0.5, 0.75, 1.25, 1.5, 2.0, 0.8]);
    const a = this.pickNode((n) => n.dims.includes('x') && n.dims.includes('y') &&
      Math.floor(n.ext.x / s) >= 16 && Math.floor(n.ext.y / s) >= 16 && Math.floor(n.ext.x / s) <= 8192 &&
      this.elems(n.ext, n.dims) / (s * s) <= MAX_ELEMS);
    if (!a) return false;
    const ext = { ...a.ext, x: Math.floor(a.ext.x / s), y: Math.floor(a.ext.y / s) };
    const coords = (name: string, d: string) => {
      const sc = `${name}_s${d}`;
      const ic = `${name}_i${d}`;
      const fc = `${name}_f${d}`;
      this.gen.push(`Expr ${sc} = (cast<float>(${d}) + 0.5f) * ${flt(s)} - 0.5f;`);
      this.gen.push(`Expr ${ic} = cast<int32_t>(floor(${sc}));`);
      this.gen.push(`Expr ${fc} = ${sc} - cast<float>(${ic});`);
      return { i: ic, f: fc };
    };
    if (this.remaining() >= 2 && this.r.chance(0.4)) {
      const base = this.fresh('resize');
      const rx = `${base}_x`;
      const ry = `${base}_y`;
      const cx = coords(rx, 'x');
      this.gen.push(`${rx}(${this.lhs(a.dims)}) = lerp(${this.fcall(a, { x: cx.i })}, ${this.fcall(a, { x: `${cx.i} + 1` })}, ${cx.f});`);
      const nx = this.addNode(rx, a.dims, { ...a.ext, x: ext.x }, 'float', [a]);
      const cy = coords(ry, 'y');
      this.gen.push(`${ry}(${this.lhs(a.dims)}) = lerp(${this.fcall(nx, { y: cy.i })}, ${this.fcall(nx, { y: `${cy.i} + 1` })}, ${cy.f});`);
      this.addNode(ry, a.dims, ext, 'float', [nx]);
      this.stages += 2;
    } else {
      const name = this.fresh('resize');
      const cx = coords(name, 'x');
      const cy = coords(name, 'y');
      const p = (ox: number, oy: number) => this.fcall(a, { x: ox ? `${cx.i} + 1` : cx.i, y: oy ? `${cy.i} + 1` : cy.i });
      this.gen.push(`${name}(${this.lhs(a.dims)}) = lerp(lerp(${p(0, 0)}, ${p(1, 0)}, ${cx.f}), lerp(${p(0, 1)}, ${p(1, 1)}, ${cx.f}), ${cy.f});`);
      this.addNode(name, a.dims, ext, 'float', [a]);
      this.stages += 1;
    }
    this.kinds.push('resample');
    return true;
  }

  /** Data-dependent gather: displace x (and y) by another value, clamped to the source's extent. */
  private opGather(): boolean {
    const a = this.pickNode((n) => n.dims.includes('x') && n.ext.x >= 4);
    if (!a) return false;
    const b = this.pickNode((n) => n !== a && n.dims.length > 0 && n.dims.every((d) => a.dims.includes(d)));
    if (!b) return false;
    const name = this.fresh('warp');
    const fb = this.fcall(b, this.subAt(b, a.ext));
    const amp = this.r.pick([2.0, 4.0, 8.0]);
    const sx = `${name}_sx`;
    const ix = `${name}_ix`;
    const fx = `${name}_fx`;
    this.gen.push(`Expr ${sx} = cast<float>(x) + ${fb} * ${flt(amp)};`);
    this.gen.push(`Expr ${ix} = clamp(cast<int32_t>(floor(${sx})), 0, ${a.ext.x - 2});`);
    this.gen.push(`Expr ${fx} = clamp(${sx} - cast<float>(${ix}), 0.0f, 1.0f);`);
    if (a.dims.includes('y') && a.ext.y >= 4 && this.r.chance(0.5)) {
      const iy = `${name}_iy`;
      this.gen.push(`Expr ${iy} = clamp(cast<int32_t>(floor(cast<float>(y) - ${fb} * ${flt(amp)})), 0, ${a.ext.y - 1});`);
      this.gen.push(`${name}(${this.lhs(a.dims)}) = lerp(${this.fcall(a, { x: ix, y: iy })}, ${this.fcall(a, { x: `${ix} + 1`, y: iy })}, ${fx});`);
    } else {
      this.gen.push(`${name}(${this.lhs(a.dims)}) = lerp(${this.fcall(a, { x: ix })}, ${this.fcall(a, { x: `${ix} + 1` })}, ${fx});`);
    }
    this.addNode(name, a.dims, a.ext, 'float', [a, b]);
    this.markGathered(a);
    this.stages += 1;
    this.kinds.push('gather');
    return true;
  }

  private opAllToAll(): boolean {
    if (this.remaining() < 2) return false;
    const chan = (n: Node) => n.dims.includes('c') && n.ext.c >= 3;
    const mat = (n: Node) => n.dims.includes('x') && n.ext.x <= 512 && n.ext.x * this.elems(n.ext, n.dims) <= (1 << 28);
    const a = this.pickNode((n) => chan(n) || mat(n));
    if (!a) return false;
    const d = chan(a) && (!mat(a) || this.r.chance(0.6)) ? 'c' : 'x';
    const E = a.ext[d];
    const name = this.fresh(d === 'c' ? 'mix' : 'mm');
    const rd = `r_${name}`;
    this.newRDom(rd, [[0, E]]);
    let tap: string;
    if (this.r.chance(0.65)) {
      const w = `w_${name}`;
      this.addWeights(w, [E, E]);
      tap = `${w}(${rd}.x, clamp(${d}, 0, ${E - 1}))`;
    } else {
      tap = `(cast<float>((${rd}.x + 2 * ${d}) % 7) * 0.1f - 0.3f)`;
    }
    this.gen.push(`${name}(${this.lhs(a.dims)}) = 0.0f;`);
    this.gen.push(`${name}(${this.lhs(a.dims)}) += ${this.fcall(a, { [d]: `${rd}.x` })} * ${tap};`);
    this.addNode(name, a.dims, a.ext, 'float', [a], [{ pure: a.dims, rvars: [{ name: `${rd}.x`, extent: E }] }]);
    this.stages += 2;
    this.kinds.push('all_to_all');
    return true;
  }

  private opScan(): boolean {
    if (this.remaining() < 2) return false;
    const a = this.pickNode((n) => n.dims.some((d) => (d === 'x' || d === 'y') && n.ext[d] >= 4));
    if (!a) return false;
    const d = this.r.pick(a.dims.filter((v) => (v === 'x' || v === 'y') && a.ext[v] >= 4));
    const E = a.ext[d];
    const prefix = a.dims.length === 1 || this.r.chance(0.3);
    const both = !prefix && this.remaining() >= 3 && this.r.chance(0.4);
    const name = this.fresh(prefix ? 'cumsum' : 'iir');
    const rd = `r_${name}`;
    this.newRDom(rd, [[1, E - 1]]);
    const rv = `${rd}.x`;
    const intSum = prefix && a.type !== 'float';
    const t: Ty = intSum ? 'int32' : 'float';
    const self = (idx: string) => `${name}(${this.lhs(a.dims, { [d]: idx })})`;
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${intSum ? (a.type === 'int32' ? this.call(a) : `cast<int32_t>(${this.call(a)})`) : this.fcall(a)};`);
    const pure = a.dims.filter((v) => v !== d);
    const updates: UpdateRec[] = [{ pure, rvars: [{ name: rv, extent: E - 1 }] }];
    if (prefix) {
      this.gen.push(`${self(rv)} = ${self(`${rv} - 1`)} + ${self(rv)};`);
    } else {
      const alpha = this.r.pick([0.5, 0.7, 0.8, 0.9]);
      this.gen.push(`${self(rv)} = ${flt(alpha)} * ${self(`${rv} - 1`)} + ${flt(1 - alpha)} * ${self(rv)};`);
      if (both) {
        const back = `${E - 1} - ${rv}`;
        this.gen.push(`${self(back)} = ${flt(alpha)} * ${self(`${E} - ${rv}`)} + ${flt(1 - alpha)} * ${self(back)};`);
        updates.push({ pure, rvars: [{ name: rv, extent: E - 1 }] });
      }
    }
    this.addNode(name, a.dims, a.ext, t, [a], updates, true);
    this.stages += 1 + updates.length;
    this.kinds.push('scan');
    return true;
  }

  /** The bin of a value of type t among B bins, clamped. */
  private binOf(n: Node, sub: Record<string, string>, B: number): string {
    const c = this.call(n, sub);
    switch (n.type) {
      case 'uint8': return `clamp(cast<int32_t>(${c}) * ${B} / 256, 0, ${B - 1})`;
      case 'uint16': return `clamp(cast<int32_t>(${c}) / ${65536 / B}, 0, ${B - 1})`;
      case 'int16': return `clamp(cast<int32_t>(${c}) / ${65536 / B} + ${B / 2}, 0, ${B - 1})`;
      case 'int32': return `clamp(${c} + ${B / 2}, 0, ${B - 1})`;
      default: return `clamp(cast<int32_t>(${c} * ${flt(B - 1)}), 0, ${B - 1})`;
    }
  }

  private opHistogram(): boolean {
    if (this.remaining() < 2) return false;
    const a = this.pickNode((n) => n.dims.includes('x') && n.dims.length >= 2 && n.dims.length <= 4);
    if (!a) return false;
    const B = this.r.pick([64, 128, 256, 256]);
    const name = this.fresh('hist');
    const rd = `r_${name}`;
    this.newRDom(rd, a.dims.map((d) => [0, a.ext[d]] as [number, number]));
    const sub: Record<string, string> = {};
    a.dims.forEach((d, i) => { sub[d] = `${rd}.${'xyzw'[i]}`; });
    const weighted = a.type === 'float' && this.r.chance(0.3);
    this.gen.push(`${name}(x) = ${weighted ? '0.0f' : '0'};`);
    this.gen.push(`${name}(${this.binOf(a, sub, B)}) += ${weighted ? this.call(a, sub) : '1'};`);
    const rvars = a.dims.map((d, i) => ({ name: `${rd}.${'xyzw'[i]}`, extent: a.ext[d] }));
    this.vars.add('x');
    this.addNode(name, ['x'], { x: B }, weighted ? 'float' : 'int32', [a], [{ pure: [], rvars }], true);
    this.stages += 2;
    this.kinds.push('histogram');
    return true;
  }

  /** Apply a 1-D table (a histogram, a CDF, or a tone curve made here) with a clamped data-dependent index. */
  private opLut(): boolean {
    const a = this.pickNode((n) => n.dims.length >= 1 && !(n.dims.length === 1 && n.ext.x <= 256));
    if (!a) return false;
    let table = this.pickNode((n) => n !== a && n.dims.length === 1 && n.dims[0] === 'x' && n.ext.x <= 4096);
    if ((!table || this.r.chance(0.2)) && this.remaining() >= 2) {
      const name = this.fresh('curve');
      const B = this.r.pick([256, 256, 1024]);
      const xf = `cast<float>(x) * ${flt(1 / (B - 1))}`;
      const curve = this.r.pick([`pow(${xf}, 0.4545f)`, `1.0f - exp(-4.0f * ${xf})`, `${xf} * ${xf} * (3.0f - 2.0f * ${xf})`, `sqrt(${xf})`]);
      this.gen.push(`${name}(x) = ${curve};`);
      this.vars.add('x');
      table = this.addNode(name, ['x'], { x: B }, 'float', []);
      this.stages += 1;
    }
    if (!table) return false;
    const name = this.fresh('lut');
    const B = table.ext.x;
    let idx: string;
    if (a.type === 'float') idx = `clamp(cast<int32_t>(${this.call(a)} * ${flt(B - 1)}), 0, ${B - 1})`;
    else idx = this.binOf(a, {}, B);
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${this.fcall(table, { x: idx })};`);
    this.addNode(name, a.dims, a.ext, 'float', [a, table]);
    this.markGathered(table);
    this.stages += 1;
    this.kinds.push('lut');
    return true;
  }

  private opReduction(): boolean {
    if (this.remaining() < 2) return false;
    const a = this.pickNode((n) => n.dims.length >= 2);
    if (!a) return false;
    const d = this.r.pick(a.dims);
    const E = a.ext[d];
    const dims = a.dims.filter((v) => v !== d);
    const ext: Record<string, number> = {};
    for (const v of dims) ext[v] = a.ext[v];
    const kinds: ('sum' | 'max' | 'mean' | 'inline')[] = ['sum', 'max'];
    if (this.remaining() >= 3) kinds.push('mean', 'inline');
    const kind = this.r.pick(kinds);
    const name = this.fresh(kind === 'max' ? 'rmax' : kind === 'mean' ? 'mean' : 'red');
    const rd = `r_${name}`;
    const L = this.lhs(dims);
    if (kind === 'inline') {
      const fn = this.r.pick(['sum', 'maximum', 'minimum']);
      this.newRDom(rd, [[0, E]]);
      const scale = fn === 'sum' ? ` * ${flt(1 / E)}` : '';
      this.gen.push(`${name}(${L}) = ${fn}(${this.fcall(a, { [d]: `${rd}.x` })})${scale};`);
      this.addNode(name, dims, ext, 'float', [a], [], true);
      this.stages += 3;
    } else if (kind === 'max') {
      this.newRDom(rd, [[1, E - 1]]);
      this.gen.push(`${name}(${L}) = ${this.call(a, { [d]: '0' })};`);
      this.gen.push(`${name}(${L}) = max(${name}(${L}), ${this.call(a, { [d]: `${rd}.x` })});`);
      this.addNode(name, dims, ext, a.type, [a], [{ pure: dims, rvars: [{ name: `${rd}.x`, extent: E - 1 }] }], true);
      this.stages += 2;
    } else {
      this.newRDom(rd, [[0, E]]);
      this.gen.push(`${name}(${L}) = 0.0f;`);
      this.gen.push(`${name}(${L}) += ${this.fcall(a, { [d]: `${rd}.x` })};`);
      const updates: UpdateRec[] = [{ pure: dims, rvars: [{ name: `${rd}.x`, extent: E }] }];
      if (kind === 'mean') {
        this.gen.push(`${name}(${L}) = ${name}(${L}) * ${flt(1 / E)};`);
        updates.push({ pure: dims, rvars: [] });
      }
      this.addNode(name, dims, ext, 'float', [a], updates, true);
      this.stages += 1 + updates.length;
    }
    this.kinds.push('reduction');
    return true;
  }

  /** A boundary condition on an intermediate Func (padding before a stencil). */
  private opBoundary(): boolean {
    if (this.remaining() < 2) return false;
    const a = this.pickNode((n) => n.dims.length >= 1);
    if (!a) return false;
    const small = a.dims.some((d) => a.ext[d] < 2);
    const kinds = small ? ['repeat_edge'] : ['repeat_edge', 'mirror_image', 'mirror_interior'];
    if (this.remaining() >= 3) kinds.push('constant_exterior');
    const kind = this.r.pick(kinds);
    const name = this.fresh('pad');
    const bounds = `{${a.dims.map((d) => `{0, ${a.ext[d]}}`).join(', ')}}`;
    const src = kind === 'constant_exterior' ? `${a.name}, ${this.zero(a.type)}, ${bounds}` : `${a.name}, ${bounds}`;
    this.gen.push(`${name}(${this.lhs(a.dims)}) = BoundaryConditions::${kind}(${src})(${this.lhs(a.dims)});`);
    this.addNode(name, a.dims, a.ext, a.type, [a]);
    this.stages += kind === 'constant_exterior' ? 3 : 2;
    this.kinds.push('boundary');
    return true;
  }

  private opTranspose(): boolean {
    const a = this.pickNode((n) => n.dims.includes('x') && n.dims.includes('y'));
    if (!a) return false;
    const name = this.fresh('tr');
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${this.call(a, { x: 'y', y: 'x' })};`);
    this.addNode(name, a.dims, { ...a.ext, x: a.ext.y, y: a.ext.x }, a.type, [a]);
    this.stages += 1;
    this.kinds.push('transpose');
    return true;
  }

  private opSlice(): boolean {
    const a = this.pickNode((n) => n.dims.length >= 2);
    if (!a) return false;
    const d = this.r.pick(a.dims.includes('c') ? ['c', 'c', ...a.dims] : a.dims);
    const at = this.r.int(0, a.ext[d] - 1);
    const dims = a.dims.filter((v) => v !== d);
    const ext: Record<string, number> = {};
    for (const v of dims) ext[v] = a.ext[v];
    const name = this.fresh('slice');
    this.gen.push(`${name}(${this.lhs(dims)}) = ${this.call(a, { [d]: String(at) })};`);
    this.addNode(name, dims, ext, a.type, [a]);
    this.stages += 1;
    this.kinds.push('slice');
    return true;
  }

  private opReindex(): boolean {
    const a = this.pickNode((n) => n.dims.length >= 1);
    if (!a) return false;
    const opts: [string, Record<string, string>][] = [];
    if (a.dims.includes('x')) opts.push(['flip', { x: `${a.ext.x - 1} - x` }]);
    if (a.dims.includes('y')) opts.push(['flip', { y: `${a.ext.y - 1} - y` }]);
    if (a.dims.includes('c') && a.ext.c > 1) opts.push(['rev', { c: `${a.ext.c - 1} - c` }]);
    if (a.dims.includes('x') && a.dims.includes('y')) opts.push(['shift', { x: `x + ${this.r.int(1, 8)}`, y: `y - ${this.r.int(1, 8)}` }]);
    if (opts.length === 0) return false;
    const [base, sub] = this.r.pick(opts);
    const name = this.fresh(base);
    this.gen.push(`${name}(${this.lhs(a.dims)}) = ${this.call(a, sub)};`);
    this.addNode(name, a.dims, a.ext, a.type, [a]);
    this.stages += 1;
    this.kinds.push('reindex');
    return true;
  }

  private runOp(op: OpName): boolean {
    switch (op) {
      case 'pointwise': return this.opPointwise();
      case 'activation': return this.opActivation();
      case 'binary': return this.opBinary();
      case 'cast': return this.opCast();
      case 'conv': return this.opConv();
      case 'stencil': return this.opStencil();
      case 'separable': return this.opSeparable();
      case 'downsample': return this.opDownsample();
      case 'upsample': return this.opUpsample();
      case 'resample': return this.opResample();
      case 'gather': return this.opGather();
      case 'all_to_all': return this.opAllToAll();
      case 'scan': return this.opScan();
      case 'histogram': return this.opHistogram();
      case 'lut': return this.opLut();
      case 'reduction': return this.opReduction();
      case 'boundary': return this.opBoundary();
      case 'transpose': return this.opTranspose();
      case 'slice': return this.opSlice();
      case 'reindex': return this.opReindex();
    }
  }

  private opWeights(): (readonly [OpName, number])[] {
    const image = this.domain === 'image2d' || this.domain === 'image3d';
    const unusedTable = this.nodes.some((n) => n.uses === 0 && n.dims.length === 1);
    return [
      ['pointwise', 3], ['activation', image ? 1.5 : 3], ['binary', 4], ['cast', 1.5],
      ['conv', image ? 2 : 4], ['stencil', image ? 2.5 : 1], ['separable', image ? 2.5 : 1],
      ['downsample', image ? 2 : 1], ['upsample', image ? 1.5 : 0.7], ['resample', image ? 1.5 : 0.5],
      ['gather', 1], ['all_to_all', image ? 0.7 : 3], ['scan', 1.5], ['histogram', image ? 1.2 : 0.5],
      ['lut', unusedTable ? 6 : 1], ['reduction', 2], ['boundary', 1.2], ['transpose', 0.8],
      ['slice', 0.8], ['reindex', 0.8],
    ];
  }

  // ---- the output ---------------------------------------------------------------------------------

  private emitOutput(outType: Ty): Node {
    const main = this.nodes[this.nodes.length - 1];
    const dangling = this.nodes.filter((n) => n !== main && n.uses === 0);
    const parts = [main, ...dangling];
    const dims = this.domainDims.filter((d) => parts.some((p) => p.dims.includes(d)));
    const ext: Record<string, number> = {};
    for (const d of dims) ext[d] = (parts.find((p) => p.dims.includes(d)) ?? main).ext[d];
    const gainUnused = this.gain !== null && !this.gain.used;
    let expr: string;
    if (parts.length === 1 && !gainUnused && main.type === outType && main.dims.length === dims.length) {
      expr = this.call(main);
    } else {
      const terms = parts.map((p) => this.fcall(p, this.subAt(p, ext)));
      let v = terms.length === 1 ? terms[0] : `(${terms.join(' + ')}) * ${flt(1 / terms.length)}`;
      if (gainUnused) {
        v = `${v} * gain`;
        this.gain!.used = true;
      }
      expr = this.fromFloat(v, outType);
    }
    this.gen.push(`output(${this.lhs(dims)}) = ${expr};`);
    this.use(...parts);
    this.stages += 1;
    this.inputs.push({
      name: 'output',
      decl: `Output<Buffer<${CPP_TYPE[outType]}>> output{"output", ${dims.length}};`,
      estimate: `output.set_estimates(${this.estimateOf(dims, ext)});`,
    });
    this.funcs.push({ name: 'output', dims, ext, producers: [...new Set(parts.map((p) => p.name))], updates: [] });
    return { name: 'output', dims, ext, type: outType, uses: 0 };
  }

  // ---- the hand schedule --------------------------------------------------------------------------

  private vectorWidth(ext: number): number | null {
    if (ext >= 64 && this.r.chance(0.5)) return 16;
    return ext >= 8 ? 8 : null;
  }

  private schedule(): string[] {
    const out: string[] = [];
    const byName = new Map(this.funcs.map((f) => [f.name, f]));
    const consumers = new Map<string, Set<string>>();
    for (const f of this.funcs) {
      for (const p of f.producers) {
        if (!consumers.has(p)) consumers.set(p, new Set());
        consumers.get(p)!.add(f.name);
      }
    }
    const inline = new Set<string>();
    /** Funcs a consumer reads at data-dependent points (directly or through inlined Funcs). */
    const fullRange = new Set(this.funcs.filter((f) => f.gathered).map((f) => f.name));
    /** Funcs read at 2 * x (directly or through inlined Funcs). */
    const strided = new Set(this.funcs.filter((f) => f.strided).map((f) => f.name));
    /** Loop Vars of each non-inline Func that another Func may be computed at. */
    const loops = new Map<string, string[]>();

    // The output: tiles, splits or plain rows.
    const o = byName.get('output')!;
    const has = (d: string) => o.dims.includes(d);
    const chain: string[] = [];
    let oLoops: string[] = o.dims.filter((d) => d !== 'x');
    if (has('x') && has('y') && o.ext.x >= 64 && o.ext.y >= 16) {
      const variant = this.r.pick(['tile', 'tile', 'split', 'rows']);
      const vw = this.vectorWidth(o.ext.x) ?? 8;
      if (variant === 'tile') {
        const tx = this.r.pick([32, 64, 128, 256].filter((v) => v <= o.ext.x));
        const ty = this.r.pick([8, 16, 32, 64].filter((v) => v <= o.ext.y));
        chain.push(`tile(x, y, xo, yo, xi, yi, ${tx}, ${ty})`, `vectorize(xi, ${Math.min(vw, tx)})`);
        ['xo', 'yo', 'xi', 'yi'].forEach((v) => this.vars.add(v));
        oLoops = ['xo', 'yo', ...o.dims.filter((d) => d !== 'x' && d !== 'y')];
        if (has('c') && has('n') && this.r.chance(0.5)) {
          chain.push('fuse(c, n, t)', 'parallel(t)');
          this.vars.add('t');
          oLoops = ['xo', 'yo', 't'];
        } else {
          chain.push('parallel(yo)');
        }
      } else if (variant === 'split') {
        const sy = this.r.pick([4, 8, 16, 32].filter((v) => v <= o.ext.y));
        // Interleaved colour: channels innermost (then nothing is computed at c, inside the vector loop).
        const cInner = has('c') && o.ext.c <= 4 && !has('n') && this.r.chance(0.5);
        if (cInner) chain.push('reorder(c, x, y)');
        chain.push(`split(y, yo, yi, ${sy})`, 'parallel(yo)', `vectorize(x, ${vw})`);
        ['yo', 'yi'].forEach((v) => this.vars.add(v));
        oLoops = ['yo', 'yi', ...o.dims.filter((d) => (d === 'c' && !cInner) || d === 'n')];
      } else {
        chain.push(`vectorize(x, ${vw})`, 'parallel(y)');
      }
    } else {
      const vw = has('x') ? this.vectorWidth(o.ext.x) : null;
      if (vw) chain.push(`vectorize(x, ${vw})`);
      const outer = o.dims[o.dims.length - 1];
      if (outer && outer !== 'x' && o.ext[outer] >= 2) chain.push(`parallel(${outer})`);
    }
    if (chain.length) out.push(`output.${chain.join('\n    .')};`);
    loops.set('output', oLoops);

    // Everything else, consumers before producers.
    const others = this.funcs.filter((f) => f.name !== 'output').reverse();
    for (const f of others) {
      const nearest = new Set<string>();
      const stack = [...(consumers.get(f.name) ?? [])];
      const seen = new Set<string>();
      while (stack.length) {
        const c = stack.pop()!;
        if (seen.has(c)) continue;
        seen.add(c);
        if (inline.has(c)) stack.push(...(consumers.get(c) ?? []));
        else nearest.add(c);
      }
      const canInline = f.updates.length === 0 && !f.global;
      if (canInline && this.r.chance(0.4)) {
        inline.add(f.name);
        if (fullRange.has(f.name)) f.producers.forEach((p) => fullRange.add(p));
        if (strided.has(f.name)) f.producers.forEach((p) => strided.add(p));
        continue;
      }
      const links: string[] = [];
      const only = nearest.size === 1 ? byName.get([...nearest][0])! : null;
      const atOk = !f.global && !fullRange.has(f.name) && !strided.has(f.name) && only && only.updates.length === 0 && (loops.get(only.name) ?? []).length > 0;
      let root = true;
      if (atOk && this.r.chance(0.55)) {
        const v = this.r.pick(loops.get(only.name)!);
        links.push(`compute_at(${only.name}, ${v})`);
        root = false;
      } else {
        links.push('compute_root()');
      }
      // Halide warns when some definitions of a Func are scheduled and others not: an update
      // with no pure Var to schedule (a histogram's scatter) leaves the pure definition alone too.
      const updateLinks = f.updates.map((u) => {
        const ul: string[] = [];
        const vec = u.pure.includes('x') ? 'x' : u.pure.find((d) => f.ext[d] >= 8);
        if (vec && f.ext[vec] >= 8) ul.push(`vectorize(${vec}, ${this.vectorWidth(f.ext[vec]) ?? 8})`);
        const small = u.rvars.find((rv) => rv.extent <= 5);
        if (small && this.r.chance(0.5)) ul.push(`unroll(${small.name})`);
        if (root) {
          const outer = [...u.pure].reverse().find((d) => d !== vec && f.ext[d] >= 4);
          if (outer && this.r.chance(0.7)) ul.push(`parallel(${outer})`);
        }
        return ul;
      });
      const pureOk = updateLinks.every((ul) => ul.length > 0);
      if (pureOk && f.dims.includes('x')) {
        const vw = this.vectorWidth(f.ext.x);
        if (vw) links.push(`vectorize(x, ${vw})`);
      }
      if (pureOk && root) {
        const outer = [...f.dims].reverse().find((d) => d !== 'x' && f.ext[d] >= 4);
        if (outer) links.push(`parallel(${outer})`);
      }
      out.push(`${f.name}.${links.join('.')};`);
      updateLinks.forEach((ul, i) => {
        if (ul.length) out.push(`${f.name}.update(${i}).${ul.join('.')};`);
      });
      // Not at x: it is split by vectorize, and Halide 14's loop partitioning miscompiles a
      // boundary-clamped producer computed at the outer half of a vectorized x (out-of-bounds reads).
      loops.set(f.name, f.dims.filter((d) => d !== 'x'));
    }
    return out;
  }

  // ---- driver -------------------------------------------------------------------------------------

  build(): string {
    this.chooseDomain();
    const outType = this.chooseInputs();
    let guard = 0;
    while (this.remaining() > 0 && guard++ < 500) {
      const op = this.r.weighted(this.opWeights());
      if (!this.runOp(op) && guard > 200) this.opPointwise();
    }
    while (this.remaining() > 0) this.opPointwise();
    this.emitOutput(outType);
    const sched = this.schedule();
    return this.assemble(sched);
  }

  private className(): string {
    const parts = this.regName.split(/_+/).filter(Boolean);
    const camel = parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    return /^[A-Za-z]/.test(camel) ? camel : `Gen${camel}`;
  }

  private assemble(sched: string[]): string {
    const cls = this.className();
    const ind = (n: number) => ' '.repeat(n);
    const funcNames = this.funcs.filter((f) => f.name !== 'output').map((f) => f.name);
    const varOrder = ['x', 'y', 'c', 'n', 'xo', 'yo', 'xi', 'yi', 't'].filter((v) => this.vars.has(v));
    const L: string[] = [];
    L.push(`// Random pipeline (seed ${this.seed}): ${this.stages} stages over ${this.description} input.`);
    L.push(`// Steps: ${this.kinds.join(', ')}.`);
    L.push('#include "Halide.h"', '', 'using namespace Halide;', '', 'namespace {', '');
    L.push(`class ${cls} : public Generator<${cls}> {`, 'public:');
    for (const i of this.inputs) L.push(ind(4) + i.decl);
    L.push('');
    L.push(ind(4) + `Var ${varOrder.map((v) => `${v}{"${v}"}`).join(', ')};`);
    if (this.rdoms.length) L.push(ind(4) + `RDom ${this.rdoms.join(', ')};`);
    for (let i = 0; i < funcNames.length; i += 6) {
      L.push(ind(4) + `Func ${funcNames.slice(i, i + 6).map((f) => `${f}{"${f}"}`).join(', ')};`);
    }
    L.push('', ind(4) + 'void generate() {');
    for (const g of this.gen) L.push(ind(8) + g);
    L.push(ind(4) + '}', '', ind(4) + 'void schedule() {');
    for (const i of this.inputs) L.push(ind(8) + i.estimate);
    L.push('', ind(8) + 'if (!auto_schedule) {');
    for (const s of sched) for (const line of s.split('\n')) L.push(ind(12) + line);
    L.push(ind(8) + '}', ind(4) + '}', '};', '', '}  // namespace', '');
    L.push(`HALIDE_REGISTER_GENERATOR(${cls}, ${this.regName})`, '');
    return L.join('\n');
  }
}

export function randomPipeline(seed: number, name: string, opts: RandomPipelineOptions = {}): RandomPipeline {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`generator name '${name}' is not a C++ identifier`);
  const min = Math.max(2, Math.floor(opts.minStages ?? 3));
  const max = Math.max(min, Math.floor(opts.maxStages ?? 20));
  const pickTarget = new Rng(seed ^ 0x5bd1e995);
  const target = pickTarget.int(min, max);
  const b = new Builder(seed, name, target);
  const source = b.build();
  return { source, name, stages: b.stages, kinds: [...b.kinds] };
}
