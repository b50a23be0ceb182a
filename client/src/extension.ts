// The VS Code side: start the Halide Lens server and register the commands. No analysis here.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { readConfig } from './config';
import { STAGE_GRAPH_REQUEST } from './lsp_ext';

let client: LanguageClient | undefined;

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const config = readConfig();
  const module = config.serverPath ?? context.asAbsolutePath(path.join('dist', 'server.js'));
  return {
    run: { module, transport: TransportKind.stdio, args: ['lsp', '--stdio'] },
    debug: { module, transport: TransportKind.stdio, args: ['lsp', '--stdio'] },
  };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'cpp' }, { scheme: 'untitled', language: 'cpp' }],
    outputChannelName: 'Halide Lens',
  };
  client = new LanguageClient('halideLens', 'Halide Lens', serverOptions(context), clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('halideLens.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.commands.registerCommand('halideLens.showStageGraph', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const graph = await client.sendRequest(STAGE_GRAPH_REQUEST, { uri: editor.document.uri.toString() });
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(graph, null, 2) });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
