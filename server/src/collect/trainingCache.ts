// The training cache: every measured sample of data/ featurized the way the collector read it,
// one gzip JSON line per sample. Resumable (keeps lines of the same schema, adds missing ids),
// rewritten atomically; a sample that cannot be featurized is counted with its reason, never fatal.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { bestMs, describeMachines, hardwareOf, machineCounts, samplesPerHardware, readDumps, readMachines, readSamples, splitOf, type Sample } from './dataset';
import { isRealworld } from './realworld';
import { dumpToGenerator } from '../toolchain/dumpToGraph';
import { inferredReductionExtents, type PipelineDump } from '../toolchain/dumpFormat';
import { pipelineSource } from './plan';
import { extractEditing } from '../halide/extract';
import type { GeneratorGraph } from '../halide/graph';
import { parseText, type Tree } from '../halide/parser';
import { featurize, type PipelineFeatures } from '../features/featurize';
import { FEATURE_SCHEMA_VERSION } from '../features/schema';

export interface CacheLine extends PipelineFeatures {
  id: string; pipeline: string; split: string; source: string; threads: number;
  /** The label (collect/dataset.ts bestMs) and, for reference, the repetitions' median. */
  bestMs: number; medianMs: number; spread: number; adams2019Cost: number | null; hasFeaturization: boolean;
  /** The hardware that measured it (dataset.ts hardwareOf): run times compare only within one. */
  hardware: string;
}

export interface BulkOptions {
  /** Repository root (corpus/ lives here). */
  root: string;
  dataDir: string;
  out: string;
  /** Use each sample's measured thread count (else `threads`). */
  threadsFromSample: boolean;
  threads: number;
  cores?: number;
  log?: (line: string) => void;
  /** Only these samples (e.g. a model's test ids); the output then holds just them. */
  filter?: (s: Sample) => boolean;
  /** The machine whose samples to featurize; required when dataDir holds several. */
  machine?: string;
  /**
   * Every hardware's samples, each line naming its hardware: for a trainer that keeps them apart
   * (ranking pairs within one hardware, a learned scale per hardware), never for a blind mix.
   */
  allHardware?: boolean;
}

export interface BulkResult {
  total: number; kept: number; written: number;
  /** Of those written, how many carry warnings (some quantity unknown). */
  withWarnings: number;
  skipped: Record<string, number>; ms: number;
}

/** From here on the bench worker sized inputs whose extents a reduction reads (inferredReductionExtents). */
export const WINDOWS_SIZED = '2026-12-05T18:25:00Z';

/**
 * Why a realworld sample's run time is not the pipeline its dump describes (null when it is): one
 * measured before the worker sized inputs whose extents a reduction reads ran an empty window.
 * The collector measures such a sample again; training and rank refuse it.
 */
export function staleMeasurement(s: Sample, dump: PipelineDump): string | null {
  const empty = s.date < WINDOWS_SIZED ? inferredReductionExtents(dump) : [];
  return empty.length ? `measured over an empty reduction window (${empty.join(', ')} left to bounds inference), not what its dump describes` : null;
}

const sha = (text: string): string => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The graph a sample measured. Ours: the front end's reading of the generator with the schedule
 * text the collector measured (parsed sources cached by content hash: many samples share one
 * generator). Realworld samples: Halide's own report of the pipeline, stored with the sample
 * (data/dumps/), because the static front end does not read every one of those generators exactly.
 */
export class SampleGraphs {
  private readonly texts = new Map<string, { text: string; hash: string }>();
  private readonly trees = new Map<string, Tree>();
  private dumps: Map<string, PipelineDump> | null = null;
  private machines: ReturnType<typeof readMachines> | null = null;

  constructor(private readonly root: string, private readonly dataDir: string) {}

  private source(file: string, s: Sample): { text: string; hash: string } {
    let src = this.texts.get(file);
    if (!src) {
      if (!fs.existsSync(file)) throw new Error('source file missing');
      const text = fs.readFileSync(file, 'utf8');
      src = { text, hash: sha(text) };
      this.texts.set(file, src);
    }
    if (src.hash !== s.sourceHash) throw new Error('source changed since measured');
    return src;
  }

  graph(s: Sample): GeneratorGraph {
    const file = pipelineSource(this.root, s.pipeline);
    const src = this.source(file, s);
    if (isRealworld(s.pipeline)) {
      this.dumps ??= readDumps(this.dataDir);
      const dump = this.dumps.get(s.id);
      if (!dump) throw new Error('no pipeline dump stored for this realworld sample');
      const stale = staleMeasurement(s, dump);
      if (stale) throw new Error(stale);
      return dumpToGenerator(structuredClone(dump), { text: src.text, params: s.params }).graph;
    }
    let tree = this.trees.get(src.hash);
    if (!tree) this.trees.set(src.hash, (tree = parseText(src.text)));
    // As the collector read it: the schedule text it measured, or (null) the source's own schedule,
    // for the target of the machine that measured it (natural_vector_size, get_target() questions).
    this.machines ??= readMachines(this.dataDir);
    const target = this.machines[s.machine]?.target ?? undefined;
    const g = extractEditing(tree, src.text, { schedule: s.schedule.text ?? undefined, params: s.params, target }).generators[0];
    if (!g) throw new Error('no generator in source');
    return g;
  }
}

function readExisting(file: string): CacheLine[] {
  if (!fs.existsSync(file)) return [];
  try {
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim());
    const parsed = lines.map((l) => JSON.parse(l) as CacheLine);
    // Another schema: every line is stale, start over.
    return parsed.every((l) => l.schema === FEATURE_SCHEMA_VERSION) ? parsed : [];
  } catch {
    return [];
  }
}

function readSplits(dataDir: string): { test: string[]; validation: string[] } | null {
  const file = path.join(dataDir, 'splits.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/**
 * One machine's samples (the hardware with the most, unless `machine` names one): labels from two
 * CPUs in one training set would contradict each other. The
 * same hardware's samples for a narrower target (collect --target) belong with it: the target is in
 * the features, the hardware is what makes run times compare. `machine` picks a hardware by any of
 * its ids.
 */
export function oneMachine(samples: Sample[], machine: string | undefined, dataDir: string): Sample[] {
  const known = readMachines(dataDir);
  const counts = machineCounts(samples);
  const described = () => describeMachines(counts, known);
  const hardware = new Set(counts.map(([id]) => hardwareOf(id, known)));
  if (machine !== undefined) {
    if (!counts.some(([id]) => id === machine)) throw new Error(`no samples from machine ${machine}; the data has ${described() || 'none'}`);
    const mine = hardwareOf(machine, known);
    return samples.filter((s) => hardwareOf(s.machine, known) === mine);
  }
  if (hardware.size <= 1) return samples;
  // Several hardware classes never mix: the one with the most samples unless --machine picks another.
  const most = [...samplesPerHardware(samples, known)].sort((a, b) => b[1] - a[1])[0][0];
  return samples.filter((s) => hardwareOf(s.machine, known) === most);
}

export function featurizeDataset(o: BulkOptions): BulkResult {
  const t0 = Date.now();
  const log = o.log ?? (() => undefined);
  const all = readSamples(o.dataDir);
  const samples = (o.allHardware ? all : oneMachine(all, o.machine, o.dataDir)).filter(o.filter ?? (() => true));
  const known = readMachines(o.dataDir);
  const splits = readSplits(o.dataDir);
  const existing = readExisting(o.out);
  const ids = new Set(samples.map((s) => s.id));
  // Lines of samples no longer in data/ are dropped; the rest are kept as they are.
  // A line from before lines named their hardware is featurized again.
  const kept = existing.filter((l) => ids.has(l.id) && l.hardware);
  const have = new Set(kept.map((l) => l.id));
  const lines = kept.map((l) => JSON.stringify(l));
  const skipped: Record<string, number> = {};
  const graphs = new SampleGraphs(o.root, o.dataDir);
  let written = 0, withWarnings = 0;
  for (const s of samples) {
    if (have.has(s.id)) continue;
    have.add(s.id);
    try {
      const threads = o.threadsFromSample ? s.threads : o.threads;
      const pf = featurize(graphs.graph(s), { threads, cores: o.cores });
      const line: CacheLine = {
        id: s.id, pipeline: s.pipeline, split: splitOf(s.pipeline, splits), source: s.schedule.source, threads,
        bestMs: bestMs(s), medianMs: s.medianMs, spread: s.spread, adams2019Cost: s.adams2019Cost, hasFeaturization: s.hasFeaturization,
        hardware: hardwareOf(s.machine, known), ...pf,
      };
      lines.push(JSON.stringify(line));
      written++;
      if (pf.warnings.length) withWarnings++;
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0].slice(0, 120);
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      log(`features: ${s.id} (${s.pipeline} ${s.schedule.source}): ${reason}`);
    }
  }
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  const tmp = `${o.out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, zlib.gzipSync(lines.length ? lines.join('\n') + '\n' : ''));
  fs.renameSync(tmp, o.out);
  return { total: samples.length, kept: kept.length, written, withWarnings, skipped, ms: Date.now() - t0 };
}
