// The cost model: onnxruntime-node inference over featurized pipelines (see DESIGN.md, server/src/model).
export { CostModel, type ModelStatus, type PipelinePrediction, type PredictItem, type StagePrediction } from './costModel';
export { checkMeta, SchemaMismatchError, type ModelMeta, type ModelMetrics } from './metadata';
export { findModelDir, resolveModelPaths, ModelNotFoundError } from './files';
export { pack, unpackStages, type PackedBatch } from './batch';
export { predictGenerators, predictGraph, type PredictInput, type PredictOutcome } from './predict';
export { mape, kendallTauB, scoreByPipeline } from './metrics';
export { confidenceOf, describeConfidence, formatTypicalError, type Confidence, type ConfidenceBand, type ConfidenceCalibration } from './confidence';
