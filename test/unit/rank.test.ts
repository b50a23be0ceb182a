// The shipped model on the realworld group (generators written by others), as `halide-lens rank`
// scores it from the committed samples: every sample is predicted, pipelines the model trained on
// are kept apart, and the ranking does not fall below what the committed model reached.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rankCommand } from '../../server/src/cli/rank';
import { parseArgs } from '../../server/src/cli/args';
import { repeatability, scoreTargetPairs } from '../../server/src/model/targetPairs';
import { REALWORLD, ROOT } from '../paths';

/** The realworld pipelines the committed model trained on (cost_model.json). */
function trainedOn(): Set<string> {
  const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'models', 'cost_model.json'), 'utf8'));
  return new Set(meta.trainedOnRealworld ?? []);
}

async function rankJson(args: string[]): Promise<any> {
  let text = '';
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    assert.equal(await rankCommand(parseArgs([...args, '--json']), (s) => { text += s; }), 0);
  } finally {
    process.chdir(cwd);
  }
  return JSON.parse(text);
}

/**
 * What the committed model scores on the committed realworld samples (a ratchet: raise it, never
 * lower it). The model trained on every realworld repository, so this is in sample: it guards the
 * featurization of real pipelines (dumps -> graphs -> features -> ONNX), not generalization, which
 * models/REPORT.md measures out of fold by repository.
 */
// Measured 2026-12-04 with the committed model (feature schema 8, in sample): 417 samples (the AVX2
// samples of the same pipelines joined their groups: near-equal pairs, a harder top-1), 94.5% of 2766
// pairs, top-1 regret 1.13x. (Schema 7 on the 260 AVX-512 samples alone: 95.2%, 1.02x.)
// 2026-12-05: the same model on 511 samples of those 31 pipelines (94 search picks of a newer model
// joined them: the schedules a model is wrongly optimistic about, a harder set): 90.7% of 3787 pairs,
// top-1 regret 1.17x. Re-based on the new set, not lowered on the old one.
// 2026-12-05, later: those 94 picks were measured on other silicon (1.6x faster, session 26), now a
// machine of its own (c89bdfe333ba); the old hardware's set is the 417 of 2026-12-04 again: 94.5%, 1.13x.
// 2026-12-06: r32 (three turns of search picks more) on the same 417: 95.3%, 1.08x.
const AT_LEAST = { pairwiseAccuracy: 0.95, top1RegretAtMost: 1.09, samples: 417 };
/**
 * Share of the test split's AVX2/AVX-512 pairs whose predicted direction agrees (never trained on).
 * Measured 2026-12-04: 57 of 128 (45%) with the schema-8 model; the schema-7 model, trained on no
 * AVX2 sample, agreed on 38 (30%).
 * 2026-12-06: r32 61 of 128 (48%).
 */
const ACROSS_TARGETS_AGREE = 0.45;
/** The same for the direction of validation pairs that repeat past 1.2x when timed back to back twice (r32: 21 of 39). */
const BACK_TO_BACK_DIRECTION = 0.5;

test('rank: the shipped model ranks the committed realworld samples, each one predicted', { skip: !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld' }, async () => {
  const inSample = trainedOn().size > 0;
  const r = await rankJson(inSample ? ['--in-sample'] : []);
  assert.equal(r.inSample, inSample);
  assert.deepEqual(r.failed, {}, 'samples the model could not predict');
  assert.ok(r.samples >= AT_LEAST.samples, `${r.samples} realworld samples`);
  assert.ok(r.ours.pairs > 0 && r.adams.pairs > 0, 'pairs to rank, for us and for Adams2019');
  // Adams2019 is scored on exactly the samples it can score, and so are we beside it.
  assert.equal(r.oursOnAdams.pairs, r.adams.pairs);
  assert.ok(r.ours.pairwiseAccuracy >= AT_LEAST.pairwiseAccuracy, `pairwise accuracy ${r.ours.pairwiseAccuracy} fell below the ratchet`);
  assert.ok(r.ours.top1Regret <= AT_LEAST.top1RegretAtMost, `top-1 regret ${r.ours.top1Regret} rose above the ratchet`);
});

test('rank: pipelines the model trained on are never scored as if held out', { skip: !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld' }, async () => {
  const trained = trainedOn();
  const inSample = await rankJson(['--in-sample']).catch(() => null);
  if (inSample) assert.ok((inSample.rows as { pipeline: string }[]).every((r) => trained.has(r.pipeline)));
  const heldOut = await rankJson([]).catch((err: Error) => err);
  if (heldOut instanceof Error) {
    // Every committed realworld pipeline was trained on: the held-out group is empty, and says why.
    assert.match(heldOut.message, /pipelines the model trained on: --in-sample scores them/);
  } else {
    assert.ok((heldOut.rows as { pipeline: string }[]).every((r) => !trained.has(r.pipeline)));
  }
});

test('rank: a group with no samples is a clear error', async () => {
  await assert.rejects(rankCommand(parseArgs(['--data', path.join(ROOT, 'data'), '--pipelines', '^no-such-pipeline$']), () => undefined), /no samples of the realworld group/);
  await assert.rejects(rankCommand(parseArgs(['--group', 'nonsense']), () => undefined), /--group is realworld, test, validation or train/);
});

test('scoreTargetPairs: a pair agrees when both ratios point the same way, or both stay within 10%', () => {
  const s = scoreTargetPairs([
    { measured: 1.5, predicted: 1.3 }, // both: the wide target is faster
    { measured: 1.05, predicted: 0.95 }, // both within the band
    { measured: 0.7, predicted: 1.2 }, // opposite
    { measured: 1.3, predicted: 1.02 }, // moved, predicted no change
  ]);
  assert.deepEqual([s.pairs, s.agree, s.moved, s.movedAgree, s.sameSign], [4, 2, 3, 1, 2]);
  // Past the noise (1.2x): 1.5, 0.7 and 1.3; the last is predicted to change the right way, if little.
  assert.deepEqual([s.pastNoise, s.pastNoiseSameSign], [3, 2]);
  assert.ok(Math.abs(s.geomeanMeasured - Math.pow(1.5 * 1.05 * 0.7 * 1.3, 1 / 4)) < 1e-12);
});

test('repeatability: the measured direction counts as real where two back-to-back runs agree past 1.2x', () => {
  const r = repeatability([
    [{ measured: 1.5, predicted: 1.1 }, { measured: 1.4, predicted: 1.1 }], // the wide target wins twice, predicted so
    [{ measured: 0.7, predicted: 1.1 }, { measured: 0.75, predicted: 1.1 }], // the narrow one wins twice, predicted wrong
    [{ measured: 1.3, predicted: 0.9 }, { measured: 0.95, predicted: 0.9 }], // past 1.2x once, the other way the next time
    [{ measured: 1.0, predicted: 1.0 }, { measured: 1.05, predicted: 1.0 }], // within the noise both times
  ]);
  assert.equal(r.items, 4);
  // Runs past 1.2x: 1.5, 1.4, 0.7, 0.75, 1.3; the other run goes the same way for all but 1.3.
  assert.deepEqual([r.pastNoise, r.repeated], [5, 4]);
  assert.deepEqual([r.bothPast, r.bothPastPredicted, r.wideFaster, r.wideFasterPredicted, r.narrowFaster, r.narrowFasterPredicted], [2, 1, 1, 1, 1, 0]);
  assert.ok(r.correlation > 0.8 && r.correlation <= 1);
});

/**
 * The committed samples measured for two targets on one hardware (collect --target: AVX2 beside the
 * AVX-512 host) in the test split, never trained on: each pair is the narrow target against the wide.
 */
test('rank --across-targets pairs one schedule source measured for two targets and predicts both', async () => {
  const r = await rankJson(['--group', 'test', '--across-targets']);
  assert.ok(r.all.pairs >= 20, `${r.all.pairs} pairs`);
  assert.deepEqual(r.failed, {}, 'pairs the model could not predict');
  for (const row of r.rows as { narrow: string; wide: string; ms: number[]; pred: number[] }[]) {
    assert.ok(!/avx512/.test(row.narrow) && /avx512/.test(row.wide), `${row.narrow} against ${row.wide}`);
    assert.ok(row.ms.every((x) => x > 0) && row.pred.every((x) => x > 0));
  }
  assert.ok(r.all.agree / r.all.pairs >= ACROSS_TARGETS_AGREE, `agreement ${r.all.agree}/${r.all.pairs} fell below the ratchet`);
  // Pairs of one schedule text (the authors' at least) are told apart from those an autoscheduler or the sampler sized per target.
  const byCode = r.byCode as { code: string; score: { pairs: number } }[];
  assert.equal(byCode.filter((c) => c.code !== 'timed back to back').reduce((n, c) => n + c.score.pairs, 0), r.all.pairs);
  assert.ok(byCode.some((c) => c.code === 'same code'), 'no pair of one schedule text');
});

/**
 * The validation pipelines' schedules timed back to back for AVX2 and AVX-512 on one hardware
 * (4921de242ca0), twice: the direction the machine shows where it repeats, and the model on it.
 */
test('rank --across-targets: pairs timed back to back twice give the noise floor, and the model is scored on the direction that repeats', async () => {
  const r = await rankJson(['--group', 'validation', '--across-targets', '--machine', '4921de242ca0']);
  const b2b = (r.byCode as { code: string; score: { pairs: number } }[]).find((c) => c.code === 'timed back to back');
  assert.ok(b2b && b2b.score.pairs >= 500, `back-to-back pairs: ${b2b?.score.pairs}`);
  const rep = r.repeat;
  assert.ok(rep.items >= 250 && rep.correlation > 0.3, JSON.stringify(rep));
  // Runs disagree often enough that a single pair past 1.2x is not the machine's direction for sure...
  assert.ok(rep.repeated < rep.pastNoise);
  // ...but where both runs agree, the narrow target does win sometimes: that is what the model must learn.
  assert.ok(rep.narrowFaster >= 5 && rep.wideFaster >= 5);
  assert.ok(rep.bothPastPredicted / rep.bothPast >= BACK_TO_BACK_DIRECTION, `direction on repeated pairs ${rep.bothPastPredicted}/${rep.bothPast} fell below the ratchet`);
});
