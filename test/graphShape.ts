// The invariants every StageGraph keeps however damaged its source: the contract's version, edges and
// Func stages that name existing stages, diagnostics with real positions and text, and JSON-serializable.
import * as assert from 'node:assert/strict';
import { STAGE_GRAPH_VERSION, type StageGraph } from '../server/src/halide/graph';

export function checkGraphShape(g: StageGraph): void {
  assert.equal(g.version, STAGE_GRAPH_VERSION);
  for (const gen of g.generators) {
    const ids = new Set(gen.stages.map((s) => s.id));
    for (const e of gen.edges) assert.ok(ids.has(e.consumer), `edge to unknown stage ${e.consumer}`);
    for (const f of gen.funcs) for (const s of f.stages) assert.ok(ids.has(s));
  }
  for (const d of g.diagnostics) assert.ok(d.range.start.line >= 0 && d.message.length > 0);
  JSON.stringify(g);
}
