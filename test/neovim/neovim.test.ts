// Halide Lens in a second real editor: Debian's Neovim 0.7, headless, with only its built-in LSP client
// and editors/neovim/halide-lens.lua (the configuration the README shows) as its init file. A Lua
// driver (driver.lua) waits for the client, the code lenses with the predicted total, a hover on a
// Func and the missing-estimates diagnostics, and writes what it saw as JSON; the asserts are here.
// Needs `nvim` (scripts/setup.sh installs it): skipped loudly without it, except in CI where it fails.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS, ROOT } from '../paths';

const CONFIG = path.join(ROOT, 'editors', 'neovim', 'halide-lens.lua');
const DRIVER = path.join(ROOT, 'test', 'neovim', 'driver.lua');
/** The whole Neovim run; the driver's own waits are shorter (WAIT_MS each). */
const HARD_TIMEOUT_MS = 150_000;
const WAIT_MS = 90_000;

const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
let skip: string | false = false;
if (nvimVersion.error || nvimVersion.status !== 0) {
  const why = `Neovim test SKIPPED: nvim not found (${nvimVersion.error?.message ?? nvimVersion.stderr}). Run scripts/setup.sh to install it.`;
  if (process.env.CI) throw new Error(why.replace('SKIPPED', 'cannot run'));
  skip = why;
  console.error(`\n${'!'.repeat(100)}\n!!! ${skip}\n${'!'.repeat(100)}\n`);
}

interface Lens { title: string | null; command: string | null; line: number }
interface Diag { code: string | null; message: string; line: number; severity: number; source: string | null }
interface Result {
  error?: string;
  filetype: string;
  attached: boolean;
  client?: { name: string; root_dir: string; cmd: string[]; id: number };
  server_has?: { codeLens: boolean; hover: boolean; inlayHint: boolean };
  keymap_K?: { buffer: boolean; desc: string | null; lua: boolean };
  lenses_ready?: boolean;
  lenses?: Lens[];
  displayed?: { line: number; text: string }[];
  hover_at?: { line: number; character: number };
  hover?: { kind: string | null; value: string | null };
  hover_error?: string;
  diagnostics?: Diag[];
  noest_ready?: boolean;
  noest_client?: number | null;
  noest_diagnostics?: Diag[];
  timings: Record<string, number>;
}

/** The process group is gone (ESRCH), or still has members after waitMs. */
async function groupGone(pgid: number, waitMs: number): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Run { code: number | null; signal: string | null; timedOut: boolean; leftBehind: boolean; stderr: string; result: Result | null; ms: number }

async function runNeovim(dir: string, file: string, env: NodeJS.ProcessEnv, args: string[]): Promise<Run> {
  const t0 = Date.now();
  // Own process group (detached), so the hard timeout takes the language server down with it.
  const child = spawn('nvim', ['--headless', '--clean', '-u', CONFIG, ...args, '-c', `luafile ${DRIVER}`, file], {
    cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }, HARD_TIMEOUT_MS);
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  // Neovim stops its language servers on exit (shutdown, exit, then a kill after 500 ms).
  const leftBehind = !(await groupGone(child.pid!, 5000));
  if (leftBehind) try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone meanwhile */ }
  const resultFile = env.HALIDE_LENS_TEST_RESULT!;
  const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Result : null;
  return { code, signal, timedOut, leftBehind, stderr, result, ms: Date.now() - t0 };
}

test('the README shows editors/neovim/halide-lens.lua verbatim', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## In Neovim$/m)[1]?.split(/^## /m)[0];
  assert.ok(section, 'README.md has an "## In Neovim" section');
  // The configuration is the section's last ```lua block (an init.lua snippet comes before it).
  const blocks = [...section.matchAll(/^```lua\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.ok(blocks.length > 0, 'the "In Neovim" section has a ```lua block');
  const shown = blocks[blocks.length - 1].split('\n');
  const file = fs.readFileSync(CONFIG, 'utf8').split('\n');
  const i = shown.findIndex((l, k) => l !== file[k]);
  const at = i >= 0 ? i : shown.length < file.length ? shown.length : -1;
  assert.equal(at, -1, `README.md's block differs from editors/neovim/halide-lens.lua at line ${at + 1}:\n  README: ${JSON.stringify(shown[at])}\n  file:   ${JSON.stringify(file[at])}`);
});

test('Neovim 0.7 with editors/neovim/halide-lens.lua: client, code lenses, hover and diagnostics', { skip, timeout: HARD_TIMEOUT_MS + 30_000 }, async () => {
  assert.match(nvimVersion.stdout, /^NVIM v0\.(\d+)/, 'nvim --version');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-nvim-'));
  try {
    const brighten = path.join(dir, 'brighten.cpp');
    const noest = path.join(dir, 'brighten_noest.cpp');
    const text = fs.readFileSync(path.join(CORPUS, 'brighten.cpp'), 'utf8');
    fs.writeFileSync(brighten, text);
    fs.writeFileSync(noest, text.split('\n').filter((l) => !/set_estimate/.test(l)).join('\n'));
    // Neovim's (and the server's) state, logs and caches go to the temp dir; the server path is the
    // configuration's default (this checkout's dist/server.js).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'),
      XDG_STATE_HOME: path.join(dir, 'state'), XDG_CACHE_HOME: path.join(dir, 'cache'),
      HALIDE_LENS_TEST_RESULT: path.join(dir, 'result.json'),
      HALIDE_LENS_TEST_NOEST: noest,
      HALIDE_LENS_TEST_TIMEOUT_MS: String(WAIT_MS),
    };
    delete env.HALIDE_LENS_SERVER;
    // A setting through vim.g.halide_lens_settings: predictions for 1 thread, which the lens then says.
    const run = await runNeovim(dir, brighten, env, ['--cmd', 'lua vim.g.halide_lens_settings = { threads = 1 }']);
    const r = run.result;
    const context = `\nnvim exit ${run.code}${run.signal ? ` (${run.signal})` : ''} after ${run.ms} ms; output:\n${run.stderr}\nresult: ${JSON.stringify(r, null, 1)}`;
    console.log(`nvim run: ${run.ms} ms; driver timings (ms since it started): ${JSON.stringify(r?.timings)}`);

    assert.equal(run.timedOut, false, `nvim was killed after ${HARD_TIMEOUT_MS} ms${context}`);
    assert.ok(r, `the driver wrote no result${context}`);
    assert.equal(r.error, undefined, `the driver failed${context}`);
    assert.equal(run.code, 0, `nvim exit code${context}`);
    assert.equal(run.leftBehind, false, `processes of nvim's group were still running 5 s after it exited${context}`);

    assert.equal(r.filetype, 'cpp');
    assert.ok(r.attached, `no initialized halide-lens client on the cpp buffer within ${WAIT_MS} ms${context}`);
    assert.equal(r.client?.name, 'halide-lens');
    assert.deepEqual(r.client?.cmd, ['node', path.join(ROOT, 'dist', 'server.js'), 'lsp', '--stdio'], 'default server path: this checkout');
    assert.equal(fs.realpathSync(r.client!.root_dir), fs.realpathSync(dir), 'root_dir: no project markers, so the file\'s directory');
    assert.deepEqual(r.keymap_K, { buffer: true, desc: 'Halide Lens: hover (predicted times of the Func)', lua: true }, 'K is mapped to the hover on attach');

    assert.ok(r.lenses_ready, `no code lens starting "Predicted " within ${WAIT_MS} ms${context}`);
    const titles = (r.lenses ?? []).map((l) => l.title);
    assert.equal(titles.length, 2, `one generator: the predicted total and the profile lens${context}`);
    assert.match(titles[0] ?? '', /^Predicted \d[\d.]* (ms|µs|s) ±\d+% \(1 thread\)$/, 'predicted total, for the 1 thread the setting asked for');
    assert.equal(r.lenses![1].title, 'Profile on this machine');
    assert.equal(r.lenses![1].command, 'halide-lens.profile');
    const classLine = text.split('\n').findIndex((l) => l.startsWith('class Brighten'));
    assert.deepEqual(r.lenses!.map((l) => l.line), [classLine, classLine], 'on the generator class');
    assert.deepEqual(r.displayed, [{ line: classLine, text: `${titles[0]} | Profile on this machine` }], 'shown as virtual text');

    assert.ok(r.hover, `no hover at ${JSON.stringify(r.hover_at)}: ${r.hover_error ?? 'empty result'}${context}`);
    assert.equal(r.hover.kind, 'markdown');
    assert.match(r.hover.value ?? '', /^\*\*Func `output`\*\* \(output\)/, 'the hover names the Func');
    assert.match(r.hover.value ?? '', /predicted \d[\d.]* (ms|µs|s) \(\d+% of the pipeline\)/, 'and its predicted time');
    assert.deepEqual(r.diagnostics, [], 'brighten.cpp has estimates: no diagnostics');

    assert.ok(r.noest_ready, `no missing-estimates diagnostic on brighten_noest.cpp within ${WAIT_MS} ms${context}`);
    assert.equal(r.noest_client, r.client!.id, 'the second buffer of the same root shares the client');
    assert.deepEqual(r.noest_diagnostics!.map((d) => [d.code, d.source, d.severity, d.message.replace(/:.*/, '')]), [
      ['missing-estimates', 'halide-lens', 2, "Input 'input' has no estimates"],
      ['missing-estimates', 'halide-lens', 2, "Input 'amount' has no estimate (set_estimate)"],
      ['missing-estimates', 'halide-lens', 2, "Output 'output' has no estimates"],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
