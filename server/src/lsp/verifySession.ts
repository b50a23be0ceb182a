// "Verify suggested schedule on this machine": the buffer as it is and the buffer with the suggestion
// applied are compiled and timed with the real toolchain, one after the other (trusted workspaces
// only, cancellable, with progress), so the "Suggest schedule" action can say what it measured here
// beside what the model predicted. The suggestion is the search's best for this document version,
// exactly the edit the action would apply.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { HalideNotFoundError } from '../toolchain/halide';
import { verifySchedules } from '../toolchain/verify';
import type { DocumentState } from './documentState';
import { formatMs } from './format';
import { sourceFile, tempCopy } from './profile';
import { applyEdit } from './scheduleEdit';
import type { SuggestOutcome } from './suggestAction';
import type { StatusReporter } from './status';

export interface VerifyParams { uri: string; generator: string }

export interface VerifyResponse {
  ok: boolean;
  uri: string;
  generator: string;
  version: number | null;
  currentMs: number | null;
  suggestedMs: number | null;
  predictedSpeedup: number | null;
  message: string;
}

/** A measurement kept for the document version it was made on. */
export interface Verification { version: number; currentMs: number; suggestedMs: number }

export interface VerifyHost {
  status: StatusReporter;
  document(uri: string): DocumentState | undefined;
  settled(uri: string): Promise<void>;
  /** The search's outcome for the document's current version (runs it if needed). */
  suggestion(uri: string, generator: string, token: CancellationToken): Promise<SuggestOutcome | null>;
  threads(): number;
  halideRoot(): string | null;
  refreshViews(): void;
}

export class VerifySession {
  private readonly running = new Set<string>();
  /** By `uri#generator`: the last measurement (valid while the document is at its version). */
  private readonly results = new Map<string, Verification>();

  constructor(private readonly host: VerifyHost) {}

  /** A measurement of this version's suggestion, if one was made. */
  result(uri: string, generator: string, version: number): Verification | null {
    const r = this.results.get(`${uri}#${generator}`);
    return r && r.version === version ? r : null;
  }

  busy(uri: string, generator: string): boolean {
    return this.running.has(`${uri}#${generator}`);
  }

  async verify(p: VerifyParams, token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<VerifyResponse> {
    const uri = p?.uri ?? '';
    const generator = p?.generator ?? '';
    const fail = (message: string, version: number | null = null): VerifyResponse =>
      ({ ok: false, uri, generator, version, currentMs: null, suggestedMs: null, predictedSpeedup: null, message });
    if (!this.host.status.current.trusted) {
      return fail('Verification is disabled in an untrusted workspace: it compiles this generator and runs the programs Halide generates from it. Trust the workspace to enable it.');
    }
    const doc = this.host.document(uri);
    if (!doc) return fail(`${uri} is not open in the editor`);
    await this.host.settled(uri);
    const version = doc.version;
    const g = doc.analysis?.generators.find((x) => x.key === generator);
    if (!g) return fail(`no generator '${generator}' in this document`, version);
    const busyKey = `${uri}#${generator}`;
    if (this.running.has(busyKey)) return fail(`the suggestion for ${generator} is already being verified`, version);
    const abort = new AbortController();
    const sub = token?.onCancellationRequested(() => abort.abort(new Error('verification cancelled')));
    this.running.add(busyKey);
    const endBusy = this.host.status.begin(`verifying the suggestion for ${generator}`);
    progress?.begin(`Verifying the suggested schedule of ${generator}`, undefined, 'searching', true);
    try {
      const o = await this.host.suggestion(uri, generator, token ?? { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) } as CancellationToken);
      if (!o) return fail('the document changed during the search: ask again', version);
      if (!o.ok) return fail(`no suggestion to verify: ${o.reason}`, version);
      const text = doc.text;
      if (doc.version !== version) return fail('the document changed: ask again', version);
      const current = sourceFile(uri, text);
      // The suggested text is a copy of its own; the original file's folder is searched for quoted
      // includes, so local headers resolve as they do for the file.
      const suggested = tempCopy(uri, applyEdit(text, o.edit), 'suggested');
      const includeDirs = uri.startsWith('file:') ? [path.dirname(fileURLToPath(uri))] : [];
      const name = g.graph.registeredName ?? g.graph.className;
      if (!name) return fail(`${generator} is not registered (HALIDE_REGISTER_GENERATOR): there is nothing to build`, version);
      const runs: { label: string; file: string }[] = [{ label: 'current schedule', file: current.file }, { label: 'suggested schedule', file: suggested }];
      const measured: number[] = [];
      for (const [i, run] of runs.entries()) {
        progress?.report(Math.round((100 * i) / runs.length), `compiling and timing the ${run.label}`);
        const [row] = await verifySchedules(run.file, name, [{ label: run.label, predictedMs: null, schedule: { kind: 'hand' } }], {
          threads: this.host.threads(), includeDirs, halideRoot: this.host.halideRoot(), signal: abort.signal,
        });
        if (row.measuredMs === null) return fail(`the ${run.label} did not run: ${row.error}`, version);
        measured.push(row.measuredMs);
      }
      const [currentMs, suggestedMs] = measured;
      this.results.set(busyKey, { version, currentMs, suggestedMs });
      const predicted = o.currentMs / o.predictedMs;
      const measuredX = currentMs / suggestedMs;
      return {
        ok: true, uri, generator, version, currentMs, suggestedMs, predictedSpeedup: predicted,
        message: `${generator}: the suggested schedule measured ${formatMs(suggestedMs)} against ${formatMs(currentMs)} for the current one on this machine ` +
          `(${measuredX.toFixed(2)}x; the model predicted ${predicted.toFixed(2)}x).${measuredX < 1 ? ' It is slower here: keep your schedule.' : ''}`,
      };
    } catch (err) {
      if (abort.signal.aborted) return fail('Verification cancelled.', version);
      if (err instanceof HalideNotFoundError) {
        this.host.status.update({ toolchain: { state: 'missing', error: err.message } });
      }
      return fail(`verification failed: ${(err as Error).message.split('\n')[0]}`, version);
    } finally {
      sub?.dispose();
      this.running.delete(busyKey);
      endBusy();
      progress?.done();
      this.host.refreshViews();
    }
  }
}
