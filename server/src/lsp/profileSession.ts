// "Profile on this machine" from the editor: compile and run one generator of a document with
// Halide's profiler (trusted workspaces only), keep the measured times beside the predictions, and
// pair them with the predictions of the same version to calibrate this machine.
import type { CancellationToken, Diagnostic, WorkDoneProgressReporter } from 'vscode-languageserver';
import { generatorKey, type StageGraph } from '../halide/graph';
import { CalibrationStore, predictedPerFunc, type CalibrationPair, type CalibrationSummary } from './calibration';
import { stageTimes, type MeasuredProfile } from './costs';
import type { DocumentState } from './documentState';
import { formatMs } from './format';
import { profileDocument } from './profile';
import type { CalibrationReport, ProfileParams, ProfileResponse } from './protocol';
import type { StatusReporter } from './status';
import type { ViewGenerator } from './workerMessages';

export interface ProfileHost {
  status: StatusReporter;
  document(uri: string): DocumentState | undefined;
  /** Resolves when the document's latest version has been analysed and predicted (or failed). */
  settled(uri: string): Promise<void>;
  /** The whole StageGraph of the latest analysis (kept in the worker). */
  graph(uri: string): Promise<StageGraph | null>;
  publishDiagnostics(uri: string): void;
  refreshViews(): void;
  threads(): number;
  halideRoot(): string | null;
  minTimeSeconds(): number;
  machine: { id: string; cpu: string; cores: number };
}

const STEP_WORDS: Record<string, string> = {
  compile: 'compiling the generator', generate: 'generating the pipeline', link: 'linking the benchmark', run: 'running with the profiler',
};

export class ProfileSession {
  private readonly running = new Set<string>();
  private lastCalibration: CalibrationReport | null = null;

  constructor(private readonly host: ProfileHost, readonly calibration: CalibrationStore | null) {}

  /** A profile of this document's generator is running (the lens says "Profiling…"). */
  busy(uri: string, generator: string): boolean {
    return this.running.has(`${uri}#${generator}`);
  }

  calibrationState(): { factor: number; pairs: number } | null {
    return this.calibration ? this.calibration.factor(this.host.machine.id) : null;
  }

  summary(enabled: boolean): CalibrationSummary | null {
    const c = this.calibrationState();
    return c ? { factor: enabled ? c.factor : 1, pairs: c.pairs, last: this.lastCalibration } : null;
  }

  async profile(p: ProfileParams, token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<ProfileResponse> {
    const uri = p?.uri ?? '';
    const fail = (step: string, message: string, generator: string | null = null, version: number | null = null, diagnostics = 0): ProfileResponse =>
      ({ ok: false, uri, generator, version, summary: null, error: { step, message }, diagnostics, calibration: null, message });
    const { status } = this.host;
    if (!status.current.trusted) {
      return fail('trust', 'Profiling is disabled in an untrusted workspace: it compiles this generator and runs the program Halide generates from it. Trust the workspace to enable it.');
    }
    const doc = this.host.document(uri);
    if (!doc) return fail('document', `${uri} is not open in the editor`);
    // Profile what the user sees: wait for the analysis of the current text.
    await this.host.settled(uri);
    // The sizes RunGen is given where the generator sets none come from the whole graph as read.
    const stageGraph = await this.host.graph(uri);
    const gens = doc.analysis?.generators ?? [];
    const g = p.generator ? gens.find((x) => x.key === p.generator || x.graph.className === p.generator) : gens.length === 1 ? gens[0] : undefined;
    if (!g) {
      return fail('generator', p.generator ? `no generator '${p.generator}' in this document`
        : gens.length === 0 ? 'no Halide generator in this document' : `choose a generator: ${gens.map((x) => x.key).join(', ')}`);
    }
    const key = g.key;
    const read = stageGraph?.generators.find((x) => generatorKey(x) === key);
    const busyKey = `${uri}#${key}`;
    if (this.running.has(busyKey)) return fail('busy', `${key} is already being profiled`, key);
    const version = doc.analysis!.version;
    const text = doc.text;
    const threads = this.host.threads();
    const abort = new AbortController();
    const sub = token?.onCancellationRequested(() => abort.abort());
    this.running.add(busyKey);
    this.host.refreshViews();
    const endBusy = status.begin(`profiling ${key}`);
    progress?.begin(`Profiling ${key}`, undefined, STEP_WORDS.compile, true);
    try {
      const outcome = await profileDocument({
        uri, text, graph: g.graph, read, threads, halideRoot: this.host.halideRoot(), minTimeS: this.host.minTimeSeconds(),
        signal: abort.signal, onStep: (s) => progress?.report(STEP_WORDS[s] ?? s),
      });
      if (!outcome.ok) {
        if (outcome.toolchainMissing) status.update({ toolchain: { state: 'missing', error: outcome.message } });
        if (doc.version === version && outcome.diagnostics.length) this.setDiagnostics(doc, outcome.diagnostics);
        return fail(outcome.step, outcome.step === 'cancelled' ? 'Profile cancelled.' : `Profile of ${key} failed (${outcome.step}): ${outcome.message}`, key, version, outcome.diagnostics.length);
      }
      const measured: MeasuredProfile = { version, date: new Date().toISOString(), summary: outcome.summary };
      doc.measured.set(key, measured);
      this.setDiagnostics(doc, []);
      const calibration = this.record(doc, g, measured, threads);
      status.update({ calibration: this.calibrationState() });
      return {
        ok: true, uri, generator: key, version, summary: outcome.summary, error: null, diagnostics: 0, calibration,
        message: profileMessage(key, measured, calibration),
      };
    } finally {
      sub?.dispose();
      this.running.delete(busyKey);
      endBusy();
      progress?.done();
      this.host.refreshViews();
    }
  }

  private setDiagnostics(doc: DocumentState, diagnostics: Diagnostic[]): void {
    doc.profileDiagnostics = diagnostics;
    this.host.publishDiagnostics(doc.uri);
  }

  /** Keep the profile; pair it with the raw predictions and the analysis of the same version. */
  private record(doc: DocumentState, g: ViewGenerator, m: MeasuredProfile, threads: number): CalibrationReport | null {
    if (!this.calibration) return null;
    const preds = doc.predictions;
    const p = preds && preds.version === m.version && preds.threads === threads ? preds.generators[g.key] : undefined;
    const pairs: CalibrationPair[] = [];
    const quantities = doc.analysis?.version === m.version ? doc.quantities(g.key) : null;
    if (p?.ok && quantities) {
      const perFunc = predictedPerFunc(quantities, stageTimes(p.prediction));
      for (const row of m.summary.rows) {
        const predicted = perFunc.get(row.func);
        if (row.stages.length === 0 || predicted === undefined) continue;
        pairs.push({ func: row.func, predictedMs: predicted, measuredMs: row.ms });
      }
    }
    const { machine } = this.host;
    const report = this.calibration.add(machine.id, `${machine.cpu}, ${machine.cores} cores`, {
      date: m.date, generator: generatorKey(g.graph), file: doc.uri, threads, measuredTotalMs: m.summary.totalMs,
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
