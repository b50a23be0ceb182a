// The collector end to end on one small corpus pipeline: real builds, a real bench worker, samples
// appended to a data directory, and a second run that resumes instead of measuring again.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { collect } from '../../server/src/collect/collector';
import { readDumps, readSamples } from '../../server/src/collect/dataset';
import { SampleGraphs } from '../../server/src/collect/trainingCache';
import { searchSeedBase } from '../../server/src/collect/searchSpecs';
import { roundSeed } from '../../server/src/collect/sampler';
import { REALWORLD, ROOT } from '../paths';

/** Collector options on corpus/brighten alone, into a fresh data directory. */
function onBrighten(plan: { adamsProbes: number; randomSchedules: number }, log: (line: string) => void = () => undefined) {
  return {
    root: ROOT, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'hl-data-')), cacheDir: path.join(ROOT, '.cache', 'halide-lens'),
    filter: /^corpus\/brighten$/, plan: { randomPipelines: 0, ...plan }, log, idleWaitMs: 5000,
  };
}

test('collect measures a few samples, appends them, and resumes', async () => {
  const common = onBrighten({ adamsProbes: 1, randomSchedules: 2 });
  const { dataDir } = common;
  const first = await collect({ ...common, maxSamples: 3 });
  assert.equal(first.measured, 3);
  let samples = readSamples(dataDir);
  assert.equal(samples.length, 3);
  for (const s of samples) {
    assert.equal(s.pipeline, 'corpus/brighten');
    assert.ok(s.medianMs > 0 && s.timesMs.length >= 5, JSON.stringify(s));
    assert.ok(s.timesMs.includes(s.medianMs) || s.timesMs.length % 2 === 0);
    assert.ok(s.parsedCompletely);
    assert.ok(s.machine.length === 12 && s.threads >= 1);
  }
  assert.deepEqual(samples.map((s) => s.schedule.source), ['hand', 'naive-inline', 'naive-root']);

  // The rest of the plan: Mullapudi2016, Li2018, the Adams2019 beam and probe, two random schedules
  // and one of the sampler's second round.
  const second = await collect({ ...common });
  samples = readSamples(dataDir);
  const keys = samples.map((s) => `${s.schedule.source}#${s.schedule.seed}`);
  assert.equal(new Set(keys).size, keys.length, 'no schedule measured twice');
  assert.equal(second.measured + second.duplicates + second.failed, 7);
  assert.ok(keys.includes(`random#${roundSeed(2, 1)}`), keys.join(' '));
  const adams = samples.find((s) => s.schedule.source === 'adams2019-beam');
  assert.ok(adams && adams.adams2019Cost !== null && adams.hasFeaturization);
  assert.ok(samples.filter((s) => s.schedule.text !== null).every((s) => s.schedule.text!.length > 0));
  // Nothing left to do: a third run measures nothing.
  assert.equal((await collect({ ...common })).measured, 0);
});

test('data from another machine only: collect refuses to mix in this one, unless told to', async () => {
  const common = onBrighten({ adamsProbes: 0, randomSchedules: 0 });
  const { dataDir } = common;
  assert.equal((await collect({ ...common, maxSamples: 1 })).measured, 1);
  // Pretend the data came from another CPU, as it would in a fresh session on another machine.
  const file = path.join(dataDir, 'samples', fs.readdirSync(path.join(dataDir, 'samples'))[0]);
  const [mine] = readSamples(dataDir);
  fs.writeFileSync(file, zlib.gzipSync(JSON.stringify({ ...mine, machine: 'b0b0b0b0b0b0' }) + '\n'));
  await assert.rejects(collect({ ...common, maxSamples: 1 }), new RegExp(`samples from b0b0b0b0b0b0 \\(1 samples\\), none from this machine ${mine.machine}.*--new-machine`, 's'));
  assert.equal(readSamples(dataDir).length, 1, 'nothing appended');
  const added = await collect({ ...common, maxSamples: 1, newMachine: true });
  assert.equal(added.measured, 1);
  assert.deepEqual(readSamples(dataDir).map((s) => s.machine).sort(), [mine.machine, 'b0b0b0b0b0b0'].sort());
  // The full fingerprint is kept beside the samples, which carry only its hash.
  const known = JSON.parse(fs.readFileSync(path.join(dataDir, 'machines.json'), 'utf8'));
  assert.deepEqual(Object.keys(known), [mine.machine]);
  assert.ok(known[mine.machine].cpu.length > 0 && known[mine.machine].cores >= 1 && /^x86-64-linux/.test(known[mine.machine].target));
  // Once this machine has samples there, later runs resume without the flag.
  assert.equal((await collect({ ...common, maxSamples: 1 })).measured, 1);
});

test('a pipeline out of its time budget yields, and its schedules wait for a later run', async () => {
  const lines: string[] = [];
  const common = onBrighten({ adamsProbes: 0, randomSchedules: 0 }, (l) => lines.push(l));
  const { dataDir } = common;
  // A budget spent before the first schedule: building and starting the worker take longer.
  const starved = await collect({ ...common, pipelineMinutes: 1e-6 });
  assert.equal(starved.measured, 0);
  assert.ok(lines.some((l) => /corpus\/brighten: out of its time budget/.test(l)), lines.join('\n'));
  const later = await collect({ ...common, maxSamples: 1 });
  assert.equal(later.measured, 1);
  assert.equal(readSamples(dataDir)[0].schedule.source, 'hand');
});

test('collect --replay --pair-target: each replayed schedule timed for two targets back to back, the pair sharing an id', async () => {
  const common = onBrighten({ adamsProbes: 0, randomSchedules: 0 });
  const { dataDir } = common;
  assert.equal((await collect({ ...common, maxSamples: 3 })).measured, 3);
  const host = readSamples(dataDir)[0].machine;
  await assert.rejects(collect({ ...common, pairTarget: 'x86-64-linux-sse41' }), /--pair-target needs --replay/);
  await assert.rejects(collect({ ...common, replay: host, target: 'x86-64-linux-sse41', pairTarget: 'x86-64-linux-sse41' }), /measured anyway/);
  // Two targets every x86-64 machine runs, neither the host's: both legs are new ids of this hardware.
  const paired = { ...common, replay: host, target: 'x86-64-linux-sse41', pairTarget: 'x86-64-linux' };
  assert.equal((await collect(paired)).measured, 6);
  const replayed = readSamples(dataDir).filter((s) => s.machine !== host);
  const legs = [...new Set(replayed.map((s) => s.machine))];
  assert.equal(legs.length, 2);
  const byPair = new Map<string, typeof replayed>();
  for (const s of replayed) byPair.set(s.pair ?? 'none', [...(byPair.get(s.pair ?? 'none') ?? []), s]);
  assert.equal(byPair.size, 3, 'one pair id per replayed schedule');
  for (const [, two] of byPair) {
    assert.deepEqual(two.map((s) => s.machine).sort(), [...legs].sort());
    assert.equal(two[0].schedule.textHash, two[1].schedule.textHash);
    assert.equal(`${two[0].schedule.source}#${two[0].schedule.seed}`, `${two[1].schedule.source}#${two[1].schedule.seed}`);
  }
  // Resumed, nothing is measured again.
  assert.equal((await collect(paired)).measured, 0);
});

test('collect --search: the cost model\'s best picks are measured as schedules of their own, read back as printed', async () => {
  const common = onBrighten({ adamsProbes: 0, randomSchedules: 0 });
  const { dataDir } = common;
  // brighten is in the training split (data/splits.json): the search picks schedules for it.
  const progress = await collect({ ...common, plan: { ...common.plan, searchSchedules: 2 } });
  const samples = readSamples(dataDir);
  const picks = samples.filter((s) => s.schedule.source === 'search');
  // Seeds name the model's round: its file's hash, then the rank of the pick.
  const base = searchSeedBase();
  assert.deepEqual(picks.map((s) => s.schedule.seed), [base + 1, base + 2].slice(0, picks.length));
  assert.ok(picks.length + progress.duplicates >= 2 && picks.length >= 1, JSON.stringify(samples.map((s) => s.schedule.source)));
  for (const s of picks) {
    assert.match(s.schedule.text ?? '', /suggested by Halide Lens/);
    assert.ok(s.parsedCompletely && s.medianMs > 0);
  }
  // Two picks are two schedules; a pick printed like the first is skipped as a duplicate.
  if (picks.length === 2) assert.notEqual(picks[0].schedule.textHash, picks[1].schedule.textHash);
  else assert.ok(progress.duplicates >= 1, 'the second pick was neither measured nor a duplicate');
  // Resumed, nothing is searched or measured again.
  assert.equal((await collect({ ...common, plan: { ...common.plan, searchSchedules: 2 } })).measured, 0);
});

test('collect --realworld: a generator written by others, its hand schedule on the estimates it gives the autoschedulers, each sample with Halide\'s own graph', { skip: !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld' }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-rw-'));
  // linear_to_srgb sets its estimates only under `if (auto_schedule)`: the hand schedule borrows them.
  const progress = await collect({
    root: ROOT, dataDir, cacheDir: path.join(ROOT, '.cache', 'halide-lens'), filter: /linear_to_srgb$/, idleWaitMs: 5000,
    plan: { randomPipelines: 0, adamsProbes: 1, randomSchedules: 0, realworldDir: REALWORLD, realworldOnly: true, searchSchedules: 1 },
  });
  assert.equal(progress.failed, 0);
  const samples = readSamples(dataDir);
  const sources = samples.map((s) => s.schedule.source).sort();
  assert.ok(sources.includes('hand') && sources.includes('mullapudi2016') && sources.includes('adams2019-beam'), sources.join(' '));
  // The search's pick, searched on Halide's own graph and sent as directives (not re-read from the text).
  const pick = samples.find((s) => s.schedule.source === 'search');
  assert.ok(pick, sources.join(' '));
  assert.equal(pick.schedule.seed, searchSeedBase() + 1);
  assert.match(pick.schedule.text ?? '', /suggested by Halide Lens/);
  assert.ok(samples.every((s) => s.pipeline === 'realworld/halide-v14__apps_linear_blur__linear_to_srgb_generator/linear_to_srgb'));
  const splits = JSON.parse(fs.readFileSync(path.join(dataDir, 'splits.json'), 'utf8'));
  assert.ok(![...splits.train, ...splits.validation, ...splits.test].some((p: string) => p.startsWith('realworld/')), 'the realworld group is never in a training split');
  // Every sample carries the pipeline Halide scheduled, and it reads as a graph with those schedules.
  const dumps = readDumps(dataDir);
  const graphs = new SampleGraphs(ROOT, dataDir);
  const placements = new Set<string>();
  for (const s of samples) {
    const d = dumps.get(s.id);
    assert.ok(d, `no dump for ${s.schedule.source}`);
    assert.equal(d.generator, 'linear_to_srgb');
    const g = graphs.graph(s);
    assert.equal(g.origin, 'compiled');
    assert.ok(g.stages.length >= 1);
    placements.add(JSON.stringify(g.schedule.map((x) => [x.func, x.name, x.args])));
    // What Halide applied for the pick is what the search wrote (its directives, by name).
    if (s === pick) {
      const names = (pick.schedule.text ?? '').match(/\.(vectorize|parallel|compute_root)\(/g) ?? [];
      assert.ok(names.length > 0, `the pick places or vectorizes nothing: ${pick.schedule.text}`);
      for (const name of names) assert.ok(g.schedule.some((x) => `.${x.name}(` === name), `${name} missing from Halide's report of the pick`);
    }
  }
  assert.ok(placements.size > 1, 'the schedules differ in the graphs');
});

test('collect --realworld: a generator that sets no estimates is measured at guessed sizes, and each sample names the guesses', { skip: !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld' }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-rw-'));
  const lines: string[] = [];
  // inverse_haar_x sizes nothing (its authors call it at run time) and unrolls its output unconditionally.
  const progress = await collect({
    root: ROOT, dataDir, cacheDir: path.join(ROOT, '.cache', 'halide-lens'), filter: /inverse_haar_x$/, idleWaitMs: 5000, log: (l) => lines.push(l),
    plan: { randomPipelines: 0, adamsProbes: 0, randomSchedules: 0, realworldDir: REALWORLD, realworldOnly: true },
  });
  const samples = readSamples(dataDir);
  const hand = samples.find((s) => s.schedule.source === 'hand');
  assert.ok(hand, lines.join('\n'));
  for (const s of samples) {
    assert.deepEqual(s.guessedEstimates, ['output out: 1024x1024', 'input in: 1024x1024x3'], s.schedule.source);
    assert.ok(s.medianMs > 0);
  }
  // The autoschedulers that refuse a partly scheduled Func say so, and nothing else fails.
  assert.equal(progress.failed + progress.measured, 4, lines.join('\n'));
  for (const l of lines.filter((l) => /(mullapudi2016|li2018|adams2019-beam): /.test(l))) assert.match(l, /partially specified|scheduling directive/, l);
});

test('collect --realworld: estimates too big to allocate (512^4 floats) fail with the size, not a crash', { skip: !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld' }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-rw-'));
  const lines: string[] = [];
  const progress = await collect({
    root: ROOT, dataDir, cacheDir: path.join(ROOT, '.cache', 'halide-lens'), filter: /halide_normalize$/, idleWaitMs: 5000, log: (l) => lines.push(l),
    plan: { randomPipelines: 0, adamsProbes: 0, randomSchedules: 0, realworldDir: REALWORLD, realworldOnly: true },
  });
  assert.equal(progress.measured, 0);
  assert.ok(progress.failed >= 1);
  const hand = lines.find((l) => / hand: /.test(l));
  assert.match(hand ?? '', /would take \d+ MiB at its estimated size/, lines.join('\n'));
});

test('collect --realworld: a filter whose extents size the reduction window is run at the guessed window its dump describes', { skip: !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld' }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-rw-'));
  const lines: string[] = [];
  // hannk's DepthwiseConv reduces over RDom(0, filter.dim(1).extent(), 0, filter.dim(2).extent()); the filter's
  // depth follows the output's (a constraint), so bounds inference sizes the filter, which used to leave the window empty.
  await collect({
    root: ROOT, dataDir, cacheDir: path.join(ROOT, '.cache', 'halide-lens'), filter: /DepthwiseConv$/, idleWaitMs: 5000, log: (l) => lines.push(l),
    plan: { randomPipelines: 0, adamsProbes: 0, randomSchedules: 0, realworldDir: REALWORLD, realworldOnly: true },
  });
  const hand = readSamples(dataDir).find((s) => s.schedule.source === 'hand');
  assert.ok(hand, lines.join('\n'));
  assert.ok(hand.guessedEstimates?.includes('input filter: ?x3x3'), hand.guessedEstimates?.join('; '));
  const dump = readDumps(dataDir).get(hand.id)!;
  assert.deepEqual(dump.param_estimates?.filter?.dims?.slice(1).map((d) => d.extent), [3, 3]);
  // Measured now, its graph is the dump's (a sample from before the worker sized the window is refused).
  const g = new SampleGraphs(ROOT, dataDir).graph(hand);
  assert.ok(g.stages.some((s) => s.func === 'convolved' && s.kind === 'update'));
  assert.throws(() => new SampleGraphs(ROOT, dataDir).graph({ ...hand, date: '2026-12-05T12:21:33.127Z' }), /empty reduction window \(filter\.extent\.1, filter\.extent\.2/);
});
