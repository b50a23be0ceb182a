// Every custom request and notification between client and server, in one place (both sides import it):
// a typed RequestType/NotificationType per message, with its params and result (rust-analyzer's lsp_ext.ts).
// Server modules are imported for their types only, and settingsSchema is pure data: the client bundle
// must not pull server code in.
//
// vscode-languageserver-protocol is pinned in package.json to the version both vscode-languageclient and
// vscode-languageserver use, so there is one copy: the server registers its handlers with these objects
// and the clients send them, all type-checked against the same params and results.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { StageGraph } from '../halide/graph';
import type { ProfileSummary } from '../toolchain/profileSummary';
// generatorKey is the name the `generator` fields below carry (halide/graph.ts imports nothing).
export { generatorKey } from '../halide/graph';
import { settingDefault } from './settingsSchema';

export interface StageGraphParams { uri: string }
export type StageGraphResult = StageGraph | null;
/** The graph the front end read from a document (null when the document is not open in the server). */
export const STAGE_GRAPH_REQUEST = new RequestType<StageGraphParams, StageGraphResult, void>('halideLens/stageGraph');

export interface StageCostsParams { uri: string }
export interface StageCost {
  stage: string;
  func: string;
  /** Calibrated prediction for this machine, ms per run; null when the model gave none. */
  predictedMs: number | null;
  /** Measured time of the stage's Func (the profiler times a Func's stages together), ms per run. */
  measuredMs: number | null;
}
export interface GeneratorCosts {
  generator: string;
  predictedTotalMs: number | null;
  measuredTotalMs: number | null;
  stages: StageCost[];
}
export interface StageCostsResult {
  graph: StageGraph;
  generators: GeneratorCosts[];
  /** Why there are no predictions, when there are none. */
  modelError: string | null;
}
/** Per-stage costs of one document, for the stage graph view: predicted and/or measured (null: not open). */
export const STAGE_COSTS_REQUEST = new RequestType<StageCostsParams, StageCostsResult | null, void>('halideLens/stageCosts');

/** PROFILE_REQUEST as a standard workspace/executeCommand, for editors without our client. Args: [ProfileParams]. */
export const PROFILE_COMMAND = 'halide-lens.profile';
/** Time the current schedule and the suggested one on this machine (arguments: [{ uri, generator }]). */
export const VERIFY_COMMAND = 'halide-lens.verifySuggestion';
/** The command our VS Code client registers (progress UI, trust check); lenses name it when the client says so. */
export const CLIENT_PROFILE_COMMAND = 'halideLens.profile';
export interface ProfileParams {
  uri: string;
  /** Registered or class name; default: the only generator in the document. */
  generator?: string;
  /** Standard work-done progress token: the server reports its steps (compile, generate, link, run) on it. */
  workDoneToken?: string | number;
}
export interface AccuracyStats {
  /** (predicted, measured) Func pairs compared. */
  pairs: number;
  /** Median of |ln(predicted / measured)| as a factor: 1.5 means "typically off by 1.5x". */
  typicalFactor: number;
  /** Mean absolute percentage error of the pipeline total. */
  totalErrorPct: number;
}
export interface CalibrationReport {
  /** Scale applied to this machine's predictions after this profile (1 = none yet). */
  factor: number;
  /** Pairs the factor was fitted on (all kept profiles on this machine). */
  fittedOn: number;
  /** This profile against the raw model. */
  before: AccuracyStats | null;
  /** This profile against the model scaled by the calibration in force before it (out of sample). */
  after: AccuracyStats | null;
}
export interface ProfileResponse {
  ok: boolean;
  uri: string;
  generator: string | null;
  /** Document version that was profiled. */
  version: number | null;
  summary: ProfileSummary | null;
  /** Failure: which step, and why. `cancelled` when the request was cancelled. */
  error: { step: string; message: string } | null;
  /** Compile errors published as diagnostics on the document. */
  diagnostics: number;
  calibration: CalibrationReport | null;
  /** One paragraph for a message box. */
  message: string;
}
/** Profile one generator of a document with the real Halide toolchain ("Profile on this machine"). */
export const PROFILE_REQUEST = new RequestType<ProfileParams, ProfileResponse, void>('halideLens/profile');

export interface ServerStatus {
  model: { state: 'unloaded' | 'loading' | 'ready' | 'failed'; error?: string; modelPath?: string };
  toolchain: { state: 'unknown' | 'found' | 'missing'; version?: string; error?: string };
  /** What the server is doing now (empty when idle): "analyzing", "predicting", "profiling brighten". */
  busy: string[];
  calibration: { factor: number; pairs: number } | null;
  /** False when the client said the workspace is untrusted: profiling is refused. */
  trusted: boolean;
  /** Documents whose latest analysis ran past its time budget (halideLens.analysis.budgetMs). */
  overBudget: string[];
}
/** Server -> client: state for a status bar item. Sent on every change. */
export const STATUS_NOTIFICATION = new NotificationType<ServerStatus>('halideLens/status');

export interface ServerStatsParams {
  /** Start the event-loop statistics afresh after this answer. */
  reset?: boolean;
}
export interface ServerStats {
  /** Event-loop delay since the start (or the last reset), in ms. */
  eventLoop: { maxMs: number; p50Ms: number; p99Ms: number; samples: number };
  /** Garbage collections of the server's main thread in the same time: the longest, and how many. */
  gc: { maxMs: number; count: number };
  rssMb: number;
  heapMb: number;
  /** Documents open in the server. */
  documents: number;
}
/** The server's own health: event-loop delay, memory, open documents (for benchmarks and bug reports). */
export const SERVER_STATS_REQUEST = new RequestType<ServerStatsParams, ServerStats, void>('halideLens/serverStats');

/** initializationOptions our client sends; every field optional (other editors send nothing). */
export interface InitializationOptions {
  /** Directory for calibration data (VS Code: the extension's workspace or global storage). */
  storageDir?: string;
  /** VS Code workspace trust; profiling compiles and runs the user's code. */
  workspaceTrusted?: boolean;
  /** The client implements CLIENT_PROFILE_COMMAND (lenses name it instead of PROFILE_COMMAND). */
  clientCommands?: boolean;
  /** Settings for clients that do not answer workspace/configuration. */
  settings?: Partial<ServerSettings>;
}

export interface TrustParams { trusted: boolean }
/** Trust changed on the client (VS Code grants trust without a restart). */
export const TRUST_NOTIFICATION = new NotificationType<TrustParams>('halideLens/workspaceTrust');

/** The `halideLens` settings the server reads (section names as in package.json, minus the prefix). */
export interface ServerSettings {
  halideRoot: string | null;
  /** Halide target the generators are read for; null = this machine's CPU. */
  target: string | null;
  /** Threads for predictions and profiles; 0 = all cores. */
  threads: number;
  inlayHints: { enabled: boolean; format: string; minSharePercent: number };
  calibration: { enabled: boolean };
  profile: { minTimeSeconds: number };
  /** Time one analysis of a document (parse to prediction) may take before it is stopped. */
  analysis: { budgetMs: number };
  /** Time the "Suggest schedule" code action's search may take for one generator. */
  suggest: { budgetMs: number };
  /** When Halide's compiled graph replaces the static reading (built in the background, trusted workspaces only). */
  compiledGraph: 'auto' | 'always' | 'never';
}

/** The defaults, from the settings schema (the same values package.json declares). */
export const DEFAULT_SETTINGS: ServerSettings = {
  halideRoot: settingDefault('halideRoot'),
  target: settingDefault('target'),
  threads: settingDefault('threads'),
  inlayHints: {
    enabled: settingDefault('inlayHints.enabled'),
    format: settingDefault('inlayHints.format'),
    minSharePercent: settingDefault('inlayHints.minSharePercent'),
  },
  calibration: { enabled: settingDefault('calibration.enabled') },
  profile: { minTimeSeconds: settingDefault('profile.minTimeSeconds') },
  analysis: { budgetMs: settingDefault('analysis.budgetMs') },
  suggest: { budgetMs: settingDefault('suggest.budgetMs') },
  compiledGraph: settingDefault('compiledGraph'),
};
