// One bundle per side. Native modules (tree-sitter, onnxruntime-node) stay external: they are
// shipped for the target platform next to the bundle, not inlined.
import * as fs from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/server.js',
    external: ['tree-sitter', 'tree-sitter-cpp', 'onnxruntime-node'],
    banner: { js: '#!/usr/bin/env node' },
  }),
  // The analysis worker (worker_threads) is loaded from beside the server bundle.
  build({
    ...common,
    entryPoints: ['server/src/lsp/analysisWorker.ts'],
    outfile: 'dist/analysisWorker.js',
    external: ['tree-sitter', 'tree-sitter-cpp', 'onnxruntime-node'],
  }),
]);

// The C++ the server compiles on the user's machine (the bench worker for profiles, the pipeline
// dumper for the compiled graph) ships as source beside the bundle: toolchain/workerBuild.ts looks in
// dist/native first.
fs.mkdirSync('dist/native', { recursive: true });
for (const f of fs.readdirSync('server/src/toolchain/native')) {
  if (/\.(cpp|h)$/.test(f)) fs.copyFileSync(`server/src/toolchain/native/${f}`, `dist/native/${f}`);
}
