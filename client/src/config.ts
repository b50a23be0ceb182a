// Typed view of the `halideLens.*` settings; defaults must equal package.json (checked by a test).
// The server reads its own settings (workspace/configuration); the client needs only a few.
import * as vscode from 'vscode';

export interface HalideLensConfig {
  serverPath: string | null;
  halideRoot: string | null;
  traceServer: 'off' | 'messages' | 'verbose';
  threads: number;
  inlayHints: { enabled: boolean; format: string; minSharePercent: number };
  calibrationEnabled: boolean;
  profileMinTimeSeconds: number;
}

export const CONFIG_DEFAULTS: Record<string, unknown> = {
  'halideLens.server.path': null,
  'halideLens.halideRoot': null,
  'halideLens.trace.server': 'off',
  'halideLens.threads': 0,
  'halideLens.inlayHints.enabled': true,
  'halideLens.inlayHints.format': '{ms} · {share}',
  'halideLens.inlayHints.minSharePercent': 1,
  'halideLens.calibration.enabled': true,
  'halideLens.profile.minTimeSeconds': 1,
};

export function readConfig(): HalideLensConfig {
  const c = vscode.workspace.getConfiguration('halideLens');
  return {
    serverPath: c.get<string | null>('server.path', null),
    halideRoot: c.get<string | null>('halideRoot', null),
    traceServer: c.get<'off' | 'messages' | 'verbose'>('trace.server', 'off'),
    threads: c.get<number>('threads', 0),
    inlayHints: {
      enabled: c.get<boolean>('inlayHints.enabled', true),
      format: c.get<string>('inlayHints.format', '{ms} · {share}'),
      minSharePercent: c.get<number>('inlayHints.minSharePercent', 1),
    },
    calibrationEnabled: c.get<boolean>('calibration.enabled', true),
    profileMinTimeSeconds: c.get<number>('profile.minTimeSeconds', 1),
  };
}
