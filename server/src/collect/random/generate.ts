// Random Halide 14 generator source, for training data that covers many distinct pipelines.
//
// randomPipeline(seed, name) writes one generator following corpus/README.md: one class in an
// anonymous namespace registered as NAME, every Func/Var/RDom a class member named with a string
// equal to its identifier, estimates on every input and output, and a hand schedule (varied by
// seed) under `if (!auto_schedule)` in schedule(). The pipeline is a DAG of Ansor/Adams-style
// stages (convolutions, stencils, pyramids, scans, histograms, reductions, gathers ...) over a
// 2-D image or a 3-4-D tensor. It is deterministic for a seed.
//
// `stages` is the number of stages of the front end's StageGraph: every pure and update
// definition, boundary-condition wrappers and inline-reduction Funcs included. Halide's own
// pipeline has exactly these (same names) plus one `NAME_im` wrapper per Input buffer.
//
// The committed corpus/random/rp_N.cpp are this function's output and are never rewritten
// (collect/plan.ts), so the order of random draws across these modules is frozen: a refactor must
// keep every source byte-identical (test/unit/randomPipeline.test.ts checks a sample).

import { Builder } from './builder';
import { chooseDomain, chooseInputs } from './inputs';
import { opPointwise } from './ops/elementwise';
import { opWeights, runOp } from './ops/index';
import { assemble, emitOutput } from './output';
import { Rng } from './rng';
import { schedule } from './schedule';
import type { RandomPipeline, RandomPipelineOptions } from './types';

export type { RandomPipeline, RandomPipelineOptions } from './types';

/** Steps until the stage target is met, then the output, the schedule and the C++ text. */
function build(pb: Builder): string {
  chooseDomain(pb);
  const outType = chooseInputs(pb);
  let guard = 0;
  while (pb.remaining() > 0 && guard++ < 500) {
    const op = pb.r.weighted(opWeights(pb));
    // A kind that does not apply emits nothing; after many misses, fill with pointwise steps.
    if (!runOp(pb, op) && guard > 200) opPointwise(pb);
  }
  while (pb.remaining() > 0) opPointwise(pb);
  emitOutput(pb, outType);
  const sched = schedule(pb);
  return assemble(pb, sched);
}

export function randomPipeline(seed: number, name: string, opts: RandomPipelineOptions = {}): RandomPipeline {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`generator name '${name}' is not a C++ identifier`);
  const min = Math.max(2, Math.floor(opts.minStages ?? 3));
  const max = Math.max(min, Math.floor(opts.maxStages ?? 20));
  // The stage target comes from its own stream, so the builder's draws start the same for any bounds.
  const pickTarget = new Rng(seed ^ 0x5bd1e995);
  const target = opts.stageDistribution === 'log'
    ? Math.min(max, Math.max(min, Math.round(Math.exp(Math.log(min) + pickTarget.float() * (Math.log(max) - Math.log(min))))))
    : pickTarget.int(min, max);
  const pb = new Builder(seed, name, target);
  const source = build(pb);
  return { source, name, stages: pb.stages, kinds: [...pb.kinds] };
}
