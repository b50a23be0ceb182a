// Entry point of the language server over stdio (`halide-lens lsp --stdio`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { HalideLensServer } from './server';

export function startStdioServer(): HalideLensServer {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const server = new HalideLensServer(connection);
  connection.listen();
  return server;
}
