// Process plumbing for the bench worker client: each worker runs in its own process group so a
// kill takes its forked benchmarking child along, and every live one dies with this process.
import type { ChildProcess } from 'node:child_process';

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

export function killTree(proc: ChildProcess, sig: NodeJS.Signals = 'SIGKILL'): void {
  if (proc.pid === undefined) return;
  try {
    process.kill(-proc.pid, sig); // own process group: the worker and any forked child
  } catch {
    try {
      proc.kill(sig);
    } catch {
      // already gone
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const p of live) killTree(p);
  });
}

export function tail(text: string, maxLines = 40): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-maxLines).join('\n');
}

export function defaultEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('HL_')) env[k] = v;
  return env;
}

/** A worker process from spawn to exit: killed with this process if still alive then. */
export function track(proc: ChildProcess): void {
  installExitHook();
  live.add(proc);
}

export function untrack(proc: ChildProcess): void {
  live.delete(proc);
}
