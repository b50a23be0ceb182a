// Builds one feature vector by name, so each feature module fills only its own names and a
// missing, unknown or non-finite value is caught here rather than reaching the model.
export class FeatureVector {
  private readonly values = new Map<string, number>();
  constructor(private readonly names: readonly string[]) {}

  set(name: string, value: number | boolean): void {
    const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    // NaN/Infinity never reach the model: a bug in a formula shows up as 0 plus a warning upstream.
    this.values.set(name, Number.isFinite(v) ? v : 0);
  }

  setAll(values: Record<string, number | boolean>): void {
    for (const [k, v] of Object.entries(values)) this.set(k, v);
  }

  /** The vector in schema order; throws on names outside the schema or left unset (a featurizer bug). */
  finish(): number[] {
    for (const k of this.values.keys()) if (!this.names.includes(k)) throw new Error(`feature '${k}' is not in the schema`);
    return this.names.map((n) => {
      const v = this.values.get(n);
      if (v === undefined) throw new Error(`feature '${n}' was not computed`);
      return v;
    });
  }
}
