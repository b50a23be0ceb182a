// The memory cap on the toolchain's children (toolchain/memoryWatch.ts, run.ts): a real child that
// keeps allocating, in a grandchild as a generator's helper would, is stopped and named; one under
// the cap runs to the end.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { describeFailure, run } from '../../server/src/toolchain/run';
import { memoryCapBytes, treeRssBytes } from '../../server/src/toolchain/memoryWatch';

const GIB = 1024 ** 3;
/** Allocates (and touches) 32 MiB every 50 ms up to `mib`, then exits 0. */
const hog = (mib: number) => `const a = []; const t = setInterval(() => { a.push(Buffer.alloc(32 << 20, 1)); if (a.length * 32 >= ${mib}) { clearInterval(t); } }, 50);`;

test('a child tree past the cap is stopped and the failure says it was memory', async () => {
  // The allocating process is a grandchild (sh -> node): the whole tree counts.
  const r = await run('sh', ['-c', `"${process.execPath}" -e '${hog(2048)}'`], { memoryCapBytes: 256 * 1024 * 1024, timeoutMs: 60_000 });
  assert.ok(r.outOfMemory, `not stopped for memory: ${describeFailure('hog', r)}`);
  assert.ok(r.outOfMemory!.rssBytes > 256 * 1024 * 1024);
  assert.equal(r.timedOut, false);
  assert.match(describeFailure('hog', r), /^hog: stopped after \d+ ms: it used [\d.]+ GiB of memory, over the cap of 0\.3 GiB \(HALIDE_LENS_MEMORY_GB sets it\)$/);
});

test('a child under the cap runs to its end', async () => {
  const r = await run(process.execPath, ['-e', `${hog(64)} setTimeout(() => process.exit(0), 700);`], { memoryCapBytes: 1 * GIB, timeoutMs: 60_000 });
  assert.equal(r.code, 0);
  assert.equal(r.outOfMemory, undefined);
});

test('the cap: HALIDE_LENS_MEMORY_GB, 0 for none, else 16 GiB or 3/4 of the memory', () => {
  assert.equal(memoryCapBytes({ HALIDE_LENS_MEMORY_GB: '2' }), 2 * GIB);
  assert.equal(memoryCapBytes({ HALIDE_LENS_MEMORY_GB: '0' }), Infinity);
  const dflt = memoryCapBytes({});
  assert.ok(dflt > 0 && dflt <= 16 * GIB);
  assert.equal(memoryCapBytes({ HALIDE_LENS_MEMORY_GB: 'lots' }), dflt);
  // This process's own tree is resident and counted.
  assert.ok(treeRssBytes(process.pid) > 10 * 1024 * 1024);
});
