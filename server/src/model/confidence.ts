// How far to trust one prediction. The model's ensemble members disagree most where the training data
// says least, and the error follows; training/confidence.py cuts the disagreement (total_log_sd) into
// bands on validation pipelines and records each band's median error in cost_model.json.

export type ConfidenceBand = 'high' | 'medium' | 'low';

export interface ConfidenceCalibration {
  calibratedOn: string;
  /** Upper edges of the high and medium bands, in ln-space standard deviation. */
  edges: [number, number];
  bands: { band: ConfidenceBand; validation: { samples: number; mape: number | null; medianApe: number | null } }[];
}

export interface Confidence {
  band: ConfidenceBand;
  /** Standard deviation over the members of ln(total ms). */
  logSd: number;
  /** The band's median absolute percentage error on validation pipelines (0.29 = 29%). */
  typicalError: number | null;
}

const ORDER: ConfidenceBand[] = ['high', 'medium', 'low'];

/** null when the model has no calibration or no members' spread (a one-network model). */
export function confidenceOf(cal: ConfidenceCalibration | null | undefined, logSd: number | undefined): Confidence | null {
  if (!cal || logSd === undefined || !Number.isFinite(logSd)) return null;
  const band = logSd <= cal.edges[0] ? ORDER[0] : logSd <= cal.edges[1] ? ORDER[1] : ORDER[2];
  const row = cal.bands.find((b) => b.band === band);
  return { band, logSd, typicalError: row?.validation.medianApe ?? null };
}

/** "±29%" for lens titles; '' when there is nothing to say. */
export function formatTypicalError(c: Confidence | null | undefined): string {
  return c?.typicalError != null ? `±${Math.round(100 * c.typicalError)}%` : '';
}

/** One sentence for tooltips and the CLI. */
export function describeConfidence(c: Confidence): string {
  const within = `the ensemble's members agree within ×${Math.exp(c.logSd).toFixed(2)} (one standard deviation)`;
  const typical = c.typicalError != null ? `; on validation pipelines half the predictions in this band were within ${Math.round(100 * c.typicalError)}% of the measured time` : '';
  return `${c.band} confidence: ${within}${typical}`;
}
