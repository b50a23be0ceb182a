// The machine fingerprint: the CPU recorded in full beside the id, and a warning when one id has
// measured on two different CPUs (its name alone, "AMD EPYC", does not tell Zen 4 from Zen 5).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMachines, recordMachine } from '../../server/src/collect/dataset';
import { cpuDetails, machineFingerprint } from '../../server/src/toolchain/machine';

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
