// A minimal LSP client for protocol tests: starts the real bundled server over stdio (as an editor
// does: `node dist/server.js lsp --stdio`), answers the requests a server makes of its client, and
// records what the server pushes (diagnostics, status, progress, refreshes).
import { spawn, type ChildProcess } from 'node:child_process';
import { after } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// The connection comes from the protocol library the shared message types are built with (the copy
// vscode-languageclient uses), so typed requests and notifications go over it as they are.
import {
  CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
  type RequestType,
} from 'vscode-languageserver-protocol/node';
import { PROFILE_REQUEST, STATUS_NOTIFICATION, type ProfileResponse, type ServerStatus } from '../../server/src/lsp/protocol';
import { ROOT } from '../paths';

export interface Pos { line: number; character: number }
export interface Rng { start: Pos; end: Pos }
export interface Diag { code?: string; message: string; severity?: number; range: Rng; data?: unknown; source?: string }
export interface Hint { position: Pos; label: string; tooltip?: { value: string } }
export interface Lens { range: Rng; command?: { title: string; command: string; tooltip?: string; arguments?: unknown[] } }
export interface TextEditLike { range: Rng; newText: string }

export function corpus(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'corpus', name), 'utf8');
}

export function uriOf(name: string): string {
  return `file:///halide-lens-test/${name}`;
}

export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' not in text`);
  return i;
}

/** Apply LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: TextEditLike[]): string {
  const lines = text.split('\n');
  const offset = (p: Pos) => lines.slice(0, p.line).reduce((a, l) => a + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** Servers not closed yet. A test that times out never reaches its `finally`: its server would keep this
 * test file's process (and so `node --test`, and CI) waiting for ever. The file's last hook kills them. */
const live = new Set<ChildProcess>();
after(() => {
  for (const p of live) p.kill('SIGKILL');
  live.clear();
});

/** No answer to a request in this long fails it (a hang, reported as one) unless the caller waits longer. */
const REQUEST_MS = 300_000;

/** `p`, or a rejection with `message()` if it has not settled in `ms` (the timer goes when it settles). */
export function withDeadline<T>(p: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message())), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export class LspClient {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  readonly storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-proto-'));
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diag[] }[]>();
  readonly statuses: ServerStatus[] = [];
  readonly progress: { token: unknown; value: { kind: string; message?: string; title?: string } }[] = [];
  refreshes = 0;
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  // No background builds of the compiled graph unless a test asks (they would load the cores under other tests).
  settings: Record<string, unknown> = { compiledGraph: 'never' };
  exitedWith: string | null = null;
  /** window/logMessage lines (the server logs handler failures there). */
  readonly logs: string[] = [];
  private exited: Promise<void>;
  private closing = false;

  /** A request that fails (instead of hanging) if the server dies before it answers. Typed for our own requests. */
  request<P, R>(type: RequestType<P, R, void>, params: P, token?: CancellationTokenSource['token']): Promise<R>;
  request<R>(method: string, params?: unknown, token?: CancellationTokenSource['token']): Promise<R>;
  request(type: string | RequestType<unknown, unknown, void>, params?: unknown, token?: CancellationTokenSource['token']): Promise<unknown> {
    const method = typeof type === 'string' ? type : type.method;
    const died = this.exited.then(() => {
      throw new Error(`server exited (${this.exitedWith}) during ${method}; stderr:\n${this.stderr.slice(-3000)}`);
    });
    const sent = token ? this.conn.sendRequest(method, params, token) : params === undefined ? this.conn.sendRequest(method) : this.conn.sendRequest(method, params);
    return withDeadline(Promise.race([sent, died]), REQUEST_MS, () => `no answer to ${method} in ${REQUEST_MS / 1000} s; stderr:\n${this.stderr.slice(-2000)}`);
  }

  constructor() {
    this.proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(this.proc);
    this.proc.stderr!.on('data', (d) => { this.stderr += String(d); });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => {
      live.delete(this.proc);
      this.exitedWith = `exit code ${code}, signal ${signal}`;
      this.wake();
      resolve();
    }));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.wake();
    });
    this.conn.onNotification(STATUS_NOTIFICATION, (s) => { this.statuses.push(s); this.wake(); });
    this.conn.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => { this.progress.push(p); this.wake(); });
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => { this.logs.push(p.message); });
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('workspace/inlayHint/refresh', () => { this.refreshes++; this.wake(); return null; });
    this.conn.onRequest('workspace/codeLens/refresh', () => { this.refreshes++; this.wake(); return null; });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  /** Wait until `pred` holds, re-checked whenever the server sends something (or every 200 ms). */
  async until<T>(what: string, pred: () => T | undefined | null | false, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = pred();
      if (v) return v;
      if (this.exitedWith && !this.closing) throw new Error(`server exited (${this.exitedWith}) while waiting for ${what}; stderr:\n${this.stderr.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.waiters.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  /** Send a notification; fails (instead of waiting for ever) if the server stops reading its input. */
  notify(method: string, params: unknown, timeoutMs = 20_000): Promise<void> {
    return withDeadline(this.conn.sendNotification(method, params), timeoutMs, () => `the server did not read ${method} in ${timeoutMs / 1000} s (its main thread is blocked?)`);
  }

  /** `capabilities`: replaces these top-level client capabilities (e.g. a `workspace` without workspaceEdit). */
  async initialize(options: Record<string, unknown> = {}, capabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: {
          configuration: true, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        window: { workDoneProgress: true },
        textDocument: { inlayHint: {}, codeLens: {}, hover: { contentFormat: ['markdown'] }, codeAction: {} },
        ...capabilities,
      },
      initializationOptions: { storageDir: this.storageDir, ...options },
    }) as { capabilities: Record<string, unknown> };
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  /** Open a document and wait for its first diagnostics. */
  async open(uri: string, text: string): Promise<Diag[]> {
    this.versions.set(uri, 1);
    const before = this.diagnostics.get(uri)?.length ?? 0;
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cpp', version: 1, text } });
    return this.until(`diagnostics of ${uri}`, () => (this.diagnostics.get(uri)?.length ?? 0) > before && this.diagnostics.get(uri)!.at(-1)!.diagnostics);
  }

  /** Opens a corpus generator by file name, as the editor would: its uri and text, once analyzed. */
  async openCorpus(file: string): Promise<{ uri: string; text: string }> {
    const uri = uriOf(file);
    const text = corpus(file);
    await this.open(uri, text);
    return { uri, text };
  }

  /** Send an edit (full text when `range` is absent) and wait for the diagnostics of that version. */
  async change(uri: string, edit: { range?: Rng; text: string }): Promise<Diag[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit] });
    return this.until(`diagnostics of ${uri} v${version}`, () => {
      const last = this.diagnostics.get(uri)?.at(-1);
      return last && last.version === version && last.diagnostics;
    });
  }

  latestDiagnostics(uri: string): Diag[] {
    return this.diagnostics.get(uri)?.at(-1)?.diagnostics ?? [];
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  hints(uri: string, lines = 10_000): Promise<Hint[]> {
    return this.request('textDocument/inlayHint', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
    }) as Promise<Hint[]>;
  }

  lenses(uri: string): Promise<Lens[]> {
    return this.request('textDocument/codeLens', { textDocument: { uri } }) as Promise<Lens[]>;
  }

  hover(uri: string, position: Pos): Promise<{ contents: { value: string } } | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position }) as Promise<{ contents: { value: string } } | null>;
  }

  profile(uri: string, generator?: string, cancel?: CancellationTokenSource, workDoneToken?: string): Promise<ProfileResponse> {
    return this.request(PROFILE_REQUEST, { uri, generator, workDoneToken }, cancel?.token);
  }

  latestStatus(): ServerStatus | undefined {
    return this.statuses.at(-1);
  }

  async close(): Promise<void> {
    this.closing = true;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    this.proc.kill();
    fs.rmSync(this.storageDir, { recursive: true, force: true });
  }
}

/** A server for one test: started, initialized (with `init`), and shut down whatever the test does. */
export async function withServer(run: (c: LspClient) => Promise<void>, opts: { settings?: Record<string, unknown>; init?: Record<string, unknown>; capabilities?: Record<string, unknown> } = {}): Promise<void> {
  const c = new LspClient();
  if (opts.settings) c.settings = opts.settings;
  try {
    await c.initialize(opts.init, opts.capabilities);
    await run(c);
  } finally {
    await c.close();
  }
}

export { CancellationTokenSource };
