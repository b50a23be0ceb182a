// Entry point of the language server over stdio (`halide-lens lsp --stdio`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { removeTempCopies } from './profile';
import { HalideLensServer } from './server';

export function startStdioServer(): HalideLensServer {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // An editor that answers a server request with an error must not take the server down with it.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`halide-lens: unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`);
  });
  // An editor may stop us with SIGTERM: exit normally so exit hooks (temp copies, toolchain children) run.
  process.on('SIGTERM', () => process.exit(0));
  process.on('exit', () => {
    try { removeTempCopies(); } catch { /* best effort */ }
  });
  const server = new HalideLensServer(connection);
  connection.listen();
  return server;
}
