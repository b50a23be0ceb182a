// One generator graph -> its prediction: the glue the CLI and the LSP share.
import type { GeneratorGraph } from '../halide/graph';
import { featurize } from '../features/index';
import type { CostModel, PipelinePrediction } from './costModel';

export async function predictGraph(model: CostModel, g: GeneratorGraph, threads: number): Promise<PipelinePrediction> {
  const features = featurize(g, { threads });
  const [p] = await model.predict([{ generator: g.registeredName ?? g.className, features, threads }]);
  return p;
}
