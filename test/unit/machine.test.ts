// The machine fingerprint: the CPU recorded in full beside the id, and a warning when one id has
// measured on two different CPUs (its name alone, "AMD EPYC", does not tell Zen 4 from Zen 5).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMachines, recordMachine, type Sample } from '../../server/src/collect/dataset';
import { oneMachine } from '../../server/src/collect/trainingCache';
import { cpuDetails, machineFingerprint } from '../../server/src/toolchain/machine';
import { runnableTarget } from '../../server/src/toolchain/target';

test('this machine\'s CPU is read from /proc/cpuinfo', { skip: !fs.existsSync('/proc/cpuinfo') && 'not Linux' }, () => {
  const d = cpuDetails();
  assert.ok(d && d.vendor.length > 0 && Number.isInteger(d.family) && Number.isInteger(d.model) && d.mhz > 0, JSON.stringify(d));
});

test('recordMachine keeps one record per id, adds each new CPU to it, and says when the id covers two', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-machines-'));
  const fp = machineFingerprint('x86-64-linux-avx-avx2');
  const cpu = { vendor: 'AuthenticAMD', family: 25, model: 17, stepping: 1, mhz: 2400, cacheKiB: 1024, flagsHash: 'aaaa' };
  assert.equal(recordMachine(dir, { ...fp, cpuDetails: cpu }).differentCpu, false);
  // The same silicon at another clock: the same CPU.
  assert.equal(recordMachine(dir, { ...fp, cpuDetails: { ...cpu, mhz: 2450 } }).differentCpu, false);
  assert.equal(recordMachine(dir, { ...fp, cpuDetails: { ...cpu, family: 26, model: 2 } }).differentCpu, true);
  const rec = readMachines(dir)[fp.id] as unknown as { cpusSeen: { cpu: { family: number } }[]; cpu: string };
  assert.deepEqual(rec.cpusSeen.map((r) => r.cpu.family), [25, 26]);
  assert.equal(rec.cpu, fp.cpu);
});

const AVX512 = 'x86-64-linux-avx-avx2-avx512-avx512_skylake-f16c-fma-sse41';
const AVX2 = 'x86-64-linux-avx-avx2-f16c-fma-sse41';

test('a narrower target on this hardware gets its own id and names the host\'s as its hardware', () => {
  const host = machineFingerprint(AVX512);
  const narrow = machineFingerprint(AVX2, AVX512);
  assert.notEqual(narrow.id, host.id);
  assert.equal(narrow.hardware, host.id);
  assert.equal(narrow.target, AVX2);
  assert.equal(machineFingerprint(AVX512, AVX512).hardware, undefined);
});

test('runnableTarget accepts fewer instruction sets and refuses more, or another kind of machine', () => {
  assert.equal(runnableTarget(AVX2, AVX512), AVX2);
  assert.equal(runnableTarget(`${AVX2}-no_asserts`, AVX512), `${AVX2}-no_asserts`);
  assert.throws(() => runnableTarget(`${AVX2}-avx512_sapphirerapids`, AVX512), /avx512_sapphirerapids/);
  assert.throws(() => runnableTarget('arm-64-linux', AVX512), /not this machine's kind/);
});

test('oneMachine trains a hardware\'s narrower-target samples with its own, and never mixes in other hardware', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-machines-'));
  const host = machineFingerprint(AVX512);
  const narrow = machineFingerprint(AVX2, AVX512);
  recordMachine(dir, host);
  recordMachine(dir, narrow);
  const sample = (machine: string) => ({ machine }) as unknown as Sample;
  const both = [sample(host.id), sample(narrow.id), sample(host.id)];
  assert.equal(oneMachine(both, undefined, dir).length, 3);
  assert.equal(oneMachine(both, narrow.id, dir).length, 3, 'either id picks the hardware');
  const other = { ...host, id: 'ffffffffffff', target: AVX2 };
  recordMachine(dir, other);
  assert.equal(oneMachine([...both, sample(other.id)], undefined, dir).length, 3, 'the hardware with the most samples, alone');
  assert.equal(oneMachine([...both, sample(other.id)], other.id, dir).length, 1);
});
