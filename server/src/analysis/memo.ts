// Caches of results that do not depend on the schedule, for the search's thousands of candidates of
// one definition. Keyed first by an object an edit replaces (a graph's stages array, a stage, an index
// expression: a graph is a value, so old entries go with the old objects), then by a string naming
// what else the result depends on. Results are shared: callers must not modify them.
export class KeyedMemo<Owner extends object, V> {
  private readonly byOwner = new WeakMap<Owner, Map<string, V>>();

  get(owner: Owner, key: string, make: () => V): V {
    let byKey = this.byOwner.get(owner);
    if (!byKey) this.byOwner.set(owner, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = make();
    byKey.set(key, value);
    return value;
  }
}
