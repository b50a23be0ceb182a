// Edges between stage nodes: producer stage -> consumer stage for every call, and stage k-1 -> k of
// the same Func (an update runs after, and reads, the stage before it).
import { type GeneratorGraph, stageKey } from '../halide/graph';

interface Node { func: string; stage: number }

export function stageEdges(g: GeneratorGraph, nodes: Node[]): [number, number][] {
  const at = new Map(nodes.map((n, i) => [stageKey(n.func, n.stage), i]));
  const last = new Map<string, number>();
  for (const n of nodes) last.set(n.func, Math.max(last.get(n.func) ?? 0, n.stage));
  const seen = new Set<string>();
  const out: [number, number][] = [];
  const push = (p: number | undefined, c: number | undefined): void => {
    if (p === undefined || c === undefined || p === c || seen.has(`${p},${c}`)) return;
    seen.add(`${p},${c}`);
    out.push([p, c]);
  };
  for (const e of g.edges) {
    const c = at.get(e.consumer);
    if (c === undefined || !last.has(e.producer)) continue; // Inputs are not nodes
    const consumer = nodes[c];
    // A Func's consumers read its final value; an update reading its own Func reads the stage before.
    const stage = consumer.func === e.producer ? consumer.stage - 1 : last.get(e.producer)!;
    push(at.get(stageKey(e.producer, stage)), c);
  }
  for (const [i, n] of nodes.entries()) if (n.stage > 0) push(at.get(stageKey(n.func, n.stage - 1)), i);
  return out;
}
