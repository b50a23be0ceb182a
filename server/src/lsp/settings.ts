// The server's view of the `halideLens.*` settings: whatever the client sends, checked and merged
// over the defaults, so a wrong type in someone's settings.json degrades to the default, not a crash.
import * as os from 'node:os';
import { DEFAULT_SETTINGS, type ServerSettings } from './protocol';

type Raw = Record<string, unknown> | null | undefined;

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : {});
const num = (v: unknown, d: number, min: number, max: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d;
const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
const str = (v: unknown, d: string): string => (typeof v === 'string' && v.length > 0 ? v : d);

/**
 * Settings from a `halideLens` configuration section. Accepts the nested shape VS Code returns
 * (`{ inlayHints: { format } }`) and dotted keys (`{ 'inlayHints.format': ... }`) from other editors.
 */
export function parseSettings(raw: Raw): ServerSettings {
  const r = obj(raw);
  const pick = (group: string, key: string): unknown => obj(r[group])[key] ?? r[`${group}.${key}`];
  const d = DEFAULT_SETTINGS;
  return {
    halideRoot: typeof r.halideRoot === 'string' && r.halideRoot ? r.halideRoot : null,
    threads: Math.round(num(r.threads, d.threads, 0, 1024)),
    inlayHints: {
      enabled: bool(pick('inlayHints', 'enabled'), d.inlayHints.enabled),
      format: str(pick('inlayHints', 'format'), d.inlayHints.format),
      minSharePercent: num(pick('inlayHints', 'minSharePercent'), d.inlayHints.minSharePercent, 0, 100),
    },
    calibration: { enabled: bool(pick('calibration', 'enabled'), d.calibration.enabled) },
    profile: { minTimeSeconds: num(pick('profile', 'minTimeSeconds'), d.profile.minTimeSeconds, 0, 60) },
    analysis: { budgetMs: Math.round(num(pick('analysis', 'budgetMs'), d.analysis.budgetMs, 50, 60_000)) },
  };
}

/** Threads predictions and profiles are for. */
export function effectiveThreads(s: ServerSettings): number {
  return s.threads > 0 ? s.threads : os.availableParallelism();
}
