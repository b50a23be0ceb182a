// The server's view of the `halideLens.*` settings: whatever the client sends, checked and merged
// over the defaults, so a wrong type in someone's settings.json degrades to the default, not a crash.
// Defaults and bounds come from the settings schema (the same values package.json declares).
import * as os from 'node:os';
import { cpuTarget } from '../toolchain/target';
import type { ServerSettings } from './protocol';
import { settingDefault, settingSpec, type SettingKey, type SettingKeyOf, type SettingValue } from './settingsSchema';

type Raw = Record<string, unknown> | null | undefined;

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : {});

/**
 * Reads settings from a `halideLens` configuration section. Accepts the nested shape VS Code returns
 * (`{ inlayHints: { format } }`) and dotted keys (`{ 'inlayHints.format': ... }`) from other editors.
 */
class Section {
  private readonly r: Record<string, unknown>;
  constructor(raw: Raw) { this.r = obj(raw); }

  private value(key: SettingKey): unknown {
    const dot = key.indexOf('.');
    return dot < 0 ? this.r[key] : obj(this.r[key.slice(0, dot)])[key.slice(dot + 1)] ?? this.r[key];
  }

  /** A finite number, clamped to the setting's bounds (and rounded for an integer setting). */
  num(key: SettingKeyOf<number>): number {
    const spec = settingSpec(key);
    const v = this.value(key);
    if (typeof v !== 'number' || !Number.isFinite(v) || (spec.type !== 'number' && spec.type !== 'integer')) return settingDefault(key);
    const clamped = Math.min(spec.maximum ?? Infinity, Math.max(spec.minimum ?? -Infinity, v));
    return spec.type === 'integer' ? Math.round(clamped) : clamped;
  }

  bool(key: SettingKeyOf<boolean>): boolean {
    const v = this.value(key);
    return typeof v === 'boolean' ? v : settingDefault(key);
  }

  /** One of an enum setting's values. */
  oneOf<K extends SettingKeyOf<string>>(key: K): SettingValue<K> {
    const spec = settingSpec(key);
    const v = this.value(key);
    return typeof v === 'string' && 'enum' in spec && (spec.enum as readonly string[]).includes(v) ? v as SettingValue<K> : settingDefault(key);
  }

  /** A non-empty string. */
  str<K extends SettingKeyOf<string | null>>(key: K): string | SettingValue<K> {
    const v = this.value(key);
    return typeof v === 'string' && v.length > 0 ? v : settingDefault(key);
  }
}

export function parseSettings(raw: Raw): ServerSettings {
  const s = new Section(raw);
  return {
    halideRoot: s.str('halideRoot'),
    target: s.str('target'),
    threads: s.num('threads'),
    inlayHints: {
      enabled: s.bool('inlayHints.enabled'),
      format: s.str('inlayHints.format'),
      minSharePercent: s.num('inlayHints.minSharePercent'),
    },
    calibration: { enabled: s.bool('calibration.enabled') },
    profile: { minTimeSeconds: s.num('profile.minTimeSeconds') },
    analysis: { budgetMs: s.num('analysis.budgetMs') },
    suggest: { budgetMs: s.num('suggest.budgetMs') },
    compiledGraph: s.oneOf('compiledGraph'),
  };
}

/** The target generators are read for: the setting, else this machine's CPU (as the toolchain compiles). */
export function effectiveTarget(s: ServerSettings): string | undefined {
  return s.target ?? cpuTarget();
}

/** Threads predictions and profiles are for. */
export function effectiveThreads(s: ServerSettings): number {
  return s.threads > 0 ? s.threads : os.availableParallelism();
}

/**
 * The settings now: asked of the client when it answers workspace/configuration, else as pushed with
 * didChangeConfiguration, else as given at initialize.
 */
export async function readSettings(pushed: unknown, initial: unknown, ask?: () => Promise<unknown>): Promise<ServerSettings> {
  let raw: unknown = (pushed as { halideLens?: unknown } | undefined)?.halideLens ?? initial;
  if (ask) raw = await ask();
  return parseSettings(raw as Raw);
}

/** What a change of settings asks of the server: look for the toolchain again, analyze open documents again. */
export function settingsChange(before: ServerSettings, after: ServerSettings): { toolchain: boolean; reanalyze: boolean } {
  return {
    toolchain: after.halideRoot !== before.halideRoot,
    reanalyze: effectiveThreads(after) !== effectiveThreads(before) || after.target !== before.target,
  };
}
