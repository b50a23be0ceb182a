// Timing one schedule with a bench worker and recording the result in a leg's data: the sample
// (with its featurization and dump) or the failure. Honest timing lives in the worker (the median of
// 7 repetitions, all kept); here a run whose repetitions disagree is measured once more.
import * as crypto from 'node:crypto';
import { extract } from '../halide/extract';
import type { BenchWorker } from '../toolchain/worker';
import type { BenchRequest, BenchResponse, BenchResult } from '../toolchain/workerProtocol';
import { SAMPLE_VERSION, type Sample } from './dataset';
import { key } from './failures';
import { loadPerCore } from './idle';
import type { Leg } from './leg';
import type { PipelineSpec, ScheduleSpec } from './plan';

const SPREAD_LIMIT = 0.2;

export const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

function scheduleText(spec: ScheduleSpec, r: BenchResult): string | null {
  return spec.text ?? r.schedule_source ?? null;
}

/** The autoscheduler's text must be readable by our front end; report how completely. */
function parsedCompletely(source: string, text: string | null, spec: ScheduleSpec): boolean {
  if (text === null || spec.schedule.kind === 'hand') return true;
  const g = extract(source, { schedule: text });
  return !g.diagnostics.some((d) => d.severity !== 'info');
}

/**
 * Repetitions that disagree are not to be trusted as they are. (CPU share is recorded but is no
 * test of contention: a serial schedule uses one core of two however idle the machine is; the idle
 * check before timing is what keeps other work off the cores.)
 */
function contended(r: BenchResult): boolean {
  return r.spread > SPREAD_LIMIT;
}

export async function measure(worker: BenchWorker, req: BenchRequest, timeoutMs: number): Promise<BenchResponse> {
  const first = await worker.request(req, { timeoutMs });
  if (!first.ok || !contended(first)) return first;
  // Repetitions that disagree: measure again and keep the steadier run.
  const second = await worker.request(req, { timeoutMs });
  return second.ok && (second.spread < first.spread || !contended(second)) ? second : first;
}

/** A failed request, recorded so that a resumed run does not try the schedule again. */
export function recordFailure(leg: Leg, pipeline: string, source: ScheduleSpec['source'], seed: number | null, error: string): void {
  leg.writer.failures.append({ pipeline, source, seed, machine: leg.machine.id, error: error.slice(0, 500), date: new Date().toISOString() });
}

/** The hash a sample's schedule text is known by ('hand' for the source's own schedule). */
export function textHashOf(spec: ScheduleSpec, r: BenchResult): string {
  const text = scheduleText(spec, r);
  return text !== null ? hash(text) : 'hand';
}

/** Records a measured schedule in the leg's data (the caller has checked it is not a duplicate). */
export function recordSample(
  leg: Leg, p: PipelineSpec, sourceText: string, spec: ScheduleSpec, r: BenchResult, busy: number, pair?: string,
): Sample {
  const text = scheduleText(spec, r);
  const th = textHashOf(spec, r);
  leg.seenText.add(`${p.id}|${th}`);
  const id = hash(`${p.id}|${spec.source}|${spec.seed}|${leg.machine.id}|${Date.now()}|${Math.random()}`);
  const sample: Sample = {
    v: SAMPLE_VERSION, id, pipeline: p.id, generator: p.generator, params: p.params, sourceHash: hash(sourceText),
    schedule: { source: spec.source, seed: spec.seed, text, textHash: th },
    threads: r.threads, cpuUtilization: r.cpu_utilization, medianMs: r.median_ms, timesMs: r.times_ms, spread: r.spread, compileMs: r.compile_ms,
    adams2019Cost: r.adams2019_cost, hasFeaturization: Boolean(r.featurization), loadPerCore: (r.load[0] ?? loadPerCore() * leg.machine.cores) / leg.machine.cores,
    busyBefore: busy, parsedCompletely: parsedCompletely(sourceText, text, spec), machine: leg.machine.id, date: new Date().toISOString(),
    ...(r.guessed_estimates?.length ? { guessedEstimates: r.guessed_estimates } : {}),
    ...(pair ? { pair } : {}),
  };
  leg.writer.samples.append(sample);
  if (r.featurization) leg.writer.features.append({ id, featurization: r.featurization });
  if (r.dump) leg.writer.dumps.append({ id, dump: r.dump });
  leg.done.add(key(p.id, spec.source, spec.seed));
  return sample;
}
