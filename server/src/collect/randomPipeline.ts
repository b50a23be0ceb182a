// The random pipeline generator lives in random/ (driver, stage kinds by family, schedule,
// output); this module keeps the import path the collector and the tests use.
export { randomPipeline } from './random/generate';
export type { RandomPipeline, RandomPipelineOptions } from './random/generate';
