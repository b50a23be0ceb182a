// Typed view of the `halideLens.*` settings; defaults must equal package.json (checked by a test).
import * as vscode from 'vscode';

export interface HalideLensConfig {
  serverPath: string | null;
  halideRoot: string | null;
  traceServer: 'off' | 'messages' | 'verbose';
}

export const CONFIG_DEFAULTS: Record<string, unknown> = {
  'halideLens.server.path': null,
  'halideLens.halideRoot': null,
  'halideLens.trace.server': 'off',
};

export function readConfig(): HalideLensConfig {
  const c = vscode.workspace.getConfiguration('halideLens');
  return {
    serverPath: c.get<string | null>('server.path', null),
    halideRoot: c.get<string | null>('halideRoot', null),
    traceServer: c.get<'off' | 'messages' | 'verbose'>('trace.server', 'off'),
  };
}
