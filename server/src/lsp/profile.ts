// "Profile on this machine" for an editor buffer: the text as it is in the editor (saved or not) is
// compiled and profiled with the real Halide toolchain; failures become diagnostics on the lines
// they name.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { GeneratorGraph } from '../halide/graph';
import { summarizeProfile, type ProfileSummary } from '../toolchain/profileSummary';
import { BuildError } from '../toolchain/build';
import { GenerateError } from '../toolchain/generate';
import { HalideNotFoundError } from '../toolchain/halide';
import { profileGenerator, ProfileError, type ProfileResult } from '../toolchain/profile';
import { SOURCE } from './diagnostics';

export interface ProfileRun {
  uri: string;
  text: string;
  graph: Pick<GeneratorGraph, 'className' | 'registeredName' | 'range' | 'funcs'>;
  /** The whole generator as read, when the worker has it: its unestimated inputs run at the guessed sizes. */
  read?: GeneratorGraph;
  threads: number;
  halideRoot: string | null;
  minTimeS: number;
  signal: AbortSignal;
  onStep?: (step: string) => void;
}

export type ProfileOutcome =
  | { ok: true; summary: ProfileSummary; result: ProfileResult }
  | { ok: false; step: string; message: string; diagnostics: Diagnostic[]; toolchainMissing?: boolean };

const tempRoot = path.join(os.tmpdir(), `halide-lens-${process.pid}`);

/** Remove the buffer copies this process wrote (called when the server exits). */
export function removeTempCopies(): void {
  fs.rmSync(tempRoot, { recursive: true, force: true });
}

/** The file g++ compiles: the document itself when it is saved as-is (so relative includes work), else a copy. */
export function sourceFile(uri: string, text: string): { file: string; temporary: boolean } {
  if (uri.startsWith('file:')) {
    try {
      const file = fileURLToPath(uri);
      if (fs.readFileSync(file, 'utf8') === text) return { file, temporary: false };
    } catch {
      // not on disk (or unreadable): use a copy
    }
  }
  return { file: tempCopy(uri, text), temporary: true };
}

/**
 * A copy of `text` named like the document, in a folder of its own per (uri, tag): the suggested
 * schedule's text (tag 'suggested') is compiled beside the current one without overwriting it.
 */
export function tempCopy(uri: string, text: string, tag = ''): string {
  const base = path.basename(uri.replace(/[?#].*$/, '')).replace(/[^\w.-]/g, '_') || 'generator';
  const name = base.endsWith('.cpp') || base.endsWith('.cc') ? base : `${base}.cpp`;
  const dir = path.join(tempRoot, crypto.createHash('sha256').update(`${uri}${tag ? `#${tag}` : ''}`).digest('hex').slice(0, 12));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const anchor = (g: Pick<GeneratorGraph, 'range'>) => ({ start: g.range.start, end: { line: g.range.start.line, character: 1000 } });

/** Compiler diagnostics in our file go on their lines; errors elsewhere (headers) go on the generator. */
export function mapBuildDiagnostics(err: BuildError, file: string, g: Pick<GeneratorGraph, 'range'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ours = path.resolve(file);
  for (const d of err.diagnostics) {
    if (d.severity === 'note') continue;
    const severity = d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
    if (d.file && path.resolve(d.file) === ours && d.line > 0) {
      const line = d.line - 1, character = Math.max(0, d.column - 1);
      out.push({ range: { start: { line, character }, end: { line, character: character + 1 } }, severity, source: `${SOURCE} profile`, code: 'compile-error', message: d.message });
    } else if (severity === DiagnosticSeverity.Error) {
      const where = d.file ? `${path.basename(d.file)}:${d.line}: ` : '';
      out.push({ range: anchor(g), severity, source: `${SOURCE} profile`, code: 'compile-error', message: `${where}${d.message}` });
    }
  }
  if (!out.some((d) => d.severity === DiagnosticSeverity.Error)) {
    out.push({ range: anchor(g), severity: DiagnosticSeverity.Error, source: `${SOURCE} profile`, code: 'compile-error', message: err.message });
  }
  return out.slice(0, 50);
}

/** Halide's own errors while generating (schedule errors, bad bounds...) as the generator prints them. */
function generateMessage(err: GenerateError): string {
  const lines = err.result.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.findIndex((l) => /^(Error|Internal Error|User error|Unhandled exception)/i.test(l));
  const relevant = at >= 0 ? lines.slice(at, at + 8) : lines.slice(-6);
  return relevant.join('\n') || err.message;
}

export async function profileDocument(run: ProfileRun): Promise<ProfileOutcome> {
  const g = run.graph;
  if (!g.registeredName) {
    return { ok: false, step: 'compile', message: `generator ${g.className} has no HALIDE_REGISTER_GENERATOR: Halide cannot build it`, diagnostics: [] };
  }
  let file = '';
  try {
    const src = sourceFile(run.uri, run.text);
    file = src.file;
    // A copy of unsaved text lives elsewhere: its quoted includes still resolve beside the document.
    const includeDirs = src.temporary && run.uri.startsWith('file:') ? [path.dirname(fileURLToPath(run.uri))] : [];
    const result = await profileGenerator(file, {
      generator: g.registeredName, threads: run.threads, halideRoot: run.halideRoot, minTimeS: run.minTimeS, includeDirs,
      signal: run.signal, onStep: run.onStep, graph: run.read,
    });
    return { ok: true, summary: summarizeProfile(result, g), result };
  } catch (err) {
    if (run.signal.aborted) return { ok: false, step: 'cancelled', message: 'profile cancelled', diagnostics: [] };
    if (err instanceof HalideNotFoundError) return { ok: false, step: 'toolchain', message: err.message, diagnostics: [], toolchainMissing: true };
    if (err instanceof BuildError) return { ok: false, step: 'compile', message: err.message, diagnostics: mapBuildDiagnostics(err, file, g) };
    if (err instanceof GenerateError) {
      const message = generateMessage(err);
      return {
        ok: false, step: 'generate', message: `Halide could not generate ${g.registeredName}: ${message}`,
        diagnostics: [{ range: anchor(g), severity: DiagnosticSeverity.Error, source: `${SOURCE} profile`, code: 'generate-error', message }],
      };
    }
    if (err instanceof ProfileError) return { ok: false, step: err.step, message: err.message, diagnostics: [] };
    return { ok: false, step: 'internal', message: (err as Error).message ?? String(err), diagnostics: [] };
  }
}
