// Every `halideLens.*` setting in one table: type, default, bounds, description, written exactly as
// package.json's contributes.configuration.properties (a unit test checks that they are equal).
// Pure data, no imports: the client bundle reads its defaults from here, the server derives
// DEFAULT_SETTINGS and parseSettings' bounds from it.

interface Described { description?: string; markdownDescription?: string }
export type SettingSpec = Described & (
  | { type: 'boolean'; default: boolean }
  | { type: 'string'; default: string; enum?: readonly string[] }
  | { type: 'number' | 'integer'; default: number; minimum?: number; maximum?: number }
  | { type: readonly ['string', 'null']; default: null }
);

export const SETTINGS = {
  'halideLens.server.path': {
    type: ['string', 'null'],
    default: null,
    description: 'Path to a halide-lens server script to use instead of the bundled one.',
  },
  'halideLens.halideRoot': {
    type: ['string', 'null'],
    default: null,
    description: 'Root of a Halide installation. Defaults to HALIDE_ROOT, then the Debian libhalide14-0-dev layout.',
  },
  'halideLens.target': {
    type: ['string', 'null'],
    default: null,
    description: "Halide target string the generator is read for (get_target() questions, natural_vector_size), e.g. x86-64-linux-avx-avx2-fma. Defaults to this machine's CPU, the target the toolchain compiles for here.",
  },
  'halideLens.trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description: 'Trace the communication between VS Code and the Halide Lens server.',
  },
  'halideLens.threads': {
    type: 'integer',
    default: 0,
    minimum: 0,
    maximum: 1024,
    description: 'Threads that predictions and profiles are for (HL_NUM_THREADS of the profiled run). 0 means all cores of this machine.',
  },
  'halideLens.inlayHints.enabled': {
    type: 'boolean',
    default: true,
    description: "Show each stage's predicted (and, after a profile, measured) time after its definition.",
  },
  'halideLens.inlayHints.format': {
    type: 'string',
    default: '{ms} · {share}',
    markdownDescription: "Text of a stage's predicted-time hint: `{ms}` is the predicted time, `{share}` its share of the pipeline. The measured time is added after a profile.",
  },
  'halideLens.inlayHints.minSharePercent': {
    type: 'number',
    default: 1,
    minimum: 0,
    maximum: 100,
    description: "Hide hints of stages that take less than this percentage of the pipeline's time.",
  },
  'halideLens.calibration.enabled': {
    type: 'boolean',
    default: true,
    description: "Rescale predictions to this machine with a factor fitted on the profiles you run (kept in the extension's workspace storage).",
  },
  'halideLens.profile.minTimeSeconds': {
    type: 'number',
    default: 1,
    minimum: 0,
    maximum: 60,
    description: 'How long a profile keeps benchmarking the pipeline (longer gives steadier numbers).',
  },
  'halideLens.analysis.budgetMs': {
    type: 'integer',
    default: 3000,
    minimum: 50,
    maximum: 60000,
    description: 'Time one analysis of a document (parse, analysis, features, prediction) may take before it is stopped and reported as a diagnostic.',
  },
  'halideLens.suggest.budgetMs': {
    type: 'integer',
    default: 2000,
    minimum: 50,
    maximum: 60000,
    description: "Time the 'Suggest schedule' code action's model-guided search may take for one generator.",
  },
  'halideLens.compiledGraph': {
    type: 'string',
    enum: ['auto', 'always', 'never'],
    default: 'auto',
    description: "When Halide's own compiled graph replaces the static reading of a generator: 'auto' when the static reading is incomplete (the generator is built in the background, in trusted workspaces with the Halide toolchain), 'always', or 'never'.",
  },
} as const satisfies Record<`halideLens.${string}`, SettingSpec>;

type Settings = typeof SETTINGS;
type Unprefixed<K> = K extends `halideLens.${infer Rest}` ? Rest : never;
/** A setting's name as read from the `halideLens` section: 'inlayHints.format'. */
export type SettingKey = Unprefixed<keyof Settings>;
type SpecOf<K extends SettingKey> = Settings[`halideLens.${K}`];
type ValueOfSpec<S> =
  S extends { enum: readonly (infer E)[] } ? E
    : S extends { type: 'boolean' } ? boolean
      : S extends { type: 'string' } ? string
        : S extends { type: 'number' | 'integer' } ? number
          : S extends { type: readonly ['string', 'null'] } ? string | null
            : never;
/** The TypeScript type of a setting's value. */
export type SettingValue<K extends SettingKey> = ValueOfSpec<SpecOf<K>>;
/** The settings whose values are of type T: SettingKeyOf<boolean> is 'inlayHints.enabled' | 'calibration.enabled'. */
export type SettingKeyOf<T> = { [K in SettingKey]: [SettingValue<K>] extends [T] ? K : never }[SettingKey];

export function settingSpec(key: SettingKey): SettingSpec {
  return SETTINGS[`halideLens.${key}`];
}

export function settingDefault<K extends SettingKey>(key: K): SettingValue<K> {
  return SETTINGS[`halideLens.${key}`].default as SettingValue<K>;
}
