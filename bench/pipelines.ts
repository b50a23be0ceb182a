// What the slow benches (bench:search, bench:targets) share: the toolchain, and the pipelines they run: the corpus generators of the test
// split and every realworld generator that sets its own estimates (../shared/realworld).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readProvenance, realworldDir, realworldId } from '../server/src/collect/realworld';
import type { BuildContext } from '../server/src/toolchain/build';
import { locateHalide } from '../server/src/toolchain/halide';
import { defaultCacheDir } from '../server/src/toolchain/profile';

export interface BenchPipeline { id: string; file: string; generator: string; includeDirs: string[]; extraSources: string[]; realworld: boolean }

export function benchPipelines(root: string, filter: RegExp): BenchPipeline[] {
  const splits = JSON.parse(fs.readFileSync(path.join(root, 'data', 'splits.json'), 'utf8')) as { test: string[] };
  const corpus: BenchPipeline[] = splits.test.filter((p) => p.startsWith('corpus/')).map((p) => {
    const name = p.slice('corpus/'.length);
    return { id: p, file: path.join(root, 'corpus', `${name}.cpp`), generator: name, includeDirs: [], extraSources: [], realworld: false };
  });
  const dir = realworldDir(root);
  const rw: BenchPipeline[] = fs.existsSync(path.join(dir, 'PROVENANCE.tsv'))
    ? readProvenance(dir).filter((e) => e.setsEstimates).flatMap((e) => e.generators.map((g) => ({
      id: realworldId(e, g), file: e.path, generator: g, includeDirs: e.includeDirs, extraSources: e.extraSources, realworld: true,
    })))
    : [];
  return [...corpus, ...rw].filter((j) => filter.test(j.id));
}

/** The Halide toolchain to build with, or null after saying why the bench is skipped. */
export function benchContext(): BuildContext | null {
  try {
    return { tc: locateHalide(), cacheDir: defaultCacheDir() };
  } catch (e) {
    console.log(`skipped: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}
