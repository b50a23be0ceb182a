// Per-stage features for the cost model: the public API (the CLI, training cache and LSP use this).
export { FEATURE_SCHEMA_VERSION, STAGE_FEATURE_NAMES, GLOBAL_FEATURE_NAMES, STAGE_FEATURES, GLOBAL_FEATURES, type FeatureSpec } from './schema';
export { featurize, stageName, type StageFeatures, type PipelineFeatures, type FeaturizeOptions } from './featurize';
