// The VS Code side: start the Halide Lens server, register the commands, show its status. No
// analysis here: hints, lenses, hover, diagnostics and quick fixes come from the server over LSP.
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient, State, TransportKind, WorkDoneProgress, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { readConfig } from './config';
import { stageGraphHtml } from './graphView';
import {
  PROFILE_REQUEST, STAGE_COSTS_REQUEST, STATUS_NOTIFICATION, TRUST_NOTIFICATION, type ProfileParams, type ProfileResponse,
} from './lsp_ext';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: StatusBar;

const UNTRUSTED_MESSAGE = 'Halide Lens: profiling is disabled in an untrusted workspace. "Profile on this machine" compiles the generator '
  + 'and runs the program Halide builds from it, so it would execute code from this workspace. Predictions, hints and diagnostics still work.';

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const config = readConfig();
  const module = config.serverPath ?? context.asAbsolutePath(path.join('dist', 'server.js'));
  return {
    run: { module, transport: TransportKind.stdio, args: ['lsp', '--stdio'] },
    debug: { module, transport: TransportKind.stdio, args: ['lsp', '--stdio'] },
  };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const storage = context.storageUri ?? context.globalStorageUri;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'cpp' }, { scheme: 'untitled', language: 'cpp' }],
    outputChannel: output,
    synchronize: { configurationSection: 'halideLens' },
    initializationOptions: { storageDir: storage.fsPath, workspaceTrusted: vscode.workspace.isTrusted, clientCommands: true },
  };
  const c = new LanguageClient('halideLens', 'Halide Lens', serverOptions(context), clientOptions);
  c.onDidChangeState((e) => {
    if (e.newState === State.Stopped) status.stopped('it stopped (see the Halide Lens output)');
    if (e.newState === State.Starting) status.starting();
  });
  client = c;
  status.starting();
  try {
    await c.start();
  } catch (err) {
    status.stopped((err as Error).message);
    output.appendLine(`Halide Lens: the server did not start: ${(err as Error).message}`);
    throw err;
  }
  output.appendLine(`[${new Date().toLocaleTimeString()}] server started (${readConfig().serverPath ?? 'bundled server'})`);
  let lastSaid = '';
  c.onNotification(STATUS_NOTIFICATION, (s) => {
    status.update(s);
    // Log what changed in the model and toolchain state (not every busy/idle flip).
    const said = `model ${s.model.state}${s.model.error ? ` (${s.model.error})` : ''}, toolchain ${s.toolchain.state}${s.toolchain.error ? ` (${s.toolchain.error})` : ''}`;
    if (said !== lastSaid && s.model.state !== 'loading') output.appendLine(`[${new Date().toLocaleTimeString()}] ${said}`);
    lastSaid = said;
  });
}

function running(): LanguageClient | undefined {
  if (client?.state === State.Running) return client;
  void vscode.window.showWarningMessage('Halide Lens: the server is not running. Run "Halide Lens: Restart Server".');
  return undefined;
}

/** Per-Func table of a profile, for the output channel. */
function logProfile(r: ProfileResponse): void {
  output.appendLine(`[${new Date().toLocaleTimeString()}] ${r.message}`);
  if (r.summary) {
    for (const row of [...r.summary.rows].sort((a, b) => b.ms - a.ms)) {
      output.appendLine(`    ${row.func.padEnd(28)} ${row.ms.toFixed(3).padStart(10)} ms  ${(100 * row.share).toFixed(0).padStart(3)}%  threads ${row.threads.toFixed(2)}`);
    }
    if (r.summary.inlined.length) output.appendLine(`    inlined (timed inside their consumers): ${r.summary.inlined.join(', ')}`);
  }
}

async function profileCommand(args?: ProfileParams): Promise<ProfileResponse | undefined> {
  if (!vscode.workspace.isTrusted) {
    const pick = await vscode.window.showWarningMessage(UNTRUSTED_MESSAGE, 'Manage Workspace Trust');
    if (pick) await vscode.commands.executeCommand('workbench.trust.manage');
    return undefined;
  }
  const c = running();
  if (!c) return undefined;
  const uri = args?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri) {
    void vscode.window.showInformationMessage('Halide Lens: open a Halide generator to profile it.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Halide Lens: profiling ${args?.generator ?? path.basename(vscode.Uri.parse(uri).path)}`, cancellable: true },
    async (progress, token) => {
      const workDoneToken = crypto.randomUUID();
      const sub = c.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind !== 'end' && v.message) progress.report({ message: v.message });
      });
      try {
        return await c.sendRequest(PROFILE_REQUEST, { uri, generator: args?.generator, workDoneToken }, token);
      } catch (err) {
        if (token.isCancellationRequested) return undefined;
        throw err;
      } finally {
        sub.dispose();
      }
    },
  );
  if (!result) {
    output.appendLine('Profile cancelled.');
    return undefined;
  }
  logProfile(result);
  if (result.ok) {
    const pick = await vscode.window.showInformationMessage(result.message, 'Show Stage Graph');
    if (pick) await vscode.commands.executeCommand('halideLens.showStageGraph');
  } else if (result.error?.step === 'cancelled') {
    void vscode.window.showInformationMessage('Halide Lens: profile cancelled.');
  } else {
    const extra = result.diagnostics ? ` (${result.diagnostics} problem${result.diagnostics === 1 ? '' : 's'} marked in the editor)` : '';
    const pick = await vscode.window.showErrorMessage(`${result.message}${extra}`, 'Show Output');
    if (pick) output.show(true);
  }
  return result;
}

let panel: vscode.WebviewPanel | undefined;

async function showStageGraph(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const c = running();
  if (!c) return;
  const uri = editor?.document.languageId === 'cpp' ? editor.document.uri : undefined;
  if (!uri) {
    void vscode.window.showInformationMessage('Halide Lens: open a Halide generator to see its stage graph.');
    return;
  }
  const costs = await c.sendRequest(STAGE_COSTS_REQUEST, { uri: uri.toString() });
  if (!costs) {
    void vscode.window.showInformationMessage('Halide Lens: this document is not open in the server yet.');
    return;
  }
  const title = `Stage graph: ${path.basename(uri.path)}`;
  panel ??= (() => {
    const p = vscode.window.createWebviewPanel('halideLens.stageGraph', title, vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
    p.onDidDispose(() => { panel = undefined; });
    return p;
  })();
  panel.title = title;
  panel.webview.html = stageGraphHtml(costs, panel.webview.cspSource, title);
  panel.reveal(vscode.ViewColumn.Beside, true);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Halide Lens', { log: true });
  status = new StatusBar();
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('halideLens.restartServer', async () => {
      output.appendLine('Restarting the Halide Lens server…');
      try {
        await client?.stop();
      } catch (err) {
        output.appendLine(`stopping the old server: ${(err as Error).message}`);
      }
      await start(context);
    }),
    vscode.commands.registerCommand('halideLens.showStageGraph', showStageGraph),
    vscode.commands.registerCommand('halideLens.profile', profileCommand),
    vscode.commands.registerCommand('halideLens.showOutput', () => output.show(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.state === State.Running) void client.sendNotification(TRUST_NOTIFICATION, { trusted: true });
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('halideLens.server.path')) {
        void vscode.window.showInformationMessage('Halide Lens: restart the server to use the new server path.', 'Restart Server')
          .then((pick) => pick && vscode.commands.executeCommand('halideLens.restartServer'));
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
