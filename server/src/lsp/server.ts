// The language server, built around a connection so tests can drive its handlers directly. This file
// is wiring: one DocumentState per open document; edits are mirrored into the analysis worker, which
// reads, analyses and predicts off the event loop; every handler answers at once from the latest
// finished result. The event loop itself only routes messages.
import * as path from 'node:path';
import {
  CodeActionKind, DiagnosticSeverity, MessageType, ShowMessageNotification, TextDocumentSyncKind, type ClientCapabilities,
  type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { machineFingerprint } from '../toolchain/machine';
import { defaultCacheDir } from '../toolchain/profile';
import { locateHalide } from '../toolchain/halide';
import { AnalysisHost, type HostEvents } from './analysisHost';
import { CompiledReadings } from './compiledReading';
import { CalibrationStore } from './calibration';
import { codeLenses } from './codeLens';
import type { CostView } from './costs';
import { codeActions } from './codeActions';
import { suggestActions, type SuggestDeps } from './suggestActions';
import { VerifySession, type VerifyParams } from './verifySession';
import { SOURCE } from './diagnostics';
import { DocumentState } from './documentState';
import { documentViews, stageCosts } from './documentViews';
import { hoverAt } from './hoverAt';
import { inlayHints } from './inlayHints';
import { ProfileSession } from './profileSession';
import {
  CLIENT_PROFILE_COMMAND, DEFAULT_SETTINGS, PROFILE_COMMAND, VERIFY_COMMAND, PROFILE_REQUEST, SERVER_STATS_REQUEST, STAGE_COSTS_REQUEST, STAGE_GRAPH_REQUEST,
  STATUS_NOTIFICATION, TRUST_NOTIFICATION, type InitializationOptions, type ProfileParams, type ServerSettings, type StageCostsResult,
} from './protocol';
import { effectiveTarget, effectiveThreads, parseSettings, readSettings, settingsChange } from './settings';
import { ServerStatsMonitor } from './serverStats';
import { StatusReporter } from './status';
import type { StageGraph } from '../halide/graph';
import type { ModelStatus } from '../model/index';

export const ANALYSIS_DELAY_MS = 150;

export interface ServerOptions {
  modelPath?: string;
  /** Tests: run without a model, with this reason. */
  modelUnavailable?: string;
}

export class HalideLensServer {
  readonly documents = new Map<string, DocumentState>();
  readonly status: StatusReporter;
  private readonly host: AnalysisHost;
  private readonly idleWaiters = new Map<string, (() => void)[]>();
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private init: InitializationOptions = {};
  private capabilities: ClientCapabilities = {};
  private model: ModelStatus = { state: 'unloaded' };
  private profiles: ProfileSession;
  private readonly verifications: VerifySession;
  private analyzing = 0;
  private endAnalyzing: (() => void) | undefined;
  private readonly stats = new ServerStatsMonitor();
  private readonly machine = machineFingerprint('host');
  private readonly compiled: CompiledReadings;

  constructor(private readonly connection: Connection, opts: ServerOptions = {}) {
    this.status = new StatusReporter((s) => void connection.sendNotification(STATUS_NOTIFICATION, s));
    this.profiles = this.profileSession(null);
    this.verifications = new VerifySession({
      status: this.status, document: (uri) => this.documents.get(uri), settled: (uri) => this.settled(uri),
      // The same search the "Suggest schedule" action shows (cached per version in the worker).
      suggestion: (uri, generator, token) => this.host.suggest(uri, generator, effectiveThreads(this.settings), this.settings.suggest.budgetMs, false, token),
      threads: () => effectiveThreads(this.settings), halideRoot: () => this.settings.halideRoot, refreshViews: () => this.refreshViews(),
    });
    this.host = new AnalysisHost(this.hostEvents(), { modelPath: opts.modelPath, modelUnavailable: opts.modelUnavailable });
    this.compiled = this.compiledReadings();
    connection.onInitialize((p) => this.initialize(p));
    connection.onInitialized(() => void this.initialized());
    connection.onShutdown(() => { this.host.dispose(); this.stats.dispose(); this.compiled.dispose(); });
    connection.onDidChangeConfiguration((p) => void this.loadSettings(p.settings));
    connection.onNotification(TRUST_NOTIFICATION, (p) => {
      this.status.update({ trusted: p.trusted !== false });
      // Trust lets the compiled graph be built: read every document again.
      if (p.trusted !== false) for (const d of this.documents.values()) this.schedule(d, 0);
      this.refreshViews();
    });
    connection.onDidOpenTextDocument((p) => this.guard('didOpen', () => {
      const { uri, version, text } = p.textDocument;
      if (this.documents.has(uri)) this.close(uri);
      const doc = new DocumentState(uri, version, text);
      this.documents.set(uri, doc);
      this.host.open(uri, version, () => doc.text);
      this.schedule(doc, 0);
    }));
    connection.onDidChangeTextDocument((p) => this.guard('didChange', () => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return;
      this.host.change(doc.uri, p.textDocument.version, doc.change(p.textDocument.version, p.contentChanges));
      // Compile errors of a profile are for the text that was profiled; an edit retires them.
      doc.profileDiagnostics = [];
      this.scheduleAfterEdit(doc);
    }));
    connection.onDidCloseTextDocument((p) => this.guard('didClose', () => {
      this.close(p.textDocument.uri);
      void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
    }));
    connection.onRequest(STAGE_GRAPH_REQUEST, (p) => this.graph(p.uri));
    connection.onRequest(STAGE_COSTS_REQUEST, (p) => this.stageCosts(p.uri));
    connection.onRequest(SERVER_STATS_REQUEST, (p) => this.stats.read(p, this.documents.size));
    connection.onRequest(PROFILE_REQUEST, (p, token) =>
      this.profiles.profile(p, token, p?.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(p.workDoneToken) : undefined));
    connection.onExecuteCommand(async (p, token, progress) => {
      // A notification, not window/showMessageRequest: nothing to wait for, nothing to fail.
      const notify = (r: { ok: boolean; message: string }) => void connection.sendNotification(ShowMessageNotification.type, { type: r.ok ? MessageType.Info : MessageType.Error, message: r.message });
      const arg = p.arguments?.[0] ?? {};
      const r = p.command === VERIFY_COMMAND ? await this.verifications.verify(arg as VerifyParams, token, progress)
        : p.command === PROFILE_COMMAND ? await this.profiles.profile(arg as ProfileParams, token, progress) : null;
      if (r) notify(r);
      return r;
    });
    connection.languages.inlayHint.on((p) => this.guard('inlayHint', () => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return [];
      const lines = doc.text.split('\n');
      return inlayHints(this.views(doc), this.settings.inlayHints, (l) => (lines[l] ?? '').replace(/\r$/, '').length, p.range);
    }) ?? []);
    connection.onCodeLens((p) => this.guard('codeLens', () => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return [];
      return codeLenses(doc.uri, this.views(doc), {
        profileCommand: this.init.clientCommands ? CLIENT_PROFILE_COMMAND : PROFILE_COMMAND,
        trusted: this.status.current.trusted,
        profiling: (g) => this.profiles.busy(doc.uri, g),
      });
    }) ?? []);
    connection.onHover((p) => hoverAt({
      document: (uri) => this.documents.get(uri), views: (doc) => this.views(doc),
      calibration: () => this.profiles.summary(this.settings.calibration.enabled),
      whatIf: (uri, line, character) => this.host.whatIf(uri, line, character, effectiveThreads(this.settings)),
      suggestion: (uri, generator) => this.host.suggest(uri, generator, effectiveThreads(this.settings), this.settings.suggest.budgetMs, true),
      log: (m) => this.connection.console.error(m),
    }, p.textDocument.uri, p.position.line, p.position.character));
    connection.onCodeAction(async (p, token) => [
      ...this.guard('codeAction', () => codeActions(p.textDocument.uri, this.documents.get(p.textDocument.uri)?.analysis?.generators ?? [], p.context.diagnostics)) ?? [],
      ...await suggestActions(this.suggestDeps, p, token).catch((err) => { this.connection.console.error(`halide-lens: suggest failed: ${err?.stack ?? err}`); return []; }),
    ]);
  }

  initialize(p?: InitializeParams): InitializeResult {
    this.init = (p?.initializationOptions ?? {}) as InitializationOptions;
    this.capabilities = p?.capabilities ?? {};
    this.settings = parseSettings(this.init.settings as Record<string, unknown> | undefined);
    const dir = this.init.storageDir ?? path.join(defaultCacheDir(), 'state');
    this.profiles = this.profileSession(new CalibrationStore(path.join(dir, 'calibration.json')));
    this.status.update({ trusted: this.init.workspaceTrusted !== false, calibration: this.profiles.calibrationState(), model: this.model });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        executeCommandProvider: { commands: [PROFILE_COMMAND, VERIFY_COMMAND] },
      },
      serverInfo: { name: 'halide-lens', version: '0.1.0' },
    };
  }

  private async initialized(): Promise<void> {
    await this.loadSettings(undefined);
    this.checkToolchain();
    this.refreshViews();
  }

  private profileSession(calibration: CalibrationStore | null): ProfileSession {
    return new ProfileSession({
      status: this.status,
      document: (uri) => this.documents.get(uri),
      settled: (uri) => this.settled(uri),
      graph: (uri) => this.graph(uri),
      publishDiagnostics: (uri) => this.publishDiagnostics(uri),
      refreshViews: () => this.refreshViews(),
      threads: () => effectiveThreads(this.settings),
      halideRoot: () => this.settings.halideRoot,
      minTimeSeconds: () => this.settings.profile.minTimeSeconds,
      machine: this.machine,
    }, calibration);
  }

  /** Halide's compiled graph of documents the static reading is incomplete on (trusted workspaces only). */
  private compiledReadings(): CompiledReadings {
    return new CompiledReadings({
      trusted: () => this.status.current.trusted,
      mode: () => this.settings.compiledGraph,
      halideRoot: () => this.settings.halideRoot,
      text: (uri) => { const d = this.documents.get(uri); return d && { version: d.version, text: d.text }; },
      staticGraph: async (uri) => { const g = await this.host.graph(uri); return g ? JSON.parse(g.json) as StageGraph : null; },
      ready: (uri, hash, json) => {
        this.host.setCompiled(uri, hash, json);
        const doc = this.documents.get(uri);
        if (doc) this.schedule(doc, 0);
      },
      noted: (uri) => this.publishDiagnostics(uri),
      log: (m) => this.connection.console.warn(`halide-lens: ${m}`),
      cacheDir: () => defaultCacheDir(),
    });
  }

  /** What the worker reports, applied to the documents' state. */
  private hostEvents(): HostEvents {
    return {
      model: (s) => {
        this.model = s;
        this.status.update({ model: { state: s.state, error: s.error, modelPath: s.modelPath } });
        this.refreshViews();
      },
      begin: () => {
        if (this.analyzing++ === 0) this.endAnalyzing = this.status.begin('analyzing');
      },
      analysis: (r) => {
        const doc = this.documents.get(r.uri);
        if (!doc || r.version > doc.version) return;
        doc.setAnalysis(r);
        doc.overrun = null;
        if (r.version === doc.version) this.compiled.consider(doc.uri, r);
        for (const w of r.warnings) this.connection.console.warn(`halide-lens: ${w}`);
        this.publishDiagnostics(doc.uri);
      },
      predictions: (r) => {
        const doc = this.documents.get(r.uri);
        if (!doc) return;
        doc.predictions = r;
        this.refreshViews();
      },
      end: (uri, version, outcome, info) => {
        if (this.analyzing > 0 && --this.analyzing === 0) { this.endAnalyzing?.(); this.endAnalyzing = undefined; }
        const doc = this.documents.get(uri);
        if (outcome === 'failed') this.connection.console.error(`halide-lens: analysis of ${uri} v${version} failed: ${info.error}`);
        if (doc && info.live && outcome === 'over-budget' && version === doc.version) {
          doc.overrun = { version, phase: info.phase ?? '?', ms: info.ms, budgetMs: this.settings.analysis.budgetMs };
          this.publishDiagnostics(uri);
          this.refreshViews();
        }
        this.status.update({ overBudget: [...this.documents.values()].filter((d) => d.overrun).map((d) => d.uri) });
        this.wakeIdle(uri);
      },
      log: (m) => this.connection.console.warn(`halide-lens: ${m}`),
    };
  }

  private async loadSettings(pushed: unknown): Promise<void> {
    try {
      const ask = this.capabilities.workspace?.configuration ? () => this.connection.workspace.getConfiguration('halideLens') : undefined;
      const next = await readSettings(pushed, this.init.settings, ask);
      const change = settingsChange(this.settings, next);
      this.settings = next;
      if (change.toolchain) this.checkToolchain();
      if (change.reanalyze) for (const doc of this.documents.values()) this.schedule(doc, 0);
      this.status.update({ calibration: this.profiles.calibrationState() });
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

  /** Handlers never throw into the connection: a bug in one feature must not take the server down. */
  private readonly suggestDeps: SuggestDeps = {
    generators: async (uri) => {
      await this.settled(uri);
      const doc = this.documents.get(uri);
      return doc?.analysis && doc.analysis.version === doc.version ? doc.analysis.generators : null;
    },
    search: (uri, generator, peek, token) => this.host.suggest(uri, generator, effectiveThreads(this.settings), this.settings.suggest.budgetMs, peek, token),
    canVerify: () => this.status.current.trusted,
    canCreateFiles: () => !!this.capabilities.workspace?.workspaceEdit?.documentChanges && !!this.capabilities.workspace.workspaceEdit.resourceOperations?.includes('create'),
    verification: (uri, generator) => {
      const doc = this.documents.get(uri);
      return { measured: doc ? this.verifications.result(uri, generator, doc.version) : null, running: this.verifications.busy(uri, generator) };
    },
  };

  private guard<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.connection.console.error(`halide-lens: ${what} failed: ${(err as Error).stack ?? err}`);
      return undefined;
    }
  }

  private close(uri: string): void {
    const doc = this.documents.get(uri);
    if (doc) clearTimeout(doc.timer);
    this.compiled.forget(uri);
    this.documents.delete(uri);
    this.host.close(uri);
    this.wakeIdle(uri);
  }

  private schedule(doc: DocumentState, delay: number): void {
    clearTimeout(doc.timer);
    doc.timer = setTimeout(() => {
      doc.timer = undefined;
      if (this.documents.get(doc.uri) !== doc) return;
      this.host.analyze(doc.uri, effectiveThreads(this.settings), this.settings.analysis.budgetMs, effectiveTarget(this.settings));
    }, delay);
  }

  /**
   * Leading and trailing debounce: the first edit after a quiet spell is analysed at once (one
   * schedule change shows its numbers without waiting); edits in a burst of typing are coalesced
   * and analysed ANALYSIS_DELAY_MS after the last one.
   */
  private scheduleAfterEdit(doc: DocumentState): void {
    const now = Date.now();
    const quiet = doc.timer === undefined && now - doc.lastEdit > ANALYSIS_DELAY_MS;
    doc.lastEdit = now;
    this.schedule(doc, quiet ? 0 : ANALYSIS_DELAY_MS);
  }

  private idle(uri: string): boolean {
    const doc = this.documents.get(uri);
    return !doc || (doc.timer === undefined && !this.host.has(uri));
  }

  /** Resolves when nothing is queued or running for the document (profile, tests). */
  settled(uri: string): Promise<void> {
    if (this.idle(uri)) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.set(uri, [...(this.idleWaiters.get(uri) ?? []), resolve]));
  }

  private wakeIdle(uri: string): void {
    if (!this.idle(uri)) return;
    const waiters = this.idleWaiters.get(uri) ?? [];
    this.idleWaiters.delete(uri);
    waiters.forEach((w) => w());
  }

  diagnostics(uri: string): Diagnostic[] {
    const doc = this.documents.get(uri);
    if (!doc) return [];
    const out = [...(doc.analysis?.diagnostics ?? []), ...doc.profileDiagnostics, ...this.compiled.note(uri)];
    const o = doc.overrun;
    if (o) {
      const at = doc.analysis?.generators[0]?.graph.range.start ?? { line: 0, character: 0 };
      out.push({
        range: { start: at, end: { line: at.line, character: at.character + 1 } }, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'analysis-over-budget',
        message: `Halide Lens stopped analysing this version after ${Math.round(o.ms)} ms (budget ${o.budgetMs} ms, halideLens.analysis.budgetMs; it was in step '${o.phase}'). ` +
          (doc.analysis ? `Hints and hovers show the last complete analysis (version ${doc.analysis.version}).` : 'No analysis of this file has finished yet.'),
      });
    }
    return out;
  }

  publishDiagnostics(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    // Diagnostics belong to the version they were computed for; the editor maps them across later edits.
    void this.connection.sendDiagnostics({ uri, version: doc.overrun?.version ?? doc.analysis?.version, diagnostics: this.diagnostics(uri) });
  }

  /** Ask the client to re-request hints and lenses (when it supports being asked). */
  private refreshViews(): void {
    const ws = this.capabilities.workspace;
    if (ws?.inlayHint?.refreshSupport) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
    if (ws?.codeLens?.refreshSupport) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  private factor(): number {
    const c = this.profiles.calibrationState();
    return this.settings.calibration.enabled && c ? c.factor : 1;
  }

  views(doc: DocumentState): CostView[] {
    return documentViews(doc, this.model, this.factor());
  }

  /** The whole StageGraph of the latest analysis: kept in the worker, which the graph view may wait for. */
  async graph(uri: string): Promise<StageGraph | null> {
    try {
      const r = await this.host.graph(uri);
      return r ? JSON.parse(r.json) as StageGraph : null;
    } catch (err) {
      this.connection.console.error(`halide-lens: stageGraph failed: ${(err as Error).stack ?? err}`);
      return null;
    }
  }

  async stageCosts(uri: string): Promise<StageCostsResult | null> {
    const graph = await this.graph(uri);
    const doc = this.documents.get(uri);
    return graph && doc ? stageCosts(graph, this.views(doc), this.model) : null;
  }
}
