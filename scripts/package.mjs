// Builds the platform-specific .vsix: `npm run package` (after `npm run build`).
//
// Files are staged into a temporary directory outside the repository, exactly the ones the extension
// needs at run time for the target platform, and vsce packs that directory with --no-dependencies
// (no `npm list`, which fails on this tree, and nothing picked up by accident). vsce never packs a
// top-level node_modules/ in that mode, so the native modules and their runtime JS are staged as
// dist/node_modules/, where Node's resolution from dist/server.js finds them first. Before packing,
// the staged server is started once from the stage (outside the repository, so the repository's
// node_modules can't stand in), so a runtime file missing from the list below fails here, not for a
// user. After packing, the .vsix's listing must equal the staged list exactly: .vscodeignore (an
// allowlist over the staged layout) may neither drop a staged file nor let anything else in.
//
//   node scripts/package.mjs [--target linux-x64] [--out FILE.vsix] [--allow-missing-model] [--keep-stage]
//   node scripts/package.mjs --list FILE.vsix      prints the .vsix's entries as JSON
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_FILES = ['models/cost_model.onnx', 'models/cost_model.json'];
/** Files vsce renames on the way into the .vsix. */
const VSCE_RENAMED = { 'README.md': 'readme.md', LICENSE: 'LICENSE.txt' };
const TARGETS = { 'linux-x64': { platform: 'linux', arch: 'x64' } };

/** Where a repository file goes in the extension: node_modules/ moves under dist/ (see above). */
export function stagedPath(rel) {
  return rel.startsWith('node_modules/') ? `dist/${rel}` : rel;
}

/** Files (relative to the repository root) that go into the extension for `target`. */
export function stagedFiles(target, { allowMissingModel = false } = {}) {
  const t = TARGETS[target];
  if (!t) throw new Error(`unsupported target ${target}; supported: ${Object.keys(TARGETS).join(', ')}`);
  const prebuild = `${t.platform}-${t.arch}`;
  const files = [];
  const need = (rel) => {
    if (!fs.existsSync(path.join(ROOT, rel))) throw new Error(`missing ${rel}`);
    files.push(rel);
  };
  const optional = (rel) => fs.existsSync(path.join(ROOT, rel)) && files.push(rel);
  const tree = (dir, keep = () => true) => {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) throw new Error(`missing ${dir}/`);
    const found = fs.readdirSync(abs, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(ROOT, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
      .filter(keep);
    if (found.length === 0) throw new Error(`nothing to ship in ${dir}/`);
    files.push(...found);
  };

  for (const f of ['package.json', 'README.md', 'dist/client.js', 'dist/server.js', 'dist/analysisWorker.js']) need(f);
  optional('LICENSE');
  tree('grammars', (f) => /^grammars\/[^/]+\.json$/.test(f));
  // The C++ compiled on the user's machine: the profiler's bench worker and the compiled graph's dumper.
  tree('dist/native', (f) => /^dist\/native\/[\w.-]+\.(cpp|h)$/.test(f));

  const missingModel = MODEL_FILES.filter((f) => !fs.existsSync(path.join(ROOT, f)));
  if (missingModel.length > 0 && !allowMissingModel) {
    throw new Error(`the cost model is missing: ${missingModel.join(', ')} not found. The extension ships ` +
      'the trained model; train and export it first (see training/), or pass --allow-missing-model for a ' +
      'development package that predicts nothing.');
  }
  for (const f of MODEL_FILES) optional(f);

  // tree-sitter: the JS entry point, the prebuilt addon for this platform, node-gyp-build to load it.
  const ts = 'node_modules/tree-sitter';
  for (const f of ['package.json', 'index.js', 'LICENSE']) need(`${ts}/${f}`);
  tree(`${ts}/prebuilds/${prebuild}`);
  const cpp = 'node_modules/tree-sitter-cpp';
  for (const f of ['package.json', 'LICENSE', 'bindings/node/index.js', 'src/node-types.json']) need(`${cpp}/${f}`);
  tree(`${cpp}/prebuilds/${prebuild}`);
  const ngb = 'node_modules/node-gyp-build';
  for (const f of ['package.json', 'LICENSE', 'index.js', 'node-gyp-build.js']) need(`${ngb}/${f}`);

  // onnxruntime-node: its CommonJS entry, the CPU binaries for this platform only (all platforms are
  // ~288 MB), and onnxruntime-common's CommonJS build.
  const ort = 'node_modules/onnxruntime-node';
  need(`${ort}/package.json`);
  tree(`${ort}/dist`, (f) => f.endsWith('.js'));
  const napi = fs.readdirSync(path.join(ROOT, ort, 'bin')).filter((d) => d.startsWith('napi-v'));
  if (napi.length === 0) throw new Error(`${ort}/bin/napi-v*/ not found`);
  for (const d of napi) tree(`${ort}/bin/${d}/${t.platform}/${t.arch}`);
  const common = 'node_modules/onnxruntime-common';
  need(`${common}/package.json`);
  tree(`${common}/dist/cjs`, (f) => f.endsWith('.js') || f.endsWith('/package.json'));

  return { files: [...new Set(files)].sort(), missingModel };
}

/** Entry names of a zip file (the .vsix), from its central directory. */
export function listZip(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size, method: buf.readUInt16LE(p + 10), compressed: buf.readUInt32LE(p + 20), offset: buf.readUInt32LE(p + 42) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The contents of one entry of a zip file (stored or deflated). */
export function readZipEntry(file, name) {
  const e = listZip(file).find((x) => x.name === name);
  if (!e) throw new Error(`${file} has no entry ${name}`);
  const buf = fs.readFileSync(file);
  if (buf.readUInt32LE(e.offset) !== 0x04034b50) throw new Error(`${file}: bad local header for ${name}`);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${file}: ${name} uses compression method ${e.method}`);
}

function copyInto(stage, files) {
  for (const f of files) {
    const dest = path.join(stage, stagedPath(f));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), dest);
  }
  fs.copyFileSync(path.join(ROOT, '.vscodeignore'), path.join(stage, '.vscodeignore'));
}

/** The staged server must start from the stage alone: parse a generator, load onnxruntime. */
function smokeTest(stage) {
  const server = path.join(stage, 'dist', 'server.js');
  const gen = path.join(ROOT, 'corpus', 'brighten.cpp');
  const graph = spawnSync(process.execPath, [server, 'graph', gen, '--json'], { cwd: stage, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
  if (graph.status !== 0 || !graph.stdout.includes('"stages"')) {
    throw new Error(`the staged server could not parse ${gen} (a runtime file is missing from the package?):\n${graph.stderr || graph.stdout}`);
  }
  const ort = spawnSync(process.execPath, ['-e', "require('onnxruntime-node'); console.log('ok')"], { cwd: path.join(stage, 'dist'), encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
  if (ort.status !== 0 || ort.stdout.trim() !== 'ok') throw new Error(`onnxruntime-node does not load from the stage:\n${ort.stderr}`);
}

function parseArgs(argv) {
  const opts = { target: 'linux-x64', out: undefined, allowMissingModel: false, keepStage: false, list: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--target') opts.target = argv[++i];
    else if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '--allow-missing-model') opts.allowMissingModel = true;
    else if (a === '--keep-stage') opts.keepStage = true;
    else if (a === '--list') opts.list = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

export function packageVsix({ target = 'linux-x64', out, allowMissingModel = false, keepStage = false } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  out ??= path.join(ROOT, `${pkg.name}-${target}-${pkg.version}.vsix`);
  const { files, missingModel } = stagedFiles(target, { allowMissingModel });
  if (missingModel.length > 0) {
    console.error(`\n!!! package: WARNING: the cost model is missing (${missingModel.join(', ')}); this development ` +
      'package predicts nothing. Do not ship it.\n');
  }
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-package-'));
  try {
    copyInto(stage, files);
    smokeTest(stage);
    const args = ['package', '--no-dependencies', '--target', target, '--allow-missing-repository', '--out', out];
    if (!files.includes('LICENSE')) args.push('--skip-license');
    const vsce = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), ...args], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (vsce.status !== 0) throw new Error(`vsce package failed:\n${vsce.stdout}\n${vsce.stderr}`);
    const packed = new Set(listZip(out).map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)));
    const staged = new Set(files.map(stagedPath).map((f) => VSCE_RENAMED[f] ?? f));
    const lost = [...staged].filter((f) => !packed.has(f));
    if (lost.length > 0) throw new Error(`.vscodeignore dropped staged files (allow them there): ${lost.join(', ')}`);
    const extra = [...packed].filter((f) => !staged.has(f));
    if (extra.length > 0) throw new Error(`the .vsix holds files that were not staged: ${extra.join(', ')}`);
  } finally {
    if (keepStage) console.error(`package: stage kept in ${stage}`);
    else fs.rmSync(stage, { recursive: true, force: true });
  }
  return { out, files, missingModel, bytes: fs.statSync(out).size };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.list) {
      console.log(JSON.stringify(listZip(opts.list).map(({ name, size }) => ({ name, size })), null, 1));
    } else {
      const t0 = Date.now();
      const r = packageVsix(opts);
      const mb = (r.bytes / 1024 / 1024).toFixed(1);
      console.log(`package: ${path.relative(process.cwd(), r.out)}: ${mb} MB, ${r.files.length} files, ${opts.target}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } catch (e) {
    console.error(`package: ERROR: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
