// The one place the language server meets the cost model (server/src/model) and the featurizer
// (server/src/features). Everything else in lsp/ sees only the Predictor interface.
import type { Analysis } from '../analysis/index';
import { type GeneratorGraph, generatorKey } from '../halide/graph';
import { featurize } from '../features/index';
import { CostModel, type ModelStatus, type PipelinePrediction, type StagePrediction } from '../model/index';

export type { ModelStatus, PipelinePrediction, StagePrediction };

export interface Predictor {
  status(): ModelStatus;
  /** Lazy; a failure is sticky and its message lands in status().error. */
  load(): Promise<void>;
  /** One prediction per generator; rejects with a readable message when the model cannot answer. */
  predict(generators: GeneratorGraph[], threads: number, analyses?: (Analysis | null)[]): Promise<PipelinePrediction[]>;
}

/** The learned model: featurize each generator (synchronous, after the server's debounce), then infer. */
export class ModelPredictor implements Predictor {
  private readonly model: CostModel;
  constructor(opts: { modelPath?: string } = {}) {
    // One inference thread: the editor shares the machine with the user's builds (and profiles).
    this.model = new CostModel({ modelPath: opts.modelPath, threads: 1 });
  }
  status(): ModelStatus { return this.model.status(); }
  load(): Promise<void> { return this.model.load(); }
  async predict(generators: GeneratorGraph[], threads: number, analyses: (Analysis | null)[] = []): Promise<PipelinePrediction[]> {
    await this.model.load();
    const items = generators.map((g, i) => {
      try {
        return { generator: generatorKey(g), features: featurize(g, { threads, analysis: analyses[i] ?? undefined }), threads };
      } catch (err) {
        throw new Error(`cannot featurize ${generatorKey(g)}: ${(err as Error).message}`);
      }
    });
    return this.model.predict(items);
  }
}

/** A predictor that always says why there are no predictions (tests; a server built without a model). */
export class UnavailablePredictor implements Predictor {
  constructor(private readonly reason: string) {}
  status(): ModelStatus { return { state: 'failed', error: this.reason }; }
  async load(): Promise<void> { /* nothing to load */ }
  async predict(): Promise<PipelinePrediction[]> { throw new Error(this.reason); }
}

export function createPredictor(opts: { modelPath?: string } = {}): Predictor {
  return new ModelPredictor(opts);
}
