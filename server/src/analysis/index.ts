// The analysis layer's entry point: StageGraph generator -> bounds, loop nests, per-stage quantities.
// Plain JSON out, so the featurizer, the LSP and the CLI can all consume (and cache) it.
import { type GeneratorGraph, generatorKey } from '../halide/graph';
import { type BoundsResult, type DimRange, pipelineBounds, toDimRange } from './bounds';
import { type GraphIndex, indexGraph } from './graphIndex';
import type { FuncPlacement, StageLoops } from './loopnest';
import { type LoopLevel, realizeAll } from './realize';
import { type StageQuantities, stageQuantities } from './quantities';

export const ANALYSIS_VERSION = 1;

export interface FuncAnalysis {
  func: string;
  placement: FuncPlacement;
  computeLevel: LoopLevel | null;
  storeLevel: LoopLevel | null;
  realizations: number | null;
  /** Region computed per realization, and allocated per storage. */
  region: DimRange[];
  storeRegion: DimRange[];
  stages: StageLoops[];
  notes: string[];
}

export interface Analysis {
  version: number;
  generator: string;
  bounds: BoundsResult;
  funcs: FuncAnalysis[];
  stages: StageQuantities[];
}

/** Accepts the caller's GraphIndex of `g` too, so the featurizer does not index the graph twice. */
export function analyze(g: GeneratorGraph | GraphIndex): Analysis {
  const ix = 'order' in g ? g : indexGraph(g);
  const { regions: global, bounds } = pipelineBounds(ix);
  const real = realizeAll(ix, global);
  const funcs: FuncAnalysis[] = [];
  for (const f of ix.order) {
    const r = real.get(f);
    if (!r || !global.has(f)) continue;
    funcs.push({
      func: f, placement: r.placement, computeLevel: r.computeLevel, storeLevel: r.storeLevel,
      realizations: r.realizations, region: r.region.map(toDimRange), storeRegion: r.storeRegion.map(toDimRange),
      stages: r.stages, notes: r.notes,
    });
  }
  return {
    version: ANALYSIS_VERSION,
    generator: generatorKey(ix.g),
    bounds,
    funcs,
    stages: stageQuantities(ix, global, real),
  };
}

export { computeBounds } from './bounds';
export { buildLoops, placements } from './loopnest';
