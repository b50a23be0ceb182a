// `halide-lens predict`: the cost model's per-stage and total prediction for a generator's schedule.
import type { GeneratorGraph } from '../halide/graph';
import { guessedSizesLines, originLabel } from './format';
import { CostModel, describeConfidence, predictGraph, type PipelinePrediction } from '../model/index';

export interface PredictReport extends PipelinePrediction {
  schedule: string;
  /** Which reading of the generator the prediction is for. */
  origin: GeneratorGraph['origin'];
  model: { path: string | undefined; schema: number | undefined };
}

export async function predictReport(graph: GeneratorGraph, opts: { threads: number; modelPath?: string; scheduleLabel: string }): Promise<PredictReport> {
  const model = new CostModel({ modelPath: opts.modelPath });
  try {
    const p = await predictGraph(model, graph, opts.threads);
    const st = model.status();
    return { ...p, schedule: opts.scheduleLabel, origin: graph.origin, model: { path: st.modelPath, schema: st.schema } };
  } finally {
    await model.dispose();
  }
}

function ms(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3);
}

export function predictText(r: PredictReport): string {
  const lines = [
    `predicted run time of ${r.generator} (${r.schedule}), ${r.threads} thread(s): ${ms(r.totalMs)} ms [${originLabel(r)}]`,
    ...guessedSizesLines(r.guessedSizes),
    ...(r.confidence ? [`  ${describeConfidence(r.confidence)}`] : []),
    `  ${'stage'.padEnd(32)} ${'ms'.padStart(10)} ${'share'.padStart(6)}`,
  ];
  for (const s of [...r.stages].sort((a, b) => b.ms - a.ms)) {
    const share = r.totalMs > 0 ? s.ms / r.totalMs : 0;
    lines.push(`  ${s.name.padEnd(32)} ${ms(s.ms).padStart(10)} ${(100 * share).toFixed(1).padStart(5)}%`);
  }
  return lines.join('\n');
}
