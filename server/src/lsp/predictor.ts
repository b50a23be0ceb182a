// The one place the language server meets the cost model (server/src/model) and the featurizer
// (server/src/features). Everything else in lsp/ sees only the Predictor interface.
import type { GeneratorGraph } from '../halide/graph';

// Shapes of server/src/model's API (kept identical so the wiring is a swap of imports).
export interface StagePrediction { func: string; stage: number; name: string; ms: number }
export interface PipelinePrediction { generator: string; threads: number; totalMs: number; stages: StagePrediction[] }
export type ModelStatus = { state: 'unloaded' | 'loading' | 'ready' | 'failed'; error?: string; modelPath?: string; schema?: number };

export interface Predictor {
  status(): ModelStatus;
  /** Lazy; a failure is sticky and its message lands in status().error. */
  load(): Promise<void>;
  /** One prediction per generator; rejects with a readable message when the model cannot answer. */
  predict(generators: GeneratorGraph[], threads: number): Promise<PipelinePrediction[]>;
}

/** A predictor that always says why there are no predictions. */
export class UnavailablePredictor implements Predictor {
  constructor(private readonly reason: string) {}
  status(): ModelStatus { return { state: 'failed', error: this.reason }; }
  async load(): Promise<void> { /* nothing to load */ }
  async predict(): Promise<PipelinePrediction[]> { throw new Error(this.reason); }
}

export function createPredictor(_opts: { modelPath?: string } = {}): Predictor {
  return new UnavailablePredictor('no cost model in this build of the server (server/src/model is not wired in yet)');
}
