// cost_model.json: what the network was trained on. Checked against the featurizer before any
// inference, so a schema mismatch is a clear error and never a wrong number.
import type { ConfidenceCalibration } from './confidence';
import { FEATURE_SCHEMA_VERSION, GLOBAL_FEATURE_NAMES, STAGE_FEATURE_NAMES } from '../features/index';

export interface ModelMetrics { split: string; samples: number; pipelines: number; mape: number; tau: number; pairwise: number; top1: number; top5: number }

export interface ModelMeta {
  format: number;
  schema: number;
  stageFeatures: string[];
  globalFeatures: string[];
  architecture: { kind: string; width: number; layers: number };
  data: { samples: Record<string, number>; pipelines: Record<string, number> };
  metrics: ModelMetrics | null;
  testIds?: string[];
  /** Realworld pipelines (code written by others) the model trained on: `rank` keeps them apart. */
  trainedOnRealworld?: string[];
  /** Bands of the members' disagreement (training/confidence.py); absent in older models. */
  confidence?: ConfidenceCalibration | null;
}

export class SchemaMismatchError extends Error {}

function sameList(a: readonly string[], b: readonly string[]): string | null {
  if (a.length !== b.length) return `${a.length} features in the model, ${b.length} in the featurizer`;
  const i = a.findIndex((n, k) => n !== b[k]);
  return i < 0 ? null : `feature ${i} is "${a[i]}" in the model and "${b[i]}" in the featurizer`;
}

/** Parse and check a model description; throws SchemaMismatchError saying what differs. */
export function checkMeta(raw: unknown, file: string): ModelMeta {
  const m = raw as Partial<ModelMeta>;
  if (!m || typeof m !== 'object' || m.format !== 1 || !Array.isArray(m.stageFeatures) || !Array.isArray(m.globalFeatures)) {
    throw new SchemaMismatchError(`${file} is not a Halide Lens model description (format 1)`);
  }
  if (m.schema !== FEATURE_SCHEMA_VERSION) {
    throw new SchemaMismatchError(`${file} was trained on feature schema ${m.schema}, this build computes schema ${FEATURE_SCHEMA_VERSION}: retrain (training/run_all.sh) or use a matching build`);
  }
  const diff = sameList(m.stageFeatures, STAGE_FEATURE_NAMES) ?? sameList(m.globalFeatures, GLOBAL_FEATURE_NAMES);
  if (diff) throw new SchemaMismatchError(`${file}: schema ${m.schema} but ${diff}: retrain the model`);
  return m as ModelMeta;
}
