// Calibration for this machine: every profile the user runs is kept (a JSON file in the storage
// directory the client gives us), and its (predicted, measured) Func pairs fit one robust log-scale
// factor: the median of ln(measured / predicted). Predictions are multiplied by exp(that).
// The model ranks schedules; the factor only moves its absolute numbers to this machine's scale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StageQuantities } from '../analysis/quantities';
import type { AccuracyStats, CalibrationReport } from './protocol';

/**
 * The model's prediction per realized Func, as Halide's profiler sees it: an inlined Func has no
 * time of its own (it runs inside the stages that fold it in), so its predicted time goes to those
 * Funcs, split evenly when several inline it.
 */
export function predictedPerFunc(stages: Pick<StageQuantities, 'stage' | 'func' | 'placement' | 'inlined'>[], byStage: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string, ms: number) => out.set(f, (out.get(f) ?? 0) + ms);
  const realized = stages.filter((q) => q.placement !== 'inline');
  for (const q of realized) add(q.func, byStage.get(q.stage) ?? 0);
  for (const q of stages) {
    if (q.placement !== 'inline') continue;
    const ms = byStage.get(q.stage);
    const hosts = [...new Set(realized.filter((r) => r.inlined.includes(q.func)).map((r) => r.func))];
    if (ms === undefined || hosts.length === 0) continue;
    for (const h of hosts) add(h, ms / hosts.length);
  }
  return out;
}

export interface CalibrationPair { func: string; predictedMs: number; measuredMs: number }

export interface ProfileRecord {
  date: string;
  generator: string;
  file: string;
  threads: number;
  measuredTotalMs: number;
  /** Raw (uncalibrated) model total, when the model predicted this version. */
  predictedTotalMs: number | null;
  pairs: CalibrationPair[];
}

interface MachineRecords { description: string; profiles: ProfileRecord[] }
interface CalibrationFile { version: 1; machines: Record<string, MachineRecords> }

/** Profiles kept per machine; the oldest go first. */
export const MAX_PROFILES = 200;
/** The factor needs this many pairs before it is applied. */
export const MIN_PAIRS = 3;
/** Funcs under this measured time are below the sampling profiler's resolution: not used. */
export const MIN_MEASURED_MS = 0.01;

const usable = (p: CalibrationPair): boolean =>
  p.predictedMs > 0 && p.measuredMs >= MIN_MEASURED_MS && Number.isFinite(p.predictedMs) && Number.isFinite(p.measuredMs);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** exp(median ln(measured / predicted)) over usable pairs; 1 with fewer than MIN_PAIRS. */
export function fitFactor(pairs: CalibrationPair[]): { factor: number; pairs: number } {
  const logs = pairs.filter(usable).map((p) => Math.log(p.measuredMs / p.predictedMs));
  if (logs.length < MIN_PAIRS) return { factor: 1, pairs: logs.length };
  return { factor: Math.exp(median(logs)), pairs: logs.length };
}

/** How far predictions (times `scale`) were from one profile's measurements. */
export function accuracy(record: ProfileRecord, scale = 1): AccuracyStats | null {
  const pairs = record.pairs.filter(usable);
  if (pairs.length === 0 || record.predictedTotalMs === null) return null;
  const typical = Math.exp(median(pairs.map((p) => Math.abs(Math.log((p.predictedMs * scale) / p.measuredMs)))));
  const totalErrorPct = (100 * Math.abs(record.predictedTotalMs * scale - record.measuredTotalMs)) / record.measuredTotalMs;
  return { pairs: pairs.length, typicalFactor: typical, totalErrorPct };
}

export class CalibrationStore {
  private data: CalibrationFile = { version: 1, machines: {} };
  private loadError: string | null = null;

  constructor(readonly file: string) {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CalibrationFile;
      if (parsed && parsed.version === 1 && typeof parsed.machines === 'object') this.data = parsed;
    } catch (err) {
      // No file yet is normal; a broken one is replaced on the next save and reported.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.loadError = `calibration file ${file} unreadable: ${(err as Error).message}`;
    }
  }

  get error(): string | null { return this.loadError; }

  profiles(machine: string): ProfileRecord[] {
    return this.data.machines[machine]?.profiles ?? [];
  }

  /** The factor in force for a machine. */
  factor(machine: string): { factor: number; pairs: number } {
    return fitFactor(this.profiles(machine).flatMap((p) => p.pairs));
  }

  /**
   * Keep a profile; report how far the raw model was off, how far the calibration in force before
   * this profile was off (out of sample), and the new factor.
   */
  add(machine: string, description: string, record: ProfileRecord): CalibrationReport {
    const previous = this.factor(machine);
    const m = (this.data.machines[machine] ??= { description, profiles: [] });
    m.profiles.push(record);
    if (m.profiles.length > MAX_PROFILES) m.profiles.splice(0, m.profiles.length - MAX_PROFILES);
    this.save();
    const now = this.factor(machine);
    return {
      factor: now.factor,
      fittedOn: now.pairs,
      before: accuracy(record, 1),
      after: previous.pairs >= MIN_PAIRS ? accuracy(record, previous.factor) : null,
    };
  }

  private save(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, JSON.stringify(this.data, null, 1));
      fs.renameSync(tmp, this.file);
      this.loadError = null;
    } catch (err) {
      this.loadError = `cannot save calibration to ${this.file}: ${(err as Error).message}`;
    }
  }
}

/** What the hover and status say about calibration. */
export interface CalibrationSummary { factor: number; pairs: number; last: CalibrationReport | null }
