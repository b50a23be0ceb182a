// Same code for two targets: `collect --replay MACHINE` measures again the schedules MACHINE measured,
// as text, on this machine or for its --target. Measured once for the host's target and once for a
// narrower one (`--target` AVX2), a plan item's two samples then differ only in the instruction set
// they were compiled for: the pairs `rank --across-targets` scores, without the confound of an
// autoscheduler or our sampler choosing other vector widths for the other target.
import { fnv1a, type Sample } from './dataset';
import type { ScheduleSpec } from './plan';
import { isRealworld } from './realworld';

/**
 * Sources whose text is the same code whatever the target: the authors' (the source's own schedule)
 * and those our printer wrote with literal widths. Autoschedulers' schedules are Halide's text, which
 * the front end does not always read back exactly, so a replay of one could measure another schedule.
 */
const REPLAYABLE = new Set(['hand', 'naive-inline', 'naive-root', 'random', 'search']);

/** Schedules replayed per pipeline: the authors' and the naive ones first, then random and search picks. */
export const REPLAY_PER_PIPELINE = 8;

/** A stable pseudo-random order (FNV-1a of the plan item), so that a resumed replay picks the same items. */
const order = (s: Sample): number => fnv1a(`${s.pipeline}|${s.schedule.source}|${s.schedule.seed}`);

/** Per pipeline, the schedules `from` measured that replay as the same code (at most `perPipeline`). */
export function replayPlan(samples: readonly Sample[], from: string, perPipeline = REPLAY_PER_PIPELINE): Map<string, ScheduleSpec[]> {
  const byPipeline = new Map<string, Map<string, Sample>>();
  for (const s of samples) {
    if (s.machine !== from || isRealworld(s.pipeline) || !REPLAYABLE.has(s.schedule.source)) continue;
    if (s.schedule.source !== 'hand' && s.schedule.text === null) continue;
    const items = byPipeline.get(s.pipeline) ?? new Map<string, Sample>();
    const k = `${s.schedule.source}|${s.schedule.seed}`;
    if (!items.has(k)) items.set(k, s);
    byPipeline.set(s.pipeline, items);
  }
  if (byPipeline.size === 0) throw new Error(`--replay ${from}: the data holds no schedules of that machine to replay (the authors', naive, random or search picks of corpus and random pipelines)`);
  const fixedFirst = (s: Sample) => (s.schedule.source === 'random' || s.schedule.source === 'search' ? 1 : 0);
  const out = new Map<string, ScheduleSpec[]>();
  for (const [pipeline, items] of byPipeline) {
    const chosen = [...items.values()].sort((a, b) => fixedFirst(a) - fixedFirst(b) || order(a) - order(b)).slice(0, perPipeline);
    out.set(pipeline, chosen.map((s): ScheduleSpec => ({
      source: s.schedule.source, seed: s.schedule.seed, text: s.schedule.source === 'hand' ? null : s.schedule.text,
      schedule: s.schedule.source === 'hand' ? { kind: 'hand' } : { kind: 'directives', directives: [] },
    })));
  }
  return out;
}
