// One machine id's side of a collection run: what it has measured (done plan items, schedule texts
// seen), where its samples go, and how many Adams2019 probes timed out per pipeline. A run has one
// leg, or two with --pair-target: the same schedules timed back to back for two targets.
import { DatasetWriter, describeMachines, machineCounts, readFailures, readMachines, recordMachine, type Sample } from './dataset';
import { key, probeTimeoutsOf, settledFailures } from './failures';
import type { MachineFingerprint } from '../toolchain/machine';

export interface Leg {
  machine: MachineFingerprint;
  /** Plan items (failures.ts key) measured, or settled as failed, on this machine id. */
  done: Set<string>;
  /** `pipeline|textHash` of the schedules this machine id measured. */
  seenText: Set<string>;
  writer: DatasetWriter;
  /** Adams2019 probes that timed out in earlier runs, per pipeline. */
  probeTimeouts: Map<string, number>;
}

/**
 * The leg of `machine` over the samples it measured (`mine`: stale ones already left out). Records the
 * machine in dataDir and warns when its id has been seen on another CPU.
 */
export function openLeg(dataDir: string, machine: MachineFingerprint, mine: readonly Sample[], log: (s: string) => void): Leg {
  if (recordMachine(dataDir, machine).differentCpu) {
    log(`collect: warning: machine id ${machine.id} (${machine.cpu}) has measured on more than one CPU (data/machines.json cpusSeen): ` +
      `the id hashes the CPU's name, cores and target only, and run times from different silicon may not compare`);
  }
  const done = new Set(mine.map((s) => key(s.pipeline, s.schedule.source, s.schedule.seed)));
  const failures = readFailures(dataDir);
  for (const k of settledFailures(failures, machine.id)) done.add(k);
  return {
    machine, done, seenText: new Set(mine.map((s) => `${s.pipeline}|${s.schedule.textHash}`)),
    writer: new DatasetWriter(dataDir, machine), probeTimeouts: probeTimeoutsOf(failures, machine.id),
  };
}

/** Called when this machine has no samples in dataDir: stop before measuring if others have (see CollectOptions.newMachine). */
export function refuseForeignData(existing: readonly Sample[], machine: MachineFingerprint, dataDir: string, newMachine = false): void {
  if (newMachine || existing.length === 0) return;
  // This hardware under its own target: the same machine.
  if (machine.hardware && existing.some((s) => s.machine === machine.hardware)) return;
  throw new Error(
    `${dataDir} holds samples from ${describeMachines(machineCounts(existing), readMachines(dataDir))}, none from this machine ` +
    `${machine.id} (${machine.cpu}, ${machine.cores} cores, ${machine.target}). Run times from two machines do not ` +
    `compare, and appending would mix them in one training set. Collect into another directory with --data DIR, ` +
    `or pass --new-machine to add this machine's samples on purpose (training then needs --machine ID).`);
}
