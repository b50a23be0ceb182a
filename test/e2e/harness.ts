// End-to-end harness: package the extension, run a real VS Code (code-server) with it installed, and
// drive it with Debian's Chromium through playwright-core. Every wait is on a condition with a
// deadline, and a failed wait says what it last saw.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { ROOT } from '../paths';

export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER = process.env.HALIDE_LENS_CODE_SERVER ?? path.join(ROOT, '.cache', 'code-server', 'bin', 'code-server');
export const CODE_SERVER_STAMP = path.join(ROOT, '.cache', 'code-server', `.installed-${CODE_SERVER_VERSION}`);
export const CHROMIUM = process.env.HALIDE_LENS_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'out', 'e2e-screenshots');
export const MODEL_FILES = ['models/cost_model.onnx', 'models/cost_model.json'].map((f) => path.join(ROOT, f));

/** A time as the server writes it: "1.23 ms", "870 µs", "2.05 s", "12.0 ns". */
export const TIME_RE = /\d+(?:\.\d+)?\s*(?:ns|µs|us|ms|s)\b/;

/**
 * Why the e2e cannot run here, or undefined when it can. Missing tools are a failure, not a skip, in CI
 * and wherever scripts/setup.sh has installed code-server (its stamp file exists).
 */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(CODE_SERVER)) missing.push(`code-server ${CODE_SERVER_VERSION} (${CODE_SERVER}; run scripts/install-code-server.sh)`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}; apt-get install chromium)`);
  return missing;
}

export function mustRun(): boolean {
  return !!process.env.CI || fs.existsSync(CODE_SERVER_STAMP);
}

export function modelPresent(): boolean {
  return MODEL_FILES.every((f) => fs.existsSync(f));
}

/** `npm run package` into `dir`; a development package (and a loud note) when the model is missing. */
export function packageVsix(dir: string): string {
  const out = path.join(dir, 'halide-lens-linux-x64.vsix');
  const args = [path.join(ROOT, 'scripts', 'package.mjs'), '--out', out];
  if (!modelPresent()) {
    console.error('\n!!! e2e: models/cost_model.onnx is missing; testing a development package without the model.\n');
    args.push('--allow-missing-model');
  }
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging failed (run \`npm run build\` first?):\n${r.stderr}${r.stdout}`);
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface WaitOptions<T> {
  everyMs?: number;
  /** A final state that the awaited one can no longer follow: returns why, and the wait fails at once. */
  hopeless?: (v: T) => string | undefined;
}

const shown = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 1500 ? `${s.slice(0, 1500)}…` : s;
};

/** Polls `probe` until it returns a value that `ok` accepts; the error names `what` and the last value. */
export async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number, opts: WaitOptions<T> = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (ok(last)) return last;
      const why = opts.hopeless?.(last);
      if (why) throw new HopelessError(`gave up waiting for ${what}: ${why}; last seen: ${shown(last)}`);
    } catch (e) {
      if (e instanceof HopelessError) throw e;
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError !== undefined ? `error: ${lastError instanceof Error ? lastError.message : lastError}` : `last seen: ${shown(last)}`;
      throw new Error(`timed out after ${(timeoutMs / 1000).toFixed(0)} s waiting for ${what}; ${seen}`);
    }
    await sleep(opts.everyMs ?? 250);
  }
}

class HopelessError extends Error {}

/** A code-server with its own user data, extensions and config in a temporary directory. */
export class CodeServer {
  readonly dir: string;
  readonly userData: string;
  readonly extensions: string;
  readonly workspace: string;
  readonly config: string;
  readonly log: string;
  port = 0;
  private proc?: ChildProcess;
  private exited?: string;

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-e2e-'));
    this.userData = path.join(this.dir, 'user-data');
    this.extensions = path.join(this.dir, 'extensions');
    this.workspace = path.join(this.dir, 'workspace');
    this.config = path.join(this.dir, 'config.yaml');
    this.log = path.join(this.dir, 'code-server.log');
    for (const d of [this.userData, this.extensions, this.workspace, path.join(this.userData, 'User')]) fs.mkdirSync(d, { recursive: true });
    // Our own config file, so code-server neither reads nor writes ~/.config/code-server.
    fs.writeFileSync(this.config, 'auth: none\ncert: false\n');
    fs.writeFileSync(path.join(this.userData, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'editor.inlayHints.enabled': 'on',
      'editor.codeLens': true,
      'editor.minimap.enabled': false,
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'files.autoSave': 'off',
    }, null, 2));
  }

  private baseArgs(): string[] {
    return ['--config', this.config, '--user-data-dir', this.userData, '--extensions-dir', this.extensions];
  }

  installExtension(vsix: string): void {
    const r = spawnSync(CODE_SERVER, [...this.baseArgs(), '--install-extension', vsix, '--force'], { encoding: 'utf8', timeout: 120_000 });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${out}`);
  }

  listExtensions(): string[] {
    const r = spawnSync(CODE_SERVER, [...this.baseArgs(), '--list-extensions', '--show-versions'], { encoding: 'utf8', timeout: 60_000 });
    return (r.stdout ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  }

  /** Starts code-server in its own process group (so `stop` ends every process it spawned). */
  async start(): Promise<void> {
    this.port = await freePort();
    const logFd = fs.openSync(this.log, 'a');
    this.proc = spawn(CODE_SERVER, [
      ...this.baseArgs(), '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--ignore-last-opened', this.workspace,
    ], { detached: true, stdio: ['ignore', logFd, logFd] });
    fs.closeSync(logFd);
    this.proc.on('exit', (code, signal) => { this.exited = `exit ${code ?? signal}`; });
    await waitFor(`code-server on port ${this.port} to answer /healthz`, async () => {
      if (this.exited) throw new Error(`code-server ${this.exited}:\n${this.logTail()}`);
      const res = await fetch(`${this.url}/healthz`);
      return res.status;
    }, (s) => s === 200, 90_000, { everyMs: 300 }).catch((e) => { throw new Error(`${e.message}\n--- code-server log ---\n${this.logTail()}`); });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  logTail(lines = 40): string {
    try {
      return fs.readFileSync(this.log, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** The tail of the extension's "Halide Lens" output channel (the server logs its failures there). */
  extensionLogTail(lines = 30): string {
    const found: string[] = [];
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/Halide Lens.*\.log$/.test(e.name)) found.push(p);
      }
    };
    try { walk(path.join(this.userData, 'logs')); } catch { /* no logs yet */ }
    return found.map((f) => `${path.basename(f)}:\n${fs.readFileSync(f, 'utf8').split('\n').slice(-lines).join('\n')}`).join('\n') || '(no Halide Lens output channel log)';
  }

  /** SIGTERM to the whole process group, SIGKILL after 5 s if anything is left. */
  async stop(): Promise<void> {
    const pid = this.proc?.pid;
    if (pid === undefined) return;
    const alive = () => { try { process.kill(-pid, 0); return true; } catch { return false; } };
    try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 5000;
    while (alive() && Date.now() < deadline) await sleep(100);
    if (alive()) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
    this.proc = undefined;
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
