// Pure packing of featurized pipelines into the network's padded input tensors, and unpacking of its
// outputs. No onnxruntime here, so unit tests can check the layout directly.
import type { PipelineFeatures } from '../features/index';

export interface PackedBatch {
  batch: number;
  stages: number;
  nx: number;
  ng: number;
  x: Float32Array;       // [batch, stages, nx]
  globals: Float32Array; // [batch, ng]
  adj: Float32Array;     // [batch, stages, stages]; adj[b][c][p] = 1 when stage p feeds stage c
  mask: Float32Array;    // [batch, stages]
}

export function pack(items: PipelineFeatures[], nx: number, ng: number): PackedBatch {
  const b = items.length;
  const n = Math.max(1, ...items.map((f) => f.stages.length));
  const x = new Float32Array(b * n * nx);
  const globals = new Float32Array(b * ng);
  const adj = new Float32Array(b * n * n);
  const mask = new Float32Array(b * n);
  items.forEach((f, i) => {
    if (f.globals.length !== ng) throw new Error(`pipeline ${f.generator}: ${f.globals.length} global features, the model expects ${ng}`);
    globals.set(f.globals, i * ng);
    f.stages.forEach((s, k) => {
      if (s.x.length !== nx) throw new Error(`stage ${s.name}: ${s.x.length} features, the model expects ${nx}`);
      x.set(s.x, (i * n + k) * nx);
      mask[i * n + k] = 1;
    });
    for (const [p, c] of f.edges) {
      if (p !== c && p < f.stages.length && c < f.stages.length) adj[(i * n + c) * n + p] = 1;
    }
  });
  return { batch: b, stages: n, nx, ng, x, globals, adj, mask };
}

/** Per-stage ms of item `i` (padding dropped). */
export function unpackStages(stageMs: Float32Array, n: number, i: number, count: number): number[] {
  return Array.from(stageMs.subarray(i * n, i * n + count));
}
