// Schedule search throughput: candidates scored per second (analysis, code-size check, features and
// inference per candidate) on corpus generators and, where ../shared/realworld is beside the clone,
// big real ones; and this machine's work rate against search/budget.ts's WORK_PER_MS. A rate well
// under it means 3-s searches here will be stopped by the clock (not reproducible): recalibrate.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readProvenance, realworldDir, supportIncludes } from '../server/src/collect/realworld';
import { extract } from '../server/src/halide/extract';
import type { GeneratorGraph } from '../server/src/halide/graph';
import { CostModel } from '../server/src/model/index';
import { WORK_PER_MS } from '../server/src/search/budget';
import { suggestSchedule } from '../server/src/search/suggest';

const ROOT = path.resolve(__dirname, '..', '..');
const REALWORLD = realworldDir(ROOT);
const AVX512 = 'x86-64-linux-avx-avx2-avx512';
const CANDIDATES = 150;

function corpus(name: string): GeneratorGraph {
  const file = path.join(ROOT, 'corpus', `${name}.cpp`);
  return extract(fs.readFileSync(file, 'utf8'), { uri: file }).generators[0];
}

function realworld(file: string, generator: string): GeneratorGraph | null {
  if (!fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv'))) return null;
  const e = readProvenance(REALWORLD).find((x) => x.file === file);
  if (!e) return null;
  const p = path.join(REALWORLD, e.file);
  return extract(fs.readFileSync(p, 'utf8'), { uri: p, includes: supportIncludes(REALWORLD, e) }).generators.find((g) => (g.registeredName ?? g.className) === generator) ?? null;
}

async function main(): Promise<void> {
  const model = new CostModel({ threads: 1 });
  await model.load();
  const jobs: [string, GeneratorGraph | null][] = [
    ['blur3x3', corpus('blur3x3')],
    ['camera_pipe_lite', corpus('camera_pipe_lite')],
    ['interpolate', corpus('interpolate')],
    ['local_laplacian', corpus('local_laplacian')],
    ['motioncam demosaic', realworld('motioncam__PostProcessGenerator.cpp', 'demosaic_generator')],
    ['motioncam tonemap', realworld('motioncam__PostProcessGenerator.cpp', 'tonemap_generator')],
    ['resnet50', realworld('halide-v14__apps_resnet_50__Resnet50Generator.cpp', 'resnet50')],
  ];
  console.log(`search throughput: ${CANDIDATES} candidates from scratch (seed 1, AVX-512 target, model on 1 thread); work rate vs WORK_PER_MS = ${WORK_PER_MS} units/ms`);
  let work = 0, ms = 0;
  for (const [name, g] of jobs) {
    if (!g) {
      console.log(`  ${name.padEnd(20)} skipped (../shared/realworld not beside the clone)`);
      continue;
    }
    const t0 = performance.now();
    const r = await suggestSchedule(model, g, { threads: 2, target: AVX512, budgetMs: 600_000, work: Infinity, maxCandidates: CANDIDATES, seed: 1, from: 'scratch' });
    const t = performance.now() - t0;
    work += r.workSpent;
    ms += t;
    console.log(`  ${name.padEnd(20)} ${String(g.stages.length).padStart(3)} stages: ${(1000 * r.evaluated / t).toFixed(0).padStart(5)} candidates/s, ${(t / r.evaluated).toFixed(2).padStart(6)} ms each, ${(r.workSpent / t).toFixed(1)} work units/ms`);
  }
  if (ms) console.log(`  all: ${(work / ms).toFixed(1)} work units/ms (searches stop by the clock, not by their work, where this is well under ${WORK_PER_MS})`);
  await model.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
