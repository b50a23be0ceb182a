// Builds one feature vector by name, so each feature module fills only its own names and a
// missing, unknown or non-finite value is caught here rather than reaching the model.

/** Position of every name, per schema list: looked up once, not per feature of every stage. */
const POSITIONS = new WeakMap<readonly string[], Map<string, number>>();

function positions(names: readonly string[]): Map<string, number> {
  let p = POSITIONS.get(names);
  if (!p) POSITIONS.set(names, (p = new Map(names.map((n, i) => [n, i]))));
  return p;
}

export class FeatureVector {
  private readonly index: Map<string, number>;
  /** NaN until set: every value set is finite (non-finite ones become 0), so NaN marks "unset". */
  private readonly values: number[];
  /** Names set that the schema does not have, in the order they were first set. */
  private readonly unknown: string[] = [];

  constructor(private readonly names: readonly string[]) {
    this.index = positions(names);
    this.values = new Array<number>(names.length).fill(NaN);
  }

  set(name: string, value: number | boolean): void {
    const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    const i = this.index.get(name);
    if (i === undefined) {
      if (!this.unknown.includes(name)) this.unknown.push(name);
      return;
    }
    // NaN/Infinity never reach the model: a bug in a formula shows up as 0 plus a warning upstream.
    this.values[i] = Number.isFinite(v) ? v : 0;
  }

  setAll(values: Record<string, number | boolean>): void {
    for (const k in values) this.set(k, values[k]);
  }

  /** The vector in schema order; throws on names outside the schema or left unset (a featurizer bug). */
  finish(): number[] {
    if (this.unknown.length) throw new Error(`feature '${this.unknown[0]}' is not in the schema`);
    const missing = this.values.findIndex((v) => Number.isNaN(v));
    if (missing >= 0) throw new Error(`feature '${this.names[missing]}' was not computed`);
    return [...this.values];
  }
}
