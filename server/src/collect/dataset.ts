// data/: measured samples as gzip-compressed JSON lines, append-only. Each run writes new part
// files (never rewrites old ones), so the repository only ever grows by whole files and a
// collection that stops midway loses nothing it already wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { PipelineDump } from '../toolchain/dumpFormat';
import { type CpuDetails, type MachineFingerprint, sameCpu } from '../toolchain/machine';

export const SAMPLE_VERSION = 1;

export const SCHEDULE_SOURCES = ['hand', 'adams2019-probe', 'adams2019-beam', 'mullapudi2016', 'li2018', 'random', 'naive-inline', 'naive-root', 'search'] as const;
export type ScheduleSourceKind = (typeof SCHEDULE_SOURCES)[number];

export interface Sample {
  v: number;
  /** Pipeline id: `corpus/NAME[@variant]`, `random/NAME` or `realworld/FILE-STEM/GENERATOR`. */
  pipeline: string;
  generator: string;
  params: Record<string, string>;
  /** sha256 of the generator source text (first 16 hex). */
  sourceHash: string;
  schedule: {
    source: ScheduleSourceKind;
    seed: number | null;
    /** The schedule as C++: the autoscheduler's output, our printer's, or null for the source's own. */
    text: string | null;
    textHash: string;
  };
  threads: number;
  /** CPU time over wall time while timing: close to `threads` when the machine was the worker's. */
  cpuUtilization: number;
  medianMs: number;
  timesMs: number[];
  spread: number;
  compileMs: number;
  /** Halide's Adams2019 predicted cost, for its own schedules. */
  adams2019Cost: number | null;
  /** Whether our front end read the schedule text with no warning (always true for hand/ours). */
  parsedCompletely: boolean;
  /** Whether a featurization was stored (data/features/…, keyed by sample id). */
  hasFeaturization: boolean;
  loadPerCore: number;
  /** Share of the cores other work kept busy just before timing (from /proc/stat). */
  busyBefore: number;
  machine: string;
  date: string;
  id: string;
  /** Sizes the worker guessed where the generator sets no estimates ("output f: 1024x1024x?"). */
  guessedEstimates?: string[];
  /**
   * Shared by the two samples of one schedule timed back to back for two targets (collect
   * --pair-target): their ratio has no drift between runs in it.
   */
  pair?: string;
}

/**
 * The run time a sample stands for, the training label: the fastest timed repetition, as
 * Halide's own benchmarking reports. Slower repetitions are the machine getting in the way, so
 * the minimum is the steadier statistic: over 520 samples measured twice it gives MAPE 17.0% and
 * within-pipeline tau 0.807 between the two measurements; the median gives 18.4% and 0.786.
 */
export function bestMs(m: { timesMs?: number[]; medianMs: number }): number {
  return m.timesMs && m.timesMs.length ? Math.min(...m.timesMs) : m.medianMs;
}

export interface FeaturizationRecord { id: string; featurization: string }

/** Halide's own report of the pipeline a sample measured, as scheduled (realworld samples; dumpFormat.ts). */
export interface DumpRecord { id: string; dump: PipelineDump }

export function readDumps(dir: string): Map<string, PipelineDump> {
  const out = new Map<string, PipelineDump>();
  const d = path.join(dir, 'dumps');
  if (!fs.existsSync(d)) return out;
  for (const f of fs.readdirSync(d).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
    for (const line of zlib.gunzipSync(fs.readFileSync(path.join(d, f))).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as DumpRecord;
      out.set(r.id, r.dump);
    }
  }
  return out;
}

/** A planned schedule not kept (Halide rejected it, or it duplicated one we have): not retried. */
export interface FailureRecord { pipeline: string; source: string; seed: number | null; machine: string; error: string; date: string }

export function readFailures(dir: string): FailureRecord[] {
  return partFiles(path.join(dir, 'failed')).flatMap((file) =>
    zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FailureRecord));
}

/** Samples per machine id, most first. Run times only compare within one machine. */
export function machineCounts(samples: readonly Sample[]): [string, number][] {
  const n = new Map<string, number>();
  for (const s of samples) n.set(s.machine, (n.get(s.machine) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]);
}

/**
 * The hardware a machine id measured on: its own id, or for samples compiled for a narrower target
 * on that hardware (collect --target) the host's id. Run times compare within one hardware.
 */
export function hardwareOf(id: string, known: Record<string, MachineFingerprint>): string {
  return known[id]?.hardware ?? id;
}

/** Samples per hardware (a machine and its narrower-target ids together), in first-seen order. */
export function samplesPerHardware(samples: readonly Sample[], known: Record<string, MachineFingerprint>): Map<string, number> {
  const per = new Map<string, number>();
  for (const s of samples) {
    const h = hardwareOf(s.machine, known);
    per.set(h, (per.get(h) ?? 0) + 1);
  }
  return per;
}

/** "7082dc23ecd3 (15011 samples), …" for messages, with what is known of each machine. */
export function describeMachines(counts: readonly [string, number][], known: Record<string, MachineFingerprint>): string {
  return counts.map(([id, k]) => {
    const m = known[id];
    return `${id} (${k} samples${m ? `; ${m.cpu}, ${m.cores} cores, ${m.target}${m.hardware ? `, on ${m.hardware}'s hardware` : ''}` : ''})`;
  }).join(', ');
}

/**
 * data/machines.json: the full fingerprint of every machine that measured into this directory. Samples
 * carry only the id (a hash), which says that two machines differ but not how.
 */
export function readMachines(dir: string): Record<string, MachineFingerprint> {
  const file = path.join(dir, 'machines.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

/**
 * Records this machine's fingerprint. An id seen before keeps its record; CPU details are added to its
 * `cpusSeen` when new, and the result says whether the id now covers two different CPUs (its run
 * times may then not compare: a warning for the collector to print).
 */
export function recordMachine(dir: string, machine: MachineFingerprint): { differentCpu: boolean } {
  const known = readMachines(dir) as Record<string, MachineFingerprint & { cpusSeen?: { date: string; cpu: CpuDetails }[] }>;
  const before = JSON.stringify(known[machine.id] ?? null);
  const entry = structuredClone(known[machine.id] ?? { ...machine, cpuDetails: undefined });
  const seen = entry.cpusSeen ?? [];
  const details = machine.cpuDetails;
  let differentCpu = false;
  if (details) {
    differentCpu = seen.some((r) => !sameCpu(r.cpu, details));
    if (!seen.some((r) => sameCpu(r.cpu, details))) seen.push({ date: new Date().toISOString(), cpu: details });
  }
  entry.cpusSeen = seen;
  delete entry.cpuDetails;
  if (before === JSON.stringify(entry)) return { differentCpu };
  known[machine.id] = entry;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'machines.json');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(known, null, 2) + '\n');
  fs.renameSync(`${file}.tmp`, file);
  return { differentCpu };
}

/** All samples under dir (every part file), in file order. */
export function readSamples(dir: string): Sample[] {
  const out: Sample[] = [];
  for (const file of partFiles(path.join(dir, 'samples'))) {
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    for (const line of text.split('\n')) if (line.trim()) out.push(JSON.parse(line) as Sample);
  }
  return out;
}

function partFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort().map((f) => path.join(dir, f));
}

/** Part numbers shared by every writer of the process: two writers (two collect runs) in one second must not pick one name. */
let partSeq = 0;

/**
 * Buffers lines and flushes them as a new gzip part file every `every` records and on close.
 * A crash loses at most the unflushed buffer; nothing already written is touched again.
 */
export class PartWriter<T> {
  private buffer: string[] = [];
  constructor(private readonly dir: string, private readonly prefix: string, private readonly every = 100) {
    fs.mkdirSync(dir, { recursive: true });
  }

  append(record: T): void {
    this.buffer.push(JSON.stringify(record));
    if (this.buffer.length >= this.every) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
    const name = `${this.prefix}-${stamp}-${process.pid}-${String(partSeq++).padStart(4, '0')}.jsonl.gz`;
    const tmp = path.join(this.dir, `.${name}.tmp`);
    fs.writeFileSync(tmp, zlib.gzipSync(this.buffer.join('\n') + '\n', { level: 9 }));
    fs.renameSync(tmp, path.join(this.dir, name));
    this.buffer = [];
  }
}

export class DatasetWriter {
  readonly samples: PartWriter<Sample>;
  readonly features: PartWriter<FeaturizationRecord>;
  readonly failures: PartWriter<FailureRecord>;
  readonly dumps: PartWriter<DumpRecord>;
  constructor(dir: string, machine: MachineFingerprint) {
    this.dumps = new PartWriter(path.join(dir, 'dumps'), machine.id, 20);
    this.failures = new PartWriter(path.join(dir, 'failed'), machine.id, 50);
    // Small parts: a crash loses little, and git only ever adds files.
    this.samples = new PartWriter(path.join(dir, 'samples'), machine.id, 50);
    this.features = new PartWriter(path.join(dir, 'features'), machine.id, 50);
  }
  close(): void {
    this.samples.flush();
    this.features.flush();
    this.failures.flush();
    this.dumps.flush();
  }
}

/** Stable split by pipeline: a pipeline's samples all land in one of train/validation/test. */
export function splitOf(pipeline: string, splits: { train?: string[]; test: string[]; validation: string[] } | null): 'train' | 'validation' | 'test' | 'realworld' {
  // Generators written by others are the judge on real code, never trained on or selected with.
  if (pipeline.startsWith('realworld/')) return 'realworld';
  const base = pipeline.replace(/@.*$/, '');
  if (splits) {
    if (splits.test.includes(base)) return 'test';
    if (splits.validation.includes(base)) return 'validation';
    if (!splits.train || splits.train.includes(base)) return 'train';
  }
  return hashSplit(base);
}

/** FNV-1a (32 bits) of a string's UTF-16 code units: a cheap stable hash for orders and splits. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The rule that assigns a pipeline the stored table does not list yet: FNV-1a, then a murmur3
 * finaliser, because FNV's high bits barely move for ids that differ in their last characters
 * (random/rp_1 ... rp_320 landed 8% test / 21% validation without it).
 */
export function hashSplit(base: string): 'train' | 'validation' | 'test' {
  let h = fnv1a(base);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  const u = (h >>> 0) / 2 ** 32;
  return u < 0.15 ? 'test' : u < 0.25 ? 'validation' : 'train';
}
