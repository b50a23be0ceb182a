// The language server, built around a connection so tests can drive its handlers directly.
// This file is the wiring: documents and graphs per version, a debounce before analysis, predictions
// off the typing path, and the feature modules (hints, lenses, hover, actions, profile, status).
import * as path from 'node:path';
import {
  CodeActionKind, MessageType, ShowMessageNotification, TextDocumentSyncKind, type CancellationToken, type ClientCapabilities, type Connection, type Diagnostic,
  type InitializeParams, type InitializeResult, type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { analyze, type Analysis } from '../analysis';
import { extractEditing } from '../halide/extract';
import { generatorKey, type GeneratorGraph, type StageGraph } from '../halide/graph';
import { machineFingerprint } from '../toolchain/machine';
import { defaultCacheDir } from '../toolchain/profile';
import { locateHalide } from '../toolchain/halide';
import { CalibrationStore, predictedPerFunc, type CalibrationPair, type CalibrationSummary } from './calibration';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { costView, type CostView, type MeasuredProfile } from './costs';
import { frontEndDiagnostics, missingEstimateDiagnostics, scheduleDiagnostics } from './diagnostics';
import { DocumentStore, type OpenDocument } from './documents';
import { formatMs } from './format';
import { findFunc, funcHover, wordAt } from './hover';
import { inlayHints } from './inlayHints';
import { PredictionCache } from './predictions';
import type { Predictor } from './predictor';
import { profileDocument } from './profile';
import {
  CLIENT_PROFILE_COMMAND, DEFAULT_SETTINGS, PROFILE_COMMAND, PROFILE_METHOD, STAGE_COSTS_METHOD, STAGE_GRAPH_METHOD,
  STATUS_NOTIFICATION, TRUST_NOTIFICATION, type CalibrationReport, type InitializationOptions, type ProfileParams,
  type ProfileResponse, type ServerSettings, type StageCostsParams, type StageCostsResult, type StageGraphParams,
  type StageGraphResult, type TrustParams,
} from './protocol';
import { effectiveThreads, parseSettings } from './settings';
import { StatusReporter } from './status';

export const ANALYSIS_DELAY_MS = 150;

interface Versioned<T> { version: number; value: T }

export class HalideLensServer {
  readonly documents = new DocumentStore();
  readonly status: StatusReporter;
  readonly predictions: PredictionCache;
  private graphs = new Map<string, Versioned<StageGraph>>();
  private analyses = new Map<string, Versioned<Map<string, Analysis | null>>>();
  private timers = new Map<string, NodeJS.Timeout>();
  /** When each document was last edited (for the leading-edge debounce). */
  private lastEdit = new Map<string, number>();
  private measured = new Map<string, Map<string, MeasuredProfile>>();
  private profileDiagnostics = new Map<string, Diagnostic[]>();
  private profiling = new Set<string>();
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private init: InitializationOptions = {};
  private capabilities: ClientCapabilities = {};
  private calibration: CalibrationStore | null = null;
  private lastCalibration: CalibrationReport | null = null;
  private readonly machine = machineFingerprint('host');

  constructor(private readonly connection: Connection, predictor?: Predictor) {
    this.status = new StatusReporter((s) => void connection.sendNotification(STATUS_NOTIFICATION, s));
    this.predictions = new PredictionCache(predictor, (uri) => this.predictionsUpdated(uri), (busy) => {
      if (busy) this.endPredicting ??= this.status.begin('predicting');
      else { this.endPredicting?.(); this.endPredicting = undefined; this.updateModelStatus(); }
    });
    connection.onInitialize((p) => this.initialize(p));
    connection.onInitialized(() => void this.initialized());
    connection.onDidChangeConfiguration((p) => void this.loadSettings(p.settings));
    connection.onNotification(TRUST_NOTIFICATION, (p: TrustParams) => {
      this.status.update({ trusted: p.trusted !== false });
      this.refreshViews();
    });
    connection.onDidOpenTextDocument((p) => this.guard('didOpen', () => {
      this.documents.open(p.textDocument.uri, p.textDocument.version, p.textDocument.text);
      this.schedule(p.textDocument.uri, 0);
    }));
    connection.onDidChangeTextDocument((p) => this.guard('didChange', () => {
      const doc = this.documents.change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
      if (!doc) return;
      // Compile errors of a profile are for the text that was profiled; an edit retires them.
      this.profileDiagnostics.delete(doc.uri);
      this.scheduleAfterEdit(doc.uri);
    }));
    connection.onDidCloseTextDocument((p) => this.guard('didClose', () => {
      const uri = p.textDocument.uri;
      this.documents.close(uri);
      this.graphs.delete(uri);
      this.analyses.delete(uri);
      this.predictions.forget(uri);
      this.profileDiagnostics.delete(uri);
      clearTimeout(this.timers.get(uri));
      this.timers.delete(uri);
      this.lastEdit.delete(uri);
      this.measured.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }));
    connection.onRequest(STAGE_GRAPH_METHOD, (p: StageGraphParams): StageGraphResult => this.graph(p.uri) ?? null);
    connection.onRequest(STAGE_COSTS_METHOD, (p: StageCostsParams): StageCostsResult | null => this.stageCosts(p.uri));
    connection.onRequest(PROFILE_METHOD, (p: ProfileParams, token: CancellationToken) =>
      this.profile(p, token, p?.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(p.workDoneToken) : undefined));
    connection.onExecuteCommand(async (p, token, progress) => {
      if (p.command !== PROFILE_COMMAND) return null;
      const r = await this.profile((p.arguments?.[0] ?? {}) as ProfileParams, token, progress);
      // A notification, not window/showMessageRequest: nothing to wait for, nothing to fail.
      void connection.sendNotification(ShowMessageNotification.type, { type: r.ok ? MessageType.Info : MessageType.Error, message: r.message });
      return r;
    });
    connection.languages.inlayHint.on((p) => this.guard('inlayHint', () => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return [];
      const lines = doc.parsed.text.split('\n');
      return inlayHints(this.views(doc), this.settings.inlayHints, (l) => (lines[l] ?? '').replace(/\r$/, '').length, p.range);
    }) ?? []);
    connection.onCodeLens((p) => this.guard('codeLens', () => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return [];
      return codeLenses(doc.uri, this.views(doc), {
        profileCommand: this.init.clientCommands ? CLIENT_PROFILE_COMMAND : PROFILE_COMMAND,
        trusted: this.status.current.trusted,
        profiling: (g) => this.profiling.has(`${doc.uri}#${g}`),
      });
    }) ?? []);
    connection.onHover((p) => this.guard('hover', () => this.hover(p.textDocument.uri, p.position.line, p.position.character)) ?? null);
    connection.onCodeAction((p) => this.guard('codeAction', () => {
      const doc = this.documents.get(p.textDocument.uri);
      const graph = this.graph(p.textDocument.uri);
      if (!doc || !graph) return [];
      return codeActions(doc.uri, doc.parsed.tree, doc.parsed.text, graph.generators, p.context.diagnostics);
    }) ?? []);
  }

  private endPredicting: (() => void) | undefined;

  initialize(p?: InitializeParams): InitializeResult {
    this.init = (p?.initializationOptions ?? {}) as InitializationOptions;
    this.capabilities = p?.capabilities ?? {};
    this.settings = parseSettings(this.init.settings as Record<string, unknown> | undefined);
    const dir = this.init.storageDir ?? path.join(defaultCacheDir(), 'state');
    this.calibration = new CalibrationStore(path.join(dir, 'calibration.json'));
    this.status.update({ trusted: this.init.workspaceTrusted !== false, calibration: this.calibrationState() });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [PROFILE_COMMAND] },
      },
      serverInfo: { name: 'halide-lens', version: '0.1.0' },
    };
  }

  private async initialized(): Promise<void> {
    await this.loadSettings(undefined);
    this.checkToolchain();
    this.status.update({ model: { state: 'loading' } });
    try {
      await this.predictions.predictor.load();
    } catch {
      // the failure is sticky in the predictor's status
    }
    this.updateModelStatus();
    this.refreshViews();
  }

  private async loadSettings(pushed: unknown): Promise<void> {
    try {
      let raw: unknown = (pushed as { halideLens?: unknown } | undefined)?.halideLens ?? this.init.settings;
      if (this.capabilities.workspace?.configuration) raw = await this.connection.workspace.getConfiguration('halideLens');
      const next = parseSettings(raw as Record<string, unknown> | undefined);
      const rootChanged = next.halideRoot !== this.settings.halideRoot;
      const threadsChanged = effectiveThreads(next) !== effectiveThreads(this.settings);
      this.settings = next;
      if (rootChanged) this.checkToolchain();
      if (threadsChanged) for (const uri of this.graphs.keys()) this.schedule(uri, 0);
      this.status.update({ calibration: this.calibrationState() });
      this.refreshViews();
    } catch (err) {
      this.connection.console.error(`halide-lens: reading settings failed: ${(err as Error).message}`);
    }
  }

  private checkToolchain(): void {
    try {
      const tc = locateHalide(this.settings.halideRoot);
      this.status.update({ toolchain: { state: 'found', version: tc.version } });
    } catch (err) {
      this.status.update({ toolchain: { state: 'missing', error: (err as Error).message } });
    }
  }

  private updateModelStatus(): void {
    const s = this.predictions.predictor.status();
    this.status.update({ model: { state: s.state, error: s.error, modelPath: s.modelPath } });
  }

  /** Handlers never throw into the connection: a bug in one feature must not take the server down. */
  private guard<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.connection.console.error(`halide-lens: ${what} failed: ${(err as Error).stack ?? err}`);
      return undefined;
    }
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.guard('analysis', () => this.analyze(uri));
    }, delay));
  }

  /**
   * Leading and trailing debounce: the first edit after a quiet spell is analysed at once (one
   * schedule change shows its numbers without waiting); edits in a burst of typing are coalesced
   * and analysed ANALYSIS_DELAY_MS after the last one.
   */
  private scheduleAfterEdit(uri: string): void {
    const now = Date.now();
    const quiet = !this.timers.has(uri) && now - (this.lastEdit.get(uri) ?? 0) > ANALYSIS_DELAY_MS;
    this.lastEdit.set(uri, now);
    this.schedule(uri, quiet ? 0 : ANALYSIS_DELAY_MS);
  }

  graph(uri: string): StageGraph | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const cached = this.graphs.get(uri);
    if (cached && cached.version === doc.version) return cached.value;
    const graph = extractEditing(doc.parsed.tree, doc.parsed.text, { uri });
    this.graphs.set(uri, { version: doc.version, value: graph });
    return graph;
  }

  /** Analysis of one generator of the current version (null when the analysis fails on it). */
  analysis(uri: string, g: GeneratorGraph): Analysis | null {
    const version = this.documents.get(uri)?.version ?? -1;
    let cached = this.analyses.get(uri);
    if (!cached || cached.version !== version) {
      cached = { version, value: new Map() };
      this.analyses.set(uri, cached);
    }
    const key = generatorKey(g);
    if (!cached.value.has(key)) {
      let a: Analysis | null = null;
      try {
        a = analyze(g);
      } catch (err) {
        this.connection.console.warn(`halide-lens: analysis of ${key} failed: ${(err as Error).message}`);
      }
      cached.value.set(key, a);
    }
    return cached.value.get(key) ?? null;
  }

  /** After the debounce: diagnostics now, predictions asynchronously. */
  analyze(uri: string): void {
    const doc = this.documents.get(uri);
    const graph = this.graph(uri);
    if (!doc || !graph) return;
    this.publishDiagnostics(uri);
    // The diagnostics just analysed each generator of this version: the featurizer reuses it.
    this.predictions.request(uri, doc.version, graph.generators, effectiveThreads(this.settings), graph.generators.map((g) => this.analysis(uri, g)));
  }

  diagnostics(uri: string): Diagnostic[] {
    const graph = this.graph(uri);
    if (!graph) return [];
    const out = frontEndDiagnostics(graph);
    const lines = this.documents.get(uri)?.parsed.text.split('\n');
    for (const g of graph.generators) {
      out.push(...missingEstimateDiagnostics(g));
      const a = this.analysis(uri, g);
      if (a) out.push(...scheduleDiagnostics(g, a, lines));
    }
    out.push(...(this.profileDiagnostics.get(uri) ?? []));
    return out;
  }

  private publishDiagnostics(uri: string): void {
    void this.connection.sendDiagnostics({ uri, version: this.documents.get(uri)?.version, diagnostics: this.diagnostics(uri) });
  }

  private predictionsUpdated(_uri: string): void {
    this.refreshViews();
  }

  /** Ask the client to re-request hints and lenses (when it supports being asked). */
  private refreshViews(): void {
    const ws = this.capabilities.workspace;
    if (ws?.inlayHint?.refreshSupport) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
    if (ws?.codeLens?.refreshSupport) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  private factor(): number {
    return this.settings.calibration.enabled && this.calibration ? this.calibration.factor(this.machine.id).factor : 1;
  }

  private calibrationState(): { factor: number; pairs: number } | null {
    return this.calibration ? this.calibration.factor(this.machine.id) : null;
  }

  calibrationSummary(): CalibrationSummary | null {
    const c = this.calibrationState();
    return c ? { factor: this.settings.calibration.enabled ? c.factor : 1, pairs: c.pairs, last: this.lastCalibration } : null;
  }

  views(doc: OpenDocument): CostView[] {
    const graph = this.graph(doc.uri);
    if (!graph) return [];
    const model = this.predictions.predictor.status();
    const inputs = {
      predictions: this.predictions.get(doc.uri),
      modelError: model.state === 'failed' ? model.error ?? 'the cost model failed to load' : null,
      measured: this.measured.get(doc.uri),
      factor: this.factor(),
      version: doc.version,
    };
    return graph.generators.map((g) => costView(g, inputs));
  }

  private hover(uri: string, line: number, character: number) {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const lineText = doc.parsed.text.split('\n')[line] ?? '';
    const w = wordAt(lineText, character);
    if (!w) return null;
    const views = this.views(doc);
    const inside = views.filter((v) => line >= v.graph.range.start.line && line <= v.graph.range.end.line);
    for (const v of [...inside, ...views.filter((x) => !inside.includes(x))]) {
      const f = findFunc(v, w.word);
      if (!f) continue;
      const h = funcHover(v, f, this.analysis(uri, v.graph), this.calibrationSummary());
      return { ...h, range: { start: { line, character: w.start }, end: { line, character: w.end } } };
    }
    return null;
  }

  stageCosts(uri: string): StageCostsResult | null {
    const doc = this.documents.get(uri);
    const graph = this.graph(uri);
    if (!doc || !graph) return null;
    const views = this.views(doc);
    const model = this.predictions.predictor.status();
    return {
      graph,
      modelError: model.state === 'failed' ? model.error ?? 'the cost model failed to load' : null,
      generators: views.map((v) => ({
        generator: v.key,
        predictedTotalMs: v.prediction.kind === 'ok' ? v.prediction.totalMs : null,
        measuredTotalMs: v.measured?.summary.totalMs ?? null,
        stages: v.graph.stages.map((s) => ({
          stage: s.id, func: s.func,
          predictedMs: v.prediction.kind === 'ok' ? v.prediction.stageMs.get(s.id) ?? null : null,
          measuredMs: v.measuredByFunc.get(s.func) ?? null,
        })),
      })),
    };
  }

  /** "Profile on this machine": compile, run with Halide's profiler, keep the result, calibrate. */
  async profile(p: ProfileParams, token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<ProfileResponse> {
    const uri = p?.uri ?? '';
    const fail = (step: string, message: string, generator: string | null = null, version: number | null = null, diagnostics = 0): ProfileResponse =>
      ({ ok: false, uri, generator, version, summary: null, error: { step, message }, diagnostics, calibration: null, message });
    if (!this.status.current.trusted) {
      return fail('trust', 'Profiling is disabled in an untrusted workspace: it compiles this generator and runs the program Halide generates from it. Trust the workspace to enable it.');
    }
    const doc = this.documents.get(uri);
    const graph = this.graph(uri);
    if (!doc || !graph) return fail('document', `${uri} is not open in the editor`);
    const gens = graph.generators;
    const g = p.generator ? gens.find((x) => generatorKey(x) === p.generator || x.className === p.generator) : gens.length === 1 ? gens[0] : undefined;
    if (!g) {
      return fail('generator', p.generator ? `no generator '${p.generator}' in this document`
        : gens.length === 0 ? 'no Halide generator in this document' : `choose a generator: ${gens.map(generatorKey).join(', ')}`);
    }
    const key = generatorKey(g);
    const busyKey = `${uri}#${key}`;
    if (this.profiling.has(busyKey)) return fail('busy', `${key} is already being profiled`, key);
    const version = doc.version;
    const text = doc.parsed.text;
    const threads = effectiveThreads(this.settings);
    const abort = new AbortController();
    const sub = token?.onCancellationRequested(() => abort.abort());
    this.profiling.add(busyKey);
    this.refreshViews();
    const endBusy = this.status.begin(`profiling ${key}`);
    progress?.begin(`Profiling ${key}`, undefined, 'compiling the generator', true);
    try {
      const outcome = await profileDocument({
        uri, text, graph: g, threads, halideRoot: this.settings.halideRoot, minTimeS: this.settings.profile.minTimeSeconds,
        signal: abort.signal,
        onStep: (s) => progress?.report(({ compile: 'compiling the generator', generate: 'generating the pipeline', link: 'linking the benchmark', run: 'running with the profiler' } as Record<string, string>)[s] ?? s),
      });
      if (!outcome.ok) {
        if (outcome.toolchainMissing) this.status.update({ toolchain: { state: 'missing', error: outcome.message } });
        if (this.documents.get(uri)?.version === version && outcome.diagnostics.length) {
          this.profileDiagnostics.set(uri, outcome.diagnostics);
          this.publishDiagnostics(uri);
        }
        return fail(outcome.step, outcome.step === 'cancelled' ? 'Profile cancelled.' : `Profile of ${key} failed (${outcome.step}): ${outcome.message}`, key, version, outcome.diagnostics.length);
      }
      const measured: MeasuredProfile = { version, date: new Date().toISOString(), summary: outcome.summary };
      const perDoc = this.measured.get(uri) ?? new Map<string, MeasuredProfile>();
      perDoc.set(key, measured);
      this.measured.set(uri, perDoc);
      this.profileDiagnostics.delete(uri);
      this.publishDiagnostics(uri);
      const calibration = await this.recordCalibration(uri, version, g, measured, threads);
      this.status.update({ calibration: this.calibrationState() });
      return {
        ok: true, uri, generator: key, version, summary: outcome.summary, error: null, diagnostics: 0, calibration,
        message: profileMessage(key, measured, calibration),
      };
    } finally {
      sub?.dispose();
      this.profiling.delete(busyKey);
      endBusy();
      progress?.done();
      this.refreshViews();
    }
  }

  /** Keep the profile; pair it with the raw predictions of the same version when the model made them. */
  private async recordCalibration(uri: string, version: number, g: GeneratorGraph, m: MeasuredProfile, threads: number): Promise<CalibrationReport | null> {
    if (!this.calibration) return null;
    await this.predictions.settled(uri);
    const preds = this.predictions.get(uri);
    const p = preds && preds.version === version && preds.threads === threads ? preds.generators.get(generatorKey(g)) : undefined;
    const pairs: CalibrationPair[] = [];
    if (p?.ok) {
      let perFunc: Map<string, number> | null = null;
      try {
        perFunc = predictedPerFunc(analyze(g).stages, p.byStage);
      } catch (err) {
        this.connection.console.warn(`halide-lens: no calibration pairs for ${generatorKey(g)}: ${(err as Error).message}`);
      }
      for (const row of perFunc ? m.summary.rows : []) {
        const predicted = perFunc!.get(row.func);
        if (row.stages.length === 0 || predicted === undefined) continue;
        pairs.push({ func: row.func, predictedMs: predicted, measuredMs: row.ms });
      }
    }
    const report = this.calibration.add(this.machine.id, `${this.machine.cpu}, ${this.machine.cores} cores`, {
      date: m.date, generator: generatorKey(g), file: uri, threads, measuredTotalMs: m.summary.totalMs,
      predictedTotalMs: p?.ok ? p.prediction.totalMs : null, pairs,
    });
    this.lastCalibration = report;
    return report;
  }
}

export function profileMessage(key: string, m: MeasuredProfile, c: CalibrationReport | null): string {
  const top = [...m.summary.rows].sort((a, b) => b.ms - a.ms).slice(0, 3).map((r) => `${r.func} ${formatMs(r.ms)}`).join(', ');
  let s = `${key}: ${formatMs(m.summary.totalMs)} per run on ${m.summary.threads} thread(s) (${top}).`;
  if (c?.before) {
    s += ` Predictions were typically off × ${c.before.typicalFactor.toFixed(2)} per Func (total ${c.before.totalErrorPct.toFixed(0)}% off)`;
    s += c.after ? `; with the calibration before this profile × ${c.after.typicalFactor.toFixed(2)} (total ${c.after.totalErrorPct.toFixed(0)}% off).` : '.';
    s += c.factor !== 1 ? ` Calibration now: model × ${c.factor.toFixed(2)} from ${c.fittedOn} measured Funcs.` : ` Calibration starts at 3 measured Funcs (${c.fittedOn} so far).`;
  } else {
    s += ' No prediction to compare with (the model gave none for this version); the profile is kept for calibration.';
  }
  return s;
}

