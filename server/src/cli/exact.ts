// `--exact` on graph, features and predict: the stage graph as Halide itself reports it (the
// generator is compiled and run, toolchain/compiledGraph.ts) instead of the static front end's
// reading. Without a toolchain it fails loudly: a silent fallback would print the static graph
// under a flag that promises the compiler's.
import * as path from 'node:path';
import type { GeneratorGraph, StageGraph } from '../halide/graph';
import { CompiledGraphError, compiledGraph } from '../toolchain/compiledGraph';
import type { Parsed } from './args';

export const EXACT_USAGE = `  --exact (graph, features, predict, suggest): the graph Halide itself reports: compile and run the generator
        with the Halide 14 toolchain (-I the file's folder, and --include DIR[:DIR...]) instead of
        reading the source statically; fails if the toolchain or the build fails`;

export class ExactError extends Error {}

/** Halide's graph of `generator` (every registered one when undefined), with the static graph's source ranges. */
export async function exactGraph(file: string, p: Parsed, staticGraph: StageGraph, generator?: string, schedulePath?: string): Promise<StageGraph> {
  const include = p.flags.get('--include');
  const target = p.flags.get('--target');
  process.stderr.write(`halide-lens: --exact: compiling ${path.basename(file)} with Halide and reading its pipeline...\n`);
  try {
    return await compiledGraph(path.resolve(file), generator, {
      params: p.params,
      target: typeof target === 'string' ? target : undefined,
      schedulePath,
      includeDirs: typeof include === 'string' ? include.split(':').filter(Boolean) : [],
      staticGraph,
      uri: staticGraph.uri,
    });
  } catch (err) {
    if (err instanceof CompiledGraphError && err.step === 'locate') {
      throw new ExactError(`--exact needs the Halide toolchain (no fallback to the static graph): ${err.message}`);
    }
    if (err instanceof CompiledGraphError) throw new ExactError(`--exact: ${err.message}`);
    throw err;
  }
}

/** The one generator a command works on, as Halide reports it. */
export async function exactGenerator(file: string, p: Parsed, chosen: GeneratorGraph, staticGraph: StageGraph, schedulePath?: string): Promise<GeneratorGraph> {
  if (!chosen.registeredName) throw new ExactError(`--exact: generator ${chosen.className} has no HALIDE_REGISTER_GENERATOR, so Halide cannot build it`);
  const g = await exactGraph(file, p, staticGraph, chosen.registeredName, schedulePath);
  return g.generators[0];
}
