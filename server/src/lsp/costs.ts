// One view of a generator's costs for hints, lenses, hover and the graph view: calibrated
// predictions (when the model answered) and the last profile's measured times (when one ran).
import { generatorKey, stageKey } from '../halide/graph';
import type { Confidence } from '../model/confidence';
import type { PipelinePrediction } from '../model/index';
import type { ProfileSummary } from '../toolchain/profileSummary';
import type { DocumentPredictions, ViewGraph, ViewStage } from './workerMessages';

export interface MeasuredProfile {
  /** Document version that was profiled. */
  version: number;
  date: string;
  summary: ProfileSummary;
}

export type PredictionState =
  | { kind: 'ok'; totalMs: number; rawTotalMs: number; threads: number; stageMs: Map<string, number>; confidence: Confidence | null }
  | { kind: 'pending' }
  /** `model`: the model itself is unavailable; `generator`: it could not predict this generator. */
  | { kind: 'failed'; error: string; scope: 'model' | 'generator' };

export interface CostView {
  graph: ViewGraph;
  key: string;
  prediction: PredictionState;
  /** Scale applied to the raw model numbers (1 = uncalibrated). */
  factor: number;
  measured: MeasuredProfile | null;
  /** Measured ms per Func name. */
  measuredByFunc: Map<string, number>;
  /** The document changed since the profile. */
  measuredStale: boolean;
  /** Sizes assumed where the generator sets no estimates (ViewGenerator.guessedSizes). */
  guessedSizes?: string[];
}

export interface CostInputs {
  predictions: DocumentPredictions | null | undefined;
  /** Why there are no predictions at all (model missing or failed to load). */
  modelError: string | null;
  measured: Map<string, MeasuredProfile> | undefined;
  factor: number;
  version: number;
}

/** A prediction's ms by stage id, times `scale`. */
export function stageTimes(p: PipelinePrediction, scale = 1): Map<string, number> {
  return new Map(p.stages.map((s) => [stageKey(s.func, s.stage), s.ms * scale]));
}

export function costView(g: ViewGraph, inp: CostInputs): CostView {
  const key = generatorKey(g);
  const p = inp.predictions?.generators[key];
  let prediction: PredictionState;
  if (p?.ok) {
    const stageMs = stageTimes(p.prediction, inp.factor);
    prediction = { kind: 'ok', totalMs: p.prediction.totalMs * inp.factor, rawTotalMs: p.prediction.totalMs, threads: p.prediction.threads, stageMs, confidence: p.prediction.confidence };
  } else if (inp.modelError) prediction = { kind: 'failed', error: inp.modelError, scope: 'model' };
  else if (p && !p.ok) prediction = { kind: 'failed', error: p.error, scope: 'generator' };
  else prediction = { kind: 'pending' };
  const measured = inp.measured?.get(key) ?? null;
  return {
    graph: g, key, prediction, factor: inp.factor, measured,
    measuredByFunc: new Map((measured?.summary.rows ?? []).map((r) => [r.func, r.ms])),
    measuredStale: measured !== null && measured.version !== inp.version,
  };
}

export function predictedMs(v: CostView, s: ViewStage): number | null {
  return v.prediction.kind === 'ok' ? v.prediction.stageMs.get(s.id) ?? null : null;
}

/** The stage that carries its Func's measured time (the profiler times a Func's stages together): its last. */
export function carriesMeasured(v: CostView, s: ViewStage): boolean {
  const f = v.graph.funcs.find((x) => x.name === s.func);
  return !!f && f.stages[f.stages.length - 1] === s.id && v.measuredByFunc.has(s.func);
}
