// The bench worker end to end: bench_worker.cpp linked with corpus/blur3x3.cpp, driven through
// the TypeScript client. Needs the Halide 14 toolchain; skipped when it is not installed.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildContext, compileObject } from '../../server/src/toolchain/build';
import { HalideNotFoundError, locateHalide } from '../../server/src/toolchain/halide';
import { hostTarget, readCpuFlags, X86_REQUIREMENTS } from '../../server/src/toolchain/target';
import { BenchWorker } from '../../server/src/toolchain/worker';
import { buildWorker } from '../../server/src/toolchain/workerBuild';
import type { BenchRequest, BenchResult, WorkerDirective } from '../../server/src/toolchain/workerProtocol';
import { CORPUS, ROOT } from '../paths';

const CACHE = path.join(ROOT, '.cache', 'halide-lens');

let worker: BenchWorker | undefined;
let skip: string | false = false;
let exePath = '';
let target = '';
let pluginDir = '';

function ctx(): BuildContext | null {
  try {
    return { tc: locateHalide(), cacheDir: CACHE };
  } catch (e) {
    if (e instanceof HalideNotFoundError) return null;
    throw e;
  }
}

before(async () => {
  const c = ctx();
  if (!c) {
    skip = 'Halide 14 is not installed';
    return;
  }
  const [gen, host] = await Promise.all([compileObject(c, path.join(CORPUS, 'blur3x3.cpp')), hostTarget(c)]);
  exePath = (await buildWorker(c, [gen.objectPath], 'blur3x3')).exePath;
  target = host.target;
  pluginDir = c.tc.pluginDir;
  worker = await BenchWorker.start(exePath, target, { pluginDir, timeoutMs: 60_000 });
}, { timeout: 240_000 });

after(async () => {
  await worker?.close();
});

function w(): BenchWorker {
  assert.ok(worker, 'worker started');
  return worker;
}

/** Few, short reps: these tests check the plumbing, not the numbers. */
function bench(schedule: BenchRequest['schedule'], extra: Partial<BenchRequest> = {}): BenchRequest {
  return { generator: 'blur3x3', schedule, threads: 2, reps: 5, min_rep_ms: 5, ...extra };
}

function assertMeasured(r: BenchResult, reps: number): void {
  assert.equal(r.times_ms.length, reps);
  assert.ok(r.times_ms.every((t) => t > 0 && Number.isFinite(t)));
  const sorted = [...r.times_ms].sort((a, b) => a - b);
  assert.equal(r.median_ms, sorted[Math.floor(reps / 2)]);
  assert.equal(r.min_ms, sorted[0]);
  assert.ok(r.median_ms > 0);
  assert.ok(Math.abs(r.spread - (sorted[reps - 1] - sorted[0]) / r.median_ms) < 1e-6);
  assert.ok(r.iterations_per_rep >= 1);
  assert.ok(r.compile_ms > 0);
  assert.deepEqual(r.output_shapes, [[1536, 2560]]);
  assert.equal(r.load.length, 1);
  assert.equal(r.truncated, false);
}

test('ping lists the linked generators', async (t) => {
  if (skip) return t.skip(skip);
  const r = await w().ping();
  assert.ok(r.ok, !r.ok ? r.error : '');
  assert.deepEqual(r.generators, ['blur3x3']);
  assert.equal(r.fork, true);
  // Halide 14 claims avx512_sapphirerapids wherever AVX512-BF16 is (AMD Zen 4 too), and its code then
  // uses AVX512-FP16: the worker keeps the feature only on a CPU that has FP16 as well.
  const flags = readCpuFlags();
  if (flags) assert.equal(/sapphirerapids/.test(r.target), X86_REQUIREMENTS.avx512_sapphirerapids.every((f) => flags.has(f)), r.target);
});

test('hand schedule: median of 5 timed repetitions', async (t) => {
  if (skip) return t.skip(skip);
  const r = await w().request(bench({ kind: 'hand' }));
  assert.ok(r.ok, !r.ok ? r.error : '');
  assertMeasured(r, 5);
  assert.equal(r.schedule_kind, 'hand');
  assert.equal(r.schedule_source, null);
  assert.equal(r.adams2019_cost, null);
  assert.equal(r.featurization, null);
});

test('directives schedule: compute_root, split, vectorize, parallel', async (t) => {
  if (skip) return t.skip(skip);
  const directives: WorkerDirective[] = [
    { func: 'blur_x', stage: 0, name: 'compute_root', args: [] },
    { func: 'blur_x', stage: 0, name: 'vectorize', args: [{ var: 'x' }, { int: 16 }] },
    { func: 'output', stage: 0, name: 'split', args: [{ var: 'y' }, { var: 'yo' }, { var: 'yi' }, { int: 32 }, { tail: 'GuardWithIf' }] },
    { func: 'output', stage: 0, name: 'vectorize', args: [{ var: 'x' }, { int: 16 }] },
    { func: 'output', stage: 0, name: 'parallel', args: [{ var: 'yo' }] },
  ];
  const r = await w().request(bench({ kind: 'directives', directives }));
  assert.ok(r.ok, !r.ok ? r.error : '');
  assertMeasured(r, 5);
  assert.equal(r.schedule_kind, 'directives');
});

test('a schedule that reads an input beyond its estimates runs on a grown input', async (t) => {
  if (skip) return t.skip(skip);
  // Computing the buffer wrapper at root in RoundUp chunks of 1000 reads input columns up to
  // 1999, past the 1536 its estimate allocates; Halide rejected the run before inputs grew.
  const directives: WorkerDirective[] = [
    { func: 'lambda_0', stage: 0, name: 'compute_root', args: [] },
    { func: 'lambda_0', stage: 0, name: 'split', args: [{ var: '_0' }, { var: 'xo' }, { var: 'xi' }, { int: 1000 }, { tail: 'RoundUp' }] },
  ];
  const r = await w().request(bench({ kind: 'directives', directives }));
  assert.ok(r.ok, !r.ok ? r.error : '');
  assertMeasured(r, 5);
});

test('invalid directives fail the request, not the worker', async (t) => {
  if (skip) return t.skip(skip);
  const bad = async (d: WorkerDirective, why: RegExp) => {
    const r = await w().request(bench({ kind: 'directives', directives: [d] }));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error, why);
  };
  const pid = w().pid;
  await bad({ func: 'nope', stage: 0, name: 'compute_root', args: [] }, /unknown Func 'nope'/);
  await bad({ func: 'blur_x', stage: 0, name: 'frobnicate', args: [] }, /unknown directive 'frobnicate'/);
  await bad({ func: 'blur_x', stage: 1, name: 'split', args: [] }, /has no stage 1/);
  await bad({ func: 'output', stage: 0, name: 'split', args: [{ var: 'zz' }, { var: 'a' }, { var: 'b' }, { int: 8 }] }, /could not find split dimension: zz/);
  await bad({ func: 'output', stage: 0, name: 'vectorize', args: [{ int: 8 }] }, /argument 0 must be \{var\} or \{rvar\}/);
  const next = await w().request(bench({ kind: 'hand' }, { reps: 1 }));
  assert.ok(next.ok, !next.ok ? next.error : '');
  assert.equal(w().pid, pid, 'the same worker process answered');
  const unknown = await w().request({ generator: 'nope', schedule: { kind: 'hand' } });
  assert.ok(!unknown.ok && /no generator named 'nope'/.test(unknown.error));
});

test('adams2019 (beam 1): schedule source, predicted cost and featurization', async (t) => {
  if (skip) return t.skip(skip);
  const r = await w().request(bench(
    { kind: 'autoscheduler', name: 'adams2019', env: { HL_BEAM_SIZE: '1', HL_SEED: '7' } },
    { featurize: true },
  ));
  assert.ok(r.ok, !r.ok ? r.error : '');
  assertMeasured(r, 5);
  assert.match(r.schedule_source ?? '', /pipeline\.get_func\(/);
  assert.ok(r.adams2019_cost !== null && r.adams2019_cost > 0, `cost ${r.adams2019_cost}`);
  const feat = Buffer.from(r.featurization ?? '', 'base64');
  assert.ok(feat.length > 0 && feat.length % 4 === 0, `featurization of ${feat.length} bytes`);
  assert.ok(r.schedule_ms > 0);
});

test('thread count: 1 and 2 threads are set and reported', async (t) => {
  if (skip) return t.skip(skip);
  const one = await w().request(bench({ kind: 'hand' }, { threads: 1 }));
  const two = await w().request(bench({ kind: 'hand' }, { threads: 2 }));
  assert.ok(one.ok && two.ok);
  assert.equal(one.threads, 1);
  assert.equal(two.threads, 2);
  // The pool only grows to the thread count (forked child: no threads left from earlier requests).
  assert.equal(one.os_threads, 1);
  assert.equal(two.os_threads, 2);
  // One thread can't keep more than one core busy.
  assert.ok(one.cpu_utilization < 1.3, `cpu ${one.cpu_utilization}`);
});

test('requests queue: one in flight at a time, answered in order', async (t) => {
  if (skip) return t.skip(skip);
  const order: string[] = [];
  const rs = await Promise.all([
    w().request(bench({ kind: 'hand' }, { id: 'q1', reps: 1 })).then((r) => (order.push(r.id), r)),
    w().ping().then((r) => (order.push('ping'), r)),
    w().request(bench({ kind: 'hand' }, { id: 'q3', reps: 1 })).then((r) => (order.push(r.id), r)),
  ]);
  assert.ok(rs.every((r) => r.ok));
  assert.deepEqual(order, ['q1', 'ping', 'q3']);
});

test('a timeout kills only the benchmarking child; the worker answers on', async (t) => {
  if (skip) return t.skip(skip);
  const restarts = w().restarts;
  const pid = w().pid;
  const r = await w().request(bench({ kind: 'hand' }), { timeoutMs: 50 });
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.error, 'timeout');
    assert.equal(r.timed_out, true);
  }
  const next = await w().ping();
  assert.ok(next.ok);
  assert.equal(w().restarts, restarts);
  assert.equal(w().pid, pid);
});

test('a crash of the benchmarking child fails that request only', async (t) => {
  if (skip) return t.skip(skip);
  const pid = w().pid!;
  const pending = w().request(bench({ kind: 'hand' }));
  let child: number | undefined;
  for (let i = 0; i < 100 && !child; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    if (kids) child = Number(kids.split(/\s+/)[0]);
  }
  assert.ok(child, 'found the forked child');
  process.kill(child, 'SIGSEGV');
  const r = await pending;
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.crashed, true);
    assert.match(r.error, /benchmark process crashed: killed by SIGSEGV/);
    assert.match(r.stderr_tail ?? '', /fatal SIGSEGV while handling request/);
  }
  assert.equal(w().pid, pid);
  const next = await w().request(bench({ kind: 'hand' }, { reps: 1 }));
  assert.ok(next.ok, !next.ok ? next.error : '');
});

test('without fork, a timeout kills the worker and the next request restarts it', async (t) => {
  if (skip) return t.skip(skip);
  const nf = await BenchWorker.start(exePath, target, { fork: false, pluginDir });
  try {
    const pid = nf.pid;
    const r = await nf.request(bench({ kind: 'hand' }), { timeoutMs: 50 });
    assert.ok(!r.ok && r.error === 'timeout' && r.timed_out === true);
    const next = await nf.ping();
    assert.ok(next.ok && !next.fork);
    assert.equal(nf.restarts, 1);
    assert.notEqual(nf.pid, pid);
  } finally {
    await nf.close();
  }
});

test('a crashed worker is reported and restarted', async (t) => {
  if (skip) return t.skip(skip);
  const pid = w().pid;
  assert.ok(pid);
  const pending = w().request(bench({ kind: 'hand' }));
  setTimeout(() => process.kill(pid, 'SIGKILL'), 100);
  const r = await pending;
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.error, /^worker crashed: killed by SIGKILL/);
  const next = await w().request(bench({ kind: 'hand' }, { reps: 1 }));
  assert.ok(next.ok, !next.ok ? next.error : '');
  assert.notEqual(w().pid, pid);
});

test('close() shuts the worker down; later requests fail cleanly', async (t) => {
  if (skip) return t.skip(skip);
  const pid = w().pid;
  assert.ok(pid);
  await w().close();
  assert.throws(() => process.kill(pid, 0), /ESRCH/, 'the worker process is gone');
  const r = await w().ping();
  assert.ok(!r.ok && r.error === 'worker closed');
});

test('a request past the memory cap fails as out of memory, and the worker is replaced', async (t) => {
  if (skip) return t.skip(skip);
  // A cap above a started worker (about 90 MB here) and below it with a request's forked child
  // (whose pages shared with the worker count twice: the cap errs early), which a poll then sees.
  const capped = await BenchWorker.start(exePath, target, { pluginDir, memoryCapBytes: 130 * 1024 * 1024 });
  try {
    const pid = capped.pid;
    const r = await capped.request(bench({ kind: 'hand' }, { reps: 50, min_rep_ms: 50 }));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error, /^out of memory: the worker was stopped: it used [\d.]+ GiB of memory, over the cap of 0\.1 GiB \(HALIDE_LENS_MEMORY_GB sets it\)/);
    assert.ok(pid !== undefined);
    await new Promise((done) => setTimeout(done, 300));
    assert.throws(() => process.kill(pid!, 0), 'the capped worker is gone');
  } finally {
    await capped.close({ force: true });
  }
});
