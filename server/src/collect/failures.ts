// Which recorded failures settle a schedule (never tried again on this machine) and when a
// pipeline's Adams2019 probes stop being tried: the collector's bookkeeping of what went wrong.
import type { FailureRecord } from './dataset';

/** The key of one plan item: what a sample or a failure record is matched by. */
export const key = (pipeline: string, source: string, seed: number | null) => `${pipeline}|${source}|${seed ?? ''}`;

/**
 * Failures our side has since fixed, so the schedules behind them are tried again: inputs too
 * small for a schedule's rounded-up reads (the worker now grows them), interleaved inputs whose
 * stride constraint disagreed with a loose estimate (the constraint now wins), boundary-condition
 * Vars the front end misnamed `_0, _1` (now named as Halide names them), and autoschedulers refusing
 * generators that schedule unconditionally (the worker now clears their schedule first).
 */
const FIXED_FAILURES = [
  /cannot satisfy its stride constraint/, /Input buffer \S+ is accessed at -?\d+, which is (before the min|beyond the max)/, /could not find (split )?dimension:? _\d+/,
  /has scheduling directive\(s\) applied to it/, /cannot auto-schedule function \S+ since (it is scheduled to be computed at root|it has partially specified (schedules|bounds)|it has specializations|stage \d+ is not serial)/,
  /is scheduled to be computed inline, but is not scheduled to be stored inline/,
];
/**
 * Adams2019 probes of one pipeline that may time out before its other probes are recorded as skipped:
 * a beam search too slow for the timeout once is as slow with another seed (motioncam's postprocess:
 * nine probes timed out in a row, 3 minutes each, and took a whole collection run).
 */
export const PROBE_TIMEOUTS = 2;

/**
 * Keys of the schedules Halide rejected on this machine that are not to be tried again: all of them
 * except failures of a fixed kind, which get one retry. A second record of the same schedule means
 * the fix did not help it (rp_12's reads depend on the input's own extent), so it is settled.
 */
export function settledFailures(failures: readonly FailureRecord[], machineId: string): Set<string> {
  const settled = new Set<string>();
  const retried = new Set<string>();
  for (const f of failures) {
    if (f.machine !== machineId) continue;
    const k = key(f.pipeline, f.source, f.seed);
    if (!FIXED_FAILURES.some((re) => re.test(f.error)) || retried.has(k)) settled.add(k);
    else retried.add(k);
  }
  return settled;
}

/** Adams2019 probe timeouts recorded on this machine, per pipeline: they count toward PROBE_TIMEOUTS. */
export function probeTimeoutsOf(failures: readonly FailureRecord[], machineId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of failures) {
    if (f.machine === machineId && f.source === 'adams2019-probe' && f.error === 'timeout') out.set(f.pipeline, (out.get(f.pipeline) ?? 0) + 1);
  }
  return out;
}
