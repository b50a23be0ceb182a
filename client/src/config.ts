// Typed view of the `halideLens.*` settings the client reads. Defaults come from the settings schema,
// which a test checks against package.json; the server reads its own settings (workspace/configuration).
import * as vscode from 'vscode';
import { settingDefault, type SettingKey, type SettingValue } from '../../server/src/lsp/settingsSchema';

export interface HalideLensConfig {
  serverPath: SettingValue<'server.path'>;
  halideRoot: SettingValue<'halideRoot'>;
  traceServer: SettingValue<'trace.server'>;
  threads: number;
  inlayHints: { enabled: boolean; format: string; minSharePercent: number };
  calibrationEnabled: boolean;
  profileMinTimeSeconds: number;
}

export function readConfig(): HalideLensConfig {
  const c = vscode.workspace.getConfiguration('halideLens');
  const get = <K extends SettingKey>(key: K): SettingValue<K> => c.get<SettingValue<K>>(key, settingDefault(key));
  return {
    serverPath: get('server.path'),
    halideRoot: get('halideRoot'),
    traceServer: get('trace.server'),
    threads: get('threads'),
    inlayHints: {
      enabled: get('inlayHints.enabled'),
      format: get('inlayHints.format'),
      minSharePercent: get('inlayHints.minSharePercent'),
    },
    calibrationEnabled: get('calibration.enabled'),
    profileMinTimeSeconds: get('profile.minTimeSeconds'),
  };
}
