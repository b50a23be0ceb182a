// One bundle per side. Native modules (tree-sitter, onnxruntime-node) stay external: they are
// shipped for the target platform next to the bundle, not inlined.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { build } from 'esbuild';

// server/src/lsp/protocol.ts builds its message types with vscode-languageserver-protocol 3.17.5, the copy
// vscode-languageclient 9 uses; vscode-languageserver 10 has its own (3.18.4). The server uses only their
// method names (lsp/typedConnection.ts), so its bundle takes the server library's copy instead of
// carrying both (about 290 KB).
const require = createRequire(import.meta.url);
const serverLibrary = path.dirname(require.resolve('vscode-languageserver'));
const serverProtocolCopy = {
  name: 'server-protocol-copy',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({ path: require.resolve('vscode-languageserver-protocol', { paths: [serverLibrary] }) }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/server.js',
    external: ['tree-sitter', 'tree-sitter-cpp', 'onnxruntime-node'],
    banner: { js: '#!/usr/bin/env node' },
    plugins: [serverProtocolCopy],
  }),
  // The analysis worker (worker_threads) is loaded from beside the server bundle.
  build({
    ...common,
    entryPoints: ['server/src/lsp/analysisWorker.ts'],
    outfile: 'dist/analysisWorker.js',
    external: ['tree-sitter', 'tree-sitter-cpp', 'onnxruntime-node'],
  }),
]);
