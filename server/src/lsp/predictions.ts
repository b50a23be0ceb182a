// Predictions per open document, off the typing path: the server asks after its debounce, inference
// runs asynchronously, at most one run per document at a time, and a result for a version that is no
// longer the latest is dropped (the newest request runs next instead).
import type { Analysis } from '../analysis/index';
import { type GeneratorGraph, generatorKey, stageKey } from '../halide/graph';
import { createPredictor, type ModelStatus, type PipelinePrediction, type Predictor } from './predictor';

export type { ModelStatus, PipelinePrediction, Predictor };

export type GeneratorPrediction = { ok: true; prediction: PipelinePrediction; byStage: Map<string, number> } | { ok: false; error: string };

export interface DocumentPredictions {
  version: number;
  threads: number;
  generators: Map<string, GeneratorPrediction>;
}

/** analyses: the server's analyze() of each generator for this version, reused by the featurizer. */
interface Job { version: number; generators: GeneratorGraph[]; threads: number; analyses: (Analysis | null)[] }

export class PredictionCache {
  private results = new Map<string, DocumentPredictions>();
  private running = new Set<string>();
  private pending = new Map<string, Job>();
  private latestVersion = new Map<string, number>();

  constructor(
    readonly predictor: Predictor = createPredictor(),
    /** A document has fresh predictions (hints and lenses should be refreshed). */
    private readonly onUpdate: (uri: string) => void = () => undefined,
    /** Inference started (true) or finished (false), for the status item. */
    private readonly onBusy: (busy: boolean) => void = () => undefined,
  ) {}

  get(uri: string): DocumentPredictions | undefined {
    return this.results.get(uri);
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.pending.delete(uri);
    this.latestVersion.delete(uri);
  }

  /** Ask for predictions of a document version; returns at once. */
  request(uri: string, version: number, generators: GeneratorGraph[], threads: number, analyses: (Analysis | null)[] = []): void {
    this.latestVersion.set(uri, version);
    this.pending.set(uri, { version, generators, threads, analyses });
    if (!this.running.has(uri)) void this.drain(uri);
  }

  /** Resolves when no inference is queued or running for the document (tests, profile). */
  async settled(uri: string): Promise<void> {
    while (this.running.has(uri) || this.pending.has(uri)) await new Promise((r) => setTimeout(r, 10));
  }

  private async drain(uri: string): Promise<void> {
    this.running.add(uri);
    this.onBusy(true);
    try {
      for (let job = this.pending.get(uri); job; job = this.pending.get(uri)) {
        this.pending.delete(uri);
        const generators = await this.run(job);
        // Dropped when the document moved on (or closed) while the model ran.
        if (this.latestVersion.get(uri) !== job.version) continue;
        this.results.set(uri, { version: job.version, threads: job.threads, generators });
        this.onUpdate(uri);
      }
    } finally {
      this.running.delete(uri);
      this.onBusy(false);
    }
  }

  private async run(job: Job): Promise<Map<string, GeneratorPrediction>> {
    const out = new Map<string, GeneratorPrediction>();
    for (const [i, g] of job.generators.entries()) {
      try {
        const [prediction] = await this.predictor.predict([g], job.threads, [job.analyses[i] ?? null]);
        const byStage = new Map(prediction.stages.map((s) => [stageKey(s.func, s.stage), s.ms]));
        out.set(generatorKey(g), { ok: true, prediction, byStage });
      } catch (err) {
        out.set(generatorKey(g), { ok: false, error: (err as Error).message });
      }
    }
    return out;
  }
}
