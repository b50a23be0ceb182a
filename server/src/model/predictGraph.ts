// One generator graph -> its prediction: the glue the CLI and the LSP share.
import { type GeneratorGraph, generatorKey } from '../halide/graph';
import { featurize } from '../features/index';
import type { CostModel, PipelinePrediction } from './costModel';

export async function predictGraph(model: CostModel, g: GeneratorGraph, threads: number): Promise<PipelinePrediction> {
  const features = featurize(g, { threads });
  const [p] = await model.predict([{ generator: generatorKey(g), features, threads }]);
  return p;
}
