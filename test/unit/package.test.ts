// `npm run package`: the linux-x64 .vsix holds the bundles, the model, the grammar and the runtime
// native modules for linux-x64, and nothing else. Needs a build (dist/), as `npm test` does first.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../paths';

interface ZipEntry { name: string; size: number }
interface PackageModule {
  listZip(file: string): ZipEntry[];
  readZipEntry(file: string, name: string): Buffer;
}

const SCRIPT = path.join(ROOT, 'scripts', 'package.mjs');
const MODEL = ['models/cost_model.onnx', 'models/cost_model.json'];
const modelPresent = MODEL.every((f) => fs.existsSync(path.join(ROOT, f)));

/** Every file in extension/ must match one of these (an allowlist written independently of .vscodeignore). */
const ALLOWED: RegExp[] = [
  /^package\.json$/, /^readme\.md$/, /^LICENSE\.txt$/,
  /^dist\/(client|server|analysisWorker)\.js$/,
  /^dist\/native\/[\w.-]+\.(cpp|h)$/,
  /^grammars\/[^/]+\.json$/,
  /^models\/cost_model\.(onnx|json)$/,
  /^dist\/node_modules\/tree-sitter\/(package\.json|index\.js|LICENSE|prebuilds\/linux-x64\/tree-sitter\.node)$/,
  /^dist\/node_modules\/tree-sitter-cpp\/(package\.json|LICENSE|bindings\/node\/index\.js|src\/node-types\.json|prebuilds\/linux-x64\/tree-sitter-cpp\.node)$/,
  /^dist\/node_modules\/node-gyp-build\/(package\.json|LICENSE|index\.js|node-gyp-build\.js)$/,
  /^dist\/node_modules\/onnxruntime-node\/(package\.json|dist\/[\w-]+\.js|bin\/napi-v\d+\/linux\/x64\/[^/]+)$/,
  /^dist\/node_modules\/onnxruntime-common\/(package\.json|dist\/cjs\/([\w-]+\.js|package\.json))$/,
];

const REQUIRED = [
  'package.json', 'readme.md', 'dist/client.js', 'dist/server.js', 'dist/analysisWorker.js', 'grammars/halide-schedule.injection.tmLanguage.json',
  'dist/node_modules/tree-sitter/prebuilds/linux-x64/tree-sitter.node',
  'dist/node_modules/tree-sitter-cpp/prebuilds/linux-x64/tree-sitter-cpp.node',
  'dist/node_modules/onnxruntime-node/bin/napi-v6/linux/x64/onnxruntime_binding.node',
  'dist/node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime.so.1',
  'dist/node_modules/onnxruntime-common/dist/cjs/index.js',
  // Compiled on the user's machine: profiling and the compiled graph need them.
  'dist/native/bench_worker.cpp', 'dist/native/pipeline_dump.cpp',
];

let dir: string;
let vsix: string;
let zip: PackageModule;
let entries: ZipEntry[];

function runPackage(out: string, extra: string[] = []) {
  return spawnSync(process.execPath, [SCRIPT, '--out', out, ...extra], { cwd: ROOT, encoding: 'utf8' });
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-package-test-'));
  vsix = path.join(dir, 'halide-lens-linux-x64.vsix');
  const r = runPackage(vsix, modelPresent ? [] : ['--allow-missing-model']);
  assert.equal(r.status, 0, `scripts/package.mjs failed (is dist/ built?):\n${r.stderr}${r.stdout}`);
  const modulePath: string = pathToFileURL(SCRIPT).href;
  zip = (await import(modulePath)) as PackageModule;
  entries = zip.listZip(vsix);
  const mb = fs.statSync(vsix).size / 1024 / 1024;
  console.log(`package: ${entries.length} entries, ${mb.toFixed(1)} MB`);
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the .vsix holds only allowlisted files under extension/', () => {
  const outside = entries.map((e) => e.name).filter((n) => !n.startsWith('extension/') && n !== 'extension.vsixmanifest' && n !== '[Content_Types].xml');
  assert.deepEqual(outside, []);
  const files = entries.map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
  const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(stray, [], 'files outside the allowlist');
  for (const f of files) {
    assert.doesNotMatch(f, /(^|\/)(test|out|corpus|data|training|bench)\//, f);
    assert.doesNotMatch(f, /darwin|win32|arm64|\.map$|\.ts$/, f);
  }
});

test('the .vsix holds the bundles, the grammar and the linux-x64 native modules', () => {
  const files = new Set(entries.map((e) => e.name.replace(/^extension\//, '')));
  for (const f of REQUIRED) assert.ok(files.has(f), `missing ${f}`);
  const size = (f: string) => entries.find((e) => e.name === `extension/${f}`)?.size ?? 0;
  assert.ok(size('dist/server.js') > 10_000, 'server bundle is not empty');
  assert.ok(size('dist/node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime.so.1') > 1_000_000);
});

test('the .vsix is platform-specific: linux-x64', () => {
  const manifest = zip.readZipEntry(vsix, 'extension.vsixmanifest').toString('utf8');
  assert.match(manifest, /TargetPlatform="linux-x64"/);
  const pkg = JSON.parse(zip.readZipEntry(vsix, 'extension/package.json').toString('utf8'));
  assert.equal(pkg.main, './dist/client.js');
});

test('the model ships in the .vsix, and packaging without it fails loudly', (t) => {
  const files = new Set(entries.map((e) => e.name.replace(/^extension\//, '')));
  if (modelPresent) {
    for (const f of MODEL) assert.ok(files.has(f), `missing ${f}`);
    return;
  }
  const r = runPackage(path.join(dir, 'strict.vsix'));
  assert.notEqual(r.status, 0, 'packaging must fail without the model');
  assert.match(r.stderr, /cost model is missing/);
  t.diagnostic('models/cost_model.onnx is missing in this checkout: `npm run package` refuses, as it should');
});

test('the .vsix is well under 50 MB', () => {
  const mb = fs.statSync(vsix).size / 1024 / 1024;
  assert.ok(mb < 50, `${mb.toFixed(1)} MB`);
});
