// The cost model as the server and CLI use it: lazily loaded onnxruntime session with a sticky failure
// (a broken or missing model is reported once, clearly, and never retried on every keystroke), and
// batched inference. session.run executes on onnxruntime's own threads, so awaiting it keeps the
// event loop free for the editor's requests.
import * as fs from 'node:fs';
import type { PipelineFeatures } from '../features/index';
import { pack, unpackStages } from './batch';
import { resolveModelPaths } from './files';
import { confidenceOf, type Confidence } from './confidence';
import { checkMeta, type ModelMeta } from './metadata';

export interface StagePrediction { func: string; stage: number; name: string; ms: number }
export interface PipelinePrediction {
  generator: string; threads: number; totalMs: number; stages: StagePrediction[];
  /** From the members' disagreement; null for a model without it. */
  confidence: Confidence | null;
  /** Sizes the prediction assumed because the generator gives none (halide/sizing.ts). */
  guessedSizes?: string[];
}
export type ModelStatus = { state: 'unloaded' | 'loading' | 'ready' | 'failed'; error?: string; modelPath?: string; schema?: number };
export interface PredictItem { generator: string; features: PipelineFeatures; threads: number }

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

// Cap on batch x stages x stages (the dense adjacency) per run: about 32 MB of float32.
const MAX_ADJ_ELEMENTS = 8_000_000;

export class CostModel {
  private state: ModelStatus = { state: 'unloaded' };
  private loading: Promise<void> | null = null;
  private session: Session | null = null;
  private ort: Ort | null = null;
  private meta: ModelMeta | null = null;

  constructor(private readonly opts: { modelPath?: string; threads?: number } = {}) {}

  status(): ModelStatus {
    return { ...this.state };
  }

  description(): ModelMeta | null {
    return this.meta;
  }

  /** Load once; later calls share the same promise. A failure is sticky and rethrown as is. */
  load(): Promise<void> {
    if (!this.loading) this.loading = this.doLoad();
    return this.loading;
  }

  private async doLoad(): Promise<void> {
    this.state = { state: 'loading' };
    try {
      const files = resolveModelPaths(this.opts.modelPath);
      this.state.modelPath = files.onnx;
      this.meta = checkMeta(JSON.parse(fs.readFileSync(files.meta, 'utf8')), files.meta);
      // Required here, not at the top: a server without the native module still parses and profiles.
      this.ort = require('onnxruntime-node') as Ort;
      this.session = await this.ort.InferenceSession.create(files.onnx, {
        intraOpNumThreads: this.opts.threads ?? 1, interOpNumThreads: 1, graphOptimizationLevel: 'all',
      });
      this.state = { state: 'ready', modelPath: files.onnx, schema: this.meta.schema };
    } catch (err) {
      this.state = { state: 'failed', modelPath: this.state.modelPath, error: err instanceof Error ? err.message : String(err) };
      throw new Error(`Halide Lens cost model unavailable: ${this.state.error}`);
    }
  }

  /** Predicted per-stage and total ms for each item, in order. */
  async predict(items: PredictItem[]): Promise<PipelinePrediction[]> {
    await this.load();
    const meta = this.meta!;
    const nx = meta.stageFeatures.length;
    const ng = meta.globalFeatures.length;
    const out: PipelinePrediction[] = new Array(items.length);
    // Similar sizes together: padding costs work quadratic in the stage count.
    const order = items.map((_, i) => i).sort((a, b) => items[a].features.stages.length - items[b].features.stages.length);
    let k = 0;
    while (k < order.length) {
      // Sorted ascending, so the last item of a chunk sets its padded size.
      let end = k + 1;
      while (end < order.length) {
        const n = Math.max(1, items[order[end]].features.stages.length);
        if ((end - k + 1) * n * n > MAX_ADJ_ELEMENTS) break;
        end++;
      }
      const chunk = order.slice(k, end);
      await this.runChunk(chunk.map((i) => items[i]), nx, ng, (j, p) => { out[chunk[j]] = p; });
      k = end;
    }
    return out;
  }

  private async runChunk(items: PredictItem[], nx: number, ng: number, put: (j: number, p: PipelinePrediction) => void): Promise<void> {
    const ort = this.ort!;
    const p = pack(items.map((it) => it.features), nx, ng);
    const feeds = {
      x: new ort.Tensor('float32', p.x, [p.batch, p.stages, nx]),
      globals: new ort.Tensor('float32', p.globals, [p.batch, ng]),
      adj: new ort.Tensor('float32', p.adj, [p.batch, p.stages, p.stages]),
      mask: new ort.Tensor('float32', p.mask, [p.batch, p.stages]),
    };
    const res = await this.session!.run(feeds);
    const stageMs = res.stage_ms.data as Float32Array;
    // Models exported before the output existed simply have no confidence.
    const logSd = res.total_log_sd?.data as Float32Array | undefined;
    items.forEach((it, j) => {
      const ms = unpackStages(stageMs, p.stages, j, it.features.stages.length);
      const stages = it.features.stages.map((s, k) => ({ func: s.func, stage: s.stage, name: s.name, ms: ms[k] }));
      const confidence = confidenceOf(this.meta?.confidence, logSd?.[j]);
      put(j, { generator: it.generator, threads: it.threads, totalMs: ms.reduce((a, b) => a + b, 0), stages, confidence });
    });
  }

  async dispose(): Promise<void> {
    await this.session?.release();
    this.session = null;
  }
}
