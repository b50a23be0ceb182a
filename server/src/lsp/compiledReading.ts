// Halide's own graph of a document, built in the background when the static reading is incomplete
// (or always, by setting): the document's text is compiled with the real toolchain and the dumper
// reports the pipeline (toolchain/compiledGraph.ts). Only in trusted workspaces; debounced, cached
// by the text's hash, cancelled by newer edits, with a timeout; a failure is shown once per text and
// not retried until the text changes. The worker then analyses that text from the compiled graph.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { StageGraph } from '../halide/graph';
import { CompiledGraphError, compiledGraph } from '../toolchain/compiledGraph';
import { textHash, type DocumentAnalysis } from './workerMessages';

/** Static-reading diagnostics that mean the graph is incomplete (not half-typed text: that is a syntax error). */
const INCOMPLETE = new Set(['unread-construct', 'unknown-func', 'unknown-name', 'undefined-output', 'no-generate', 'internal-error']);
// A build takes seconds of both cores: wait for a real pause in typing.
const DEBOUNCE_MS = 3000;
const TIMEOUT_MS = 120_000;

export interface CompiledReadingDeps {
  trusted(): boolean;
  mode(): 'auto' | 'always' | 'never';
  halideRoot(): string | null;
  /** The document's current text and version. */
  text(uri: string): { version: number; text: string } | undefined;
  /** The static StageGraph of the document's latest analysis (for source ranges). */
  staticGraph(uri: string): Promise<StageGraph | null>;
  /** A compiled graph for the text with `hash` is ready (null: forget the last one). */
  ready(uri: string, hash: string, json: string | null): void;
  /** The note on the document changed (publish its diagnostics again). */
  noted(uri: string): void;
  log(message: string): void;
  cacheDir(): string;
}

interface Pending { timer?: NodeJS.Timeout; controller?: AbortController; buffer?: string }

export class CompiledReadings {
  private readonly pending = new Map<string, Pending>();
  /** Per document: the text hash last built (or failed) and, on failure, why. */
  private readonly outcomes = new Map<string, { hash: string; error: string | null }>();
  private readonly notes = new Map<string, Diagnostic>();

  constructor(private readonly deps: CompiledReadingDeps) {}

  /** After each analysis: build Halide's graph of this text if the static reading is incomplete. */
  consider(uri: string, result: DocumentAnalysis): void {
    const mode = this.deps.mode();
    if (mode === 'never' || !this.deps.trusted() || !uri.startsWith('file:')) return this.cancel(uri);
    if (result.generators.some((g) => g.graph.origin === 'compiled')) return;
    if (result.diagnostics.some((d) => d.code === 'syntax-error')) return this.cancel(uri);
    const incomplete = result.generators.length === 0 ? false
      : result.generators.some((g) => g.graph.stages.length === 0) || result.diagnostics.some((d) => INCOMPLETE.has(String(d.code)) && d.severity !== DiagnosticSeverity.Information);
    if (!incomplete && mode !== 'always') return this.cancel(uri);
    const p = this.slot(uri);
    clearTimeout(p.timer);
    p.timer = setTimeout(() => void this.build(uri, result.version), DEBOUNCE_MS);
  }

  /** A note for the document's diagnostics (why Halide could not build it), if any. */
  note(uri: string): Diagnostic[] {
    const d = this.notes.get(uri);
    return d ? [d] : [];
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.pending.delete(uri);
    this.outcomes.delete(uri);
    this.notes.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private slot(uri: string): Pending {
    let p = this.pending.get(uri);
    if (!p) this.pending.set(uri, (p = {}));
    return p;
  }

  private cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    clearTimeout(p.timer);
    p.controller?.abort();
    p.timer = undefined;
    p.controller = undefined;
  }

  private async build(uri: string, version: number): Promise<void> {
    const doc = this.deps.text(uri);
    if (!doc || doc.version !== version || !this.deps.trusted()) return;
    const hash = textHash(doc.text);
    if (this.outcomes.get(uri)?.hash === hash) return; // built (or failed) for this very text already
    const p = this.slot(uri);
    p.controller?.abort();
    const controller = new AbortController();
    p.controller = controller;
    const file = fileURLToPath(uri);
    // The editor's text, not the file on disk: it is what the user sees. Local headers resolve
    // from the file's own folder (-I).
    const dir = path.join(this.deps.cacheDir(), 'buffers');
    const buffer = path.join(dir, `${path.basename(file).replace(/\.[^.]*$/, '')}-${hash.slice(0, 16)}${path.extname(file) || '.cpp'}`);
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (!fs.existsSync(buffer)) fs.writeFileSync(buffer, doc.text);
      // Only the latest text of a document is kept.
      if (p.buffer && p.buffer !== buffer) fs.rmSync(p.buffer, { force: true });
      p.buffer = buffer;
      const staticGraph = await this.deps.staticGraph(uri);
      const graph = await compiledGraph(buffer, undefined, {
        includeDirs: [path.dirname(file)], staticGraph: staticGraph ?? undefined, uri, signal: controller.signal,
        timeoutMs: TIMEOUT_MS, halideRoot: this.deps.halideRoot(), cacheDir: this.deps.cacheDir(),
      });
      if (controller.signal.aborted) return;
      this.outcomes.set(uri, { hash, error: null });
      this.setNote(uri, null);
      this.deps.ready(uri, hash, JSON.stringify(graph));
    } catch (err) {
      if (controller.signal.aborted) return;
      // Name the user's file, not the copy of the editor's text that was compiled.
      const detail = (err instanceof CompiledGraphError ? err.message.split('\n')[0].replace(/^compiled graph: \w+ failed: /, '').replace(/^compiling \S+ failed: /, '') : (err as Error).message)
        .split(buffer).join(file);
      const why = err instanceof CompiledGraphError ? `${err.step} failed: ${detail}` : detail;
      this.outcomes.set(uri, { hash, error: why });
      this.deps.log(`compiled graph of ${uri} failed: ${err instanceof CompiledGraphError ? err.message : (err as Error).stack}`);
      this.setNote(uri, `Halide could not build this file in the background, so its graph is the static reading above (${why.slice(0, 300)})`);
    } finally {
      if (p.controller === controller) p.controller = undefined;
    }
  }

  private setNote(uri: string, message: string | null): void {
    if (message === null) this.notes.delete(uri);
    else this.notes.set(uri, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: DiagnosticSeverity.Information, source: 'halide-lens', code: 'compiled-graph', message });
    this.deps.noted(uri);
  }
}
