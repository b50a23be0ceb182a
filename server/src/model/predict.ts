// The one predict step the CLI and the language server share: featurize each generator (reusing the
// caller's analysis when it has one), then run the model once over the whole batch. A generator the
// featurizer cannot read fails alone, with its reason; the others still get their numbers. Sizes a
// generator leaves unestimated are guessed (halide/sizing.ts) and named in the prediction.
import type { Analysis } from '../analysis/index';
import { featurize, type PipelineFeatures } from '../features/index';
import { generatorKey, type GeneratorGraph } from '../halide/graph';
import { withGuessedEstimates } from '../halide/sizing';
import type { CostModel, PipelinePrediction } from './costModel';

export interface PredictInput { graph: GeneratorGraph; analysis?: Analysis | null }
export type PredictOutcome = { ok: true; prediction: PipelinePrediction } | { ok: false; error: string };

export async function predictGenerators(model: CostModel, inputs: PredictInput[], threads: number): Promise<PredictOutcome[]> {
  const out: PredictOutcome[] = new Array(inputs.length);
  const items: { generator: string; features: PipelineFeatures; threads: number }[] = [];
  const slots: number[] = [];
  const guesses: string[][] = [];
  inputs.forEach((inp, i) => {
    if (inp.graph.stages.length === 0) {
      // A total of 0 ms would read as a prediction; there is none to make.
      out[i] = { ok: false, error: noStages(inp.graph) };
      return;
    }
    try {
      // Unestimated buffers are predicted at guessed sizes; the caller's analysis is of the unsized graph then.
      const { graph, guessed } = withGuessedEstimates(inp.graph);
      const analysis = guessed.length ? undefined : inp.analysis ?? undefined;
      items.push({ generator: generatorKey(graph), features: featurize(graph, { threads, analysis }), threads });
      guesses.push(guessed);
      slots.push(i);
    } catch (err) {
      out[i] = { ok: false, error: `cannot featurize ${generatorKey(inp.graph)}: ${(err as Error).message}` };
    }
  });
  if (items.length) {
    try {
      const preds = await model.predict(items);
      preds.forEach((p, k) => { out[slots[k]] = { ok: true, prediction: guesses[k].length ? { ...p, guessedSizes: guesses[k] } : p }; });
    } catch (err) {
      for (const i of slots) out[i] = { ok: false, error: (err as Error).message };
    }
  }
  return out;
}

function noStages(g: GeneratorGraph): string {
  return `${generatorKey(g)}: no stages were read, so there is nothing to predict. Its Funcs are defined in code the static ` +
    'reader could not follow (a header it did not find, or a construct it does not read yet); the exact reading (Halide builds ' +
    'the generator: predict --exact, with --include DIR for its headers) does not depend on it.';
}

/** One generator; throws with the reason when there is no prediction. */
export async function predictGraph(model: CostModel, g: GeneratorGraph, threads: number): Promise<PipelinePrediction> {
  const [r] = await predictGenerators(model, [{ graph: g }], threads);
  if (!r.ok) throw new Error(r.error);
  return r.prediction;
}
