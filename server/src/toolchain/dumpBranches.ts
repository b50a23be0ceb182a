// Which branch of the source each directive Halide reports was written in. The dump says what
// Halide applied, not whether the source wrote it inside `if (!auto_schedule)` (the manual branch,
// which a search from scratch replaces) or unconditionally (which Halide applies whatever schedule
// is chosen, and the search keeps). Each Func's directives take the branch the static reading found
// for directives of the same kind on the same Func and stage.
import type { Directive, DirectiveBranch, GeneratorGraph } from '../halide/graph';

/**
 * What a directive as written does, in the terms of what the dump reports: a tile is splits and a
 * reorder, a vectorize by a factor a split too, a compute_root the placement.
 */
function kinds(d: Directive): string[] {
  const factor = d.values.length > 1;
  switch (d.name) {
    case 'compute_root': case 'compute_at': case 'compute_inline': case 'compute_with': return ['compute'];
    case 'store_root': case 'store_at': return ['store'];
    case 'split': case 'fuse': case 'rename': return ['loops'];
    case 'tile': return ['loops', 'reorder'];
    case 'reorder': return ['reorder'];
    case 'vectorize': case 'unroll': case 'parallel': return factor ? [d.name, 'loops'] : [d.name];
    case 'bound': case 'bound_extent': return ['bound'];
    default: return [d.name];
  }
}

const keyOf = (func: string, stage: number, kind: string): string =>
  kind === 'compute' || kind === 'store' || kind === 'bound' ? `${func}|${kind}` : `${func}|${stage}|${kind}`;

/**
 * `schedule` (directives read from Halide's dump) with each directive's branch taken from the
 * static reading `sg`: 'always' where the source writes that kind of directive for that Func and
 * stage unconditionally; else the manual branch when the source has one; else 'always' (a source
 * with no auto_schedule branch has Halide apply its schedule either way).
 */
export function withStaticBranches(schedule: Directive[], sg: GeneratorGraph): Directive[] {
  const always = new Set<string>();
  let branched = false;
  for (const d of sg.schedule) {
    if (d.source !== 'source') continue;
    if (d.branch !== 'always') { branched = true; continue; }
    if (d.applies) for (const k of kinds(d)) always.add(keyOf(d.func, d.stage, k));
  }
  const fallback: DirectiveBranch = branched ? 'manual' : 'always';
  return schedule.map((d) => {
    const branch = kinds(d).some((k) => always.has(keyOf(d.func, d.stage, k))) ? 'always' : fallback;
    return branch === d.branch ? d : { ...d, branch };
  });
}
