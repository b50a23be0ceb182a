// One bundle per side. Native modules (tree-sitter, onnxruntime-node) stay external: they are
// shipped for the target platform next to the bundle, not inlined.
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
