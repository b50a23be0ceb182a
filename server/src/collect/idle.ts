// Whether this machine is quiet enough to time a benchmark: load per core, busy share of the cores,
// and waiting for other work to finish first.
import * as fs from 'node:fs';
import * as os from 'node:os';

/** 1-minute load average over cores: above ~1, timings are not to be trusted. */
export function loadPerCore(): number {
  return os.loadavg()[0] / os.availableParallelism();
}

function cpuTimes(): { idle: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  return { idle: (v[3] ?? 0) + (v[4] ?? 0), total: v.reduce((a, b) => a + b, 0) };
}

/**
 * Share of all cores busy over `ms` (from /proc/stat), 0..1. 100 ms is 20 jiffies on two cores:
 * coarse, but a compile on the other core shows as >= 50%, and a longer window cost ~12% of
 * every random-pipeline sample.
 */
export async function busyShare(ms = 100): Promise<number> {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  const total = b.total - a.total;
  return total > 0 ? 1 - (b.idle - a.idle) / total : 0;
}

/**
 * Before timing: wait (up to maxWaitMs) until other work leaves the cores idle, so a benchmark
 * never shares them with a compile. Returns the busy share seen last.
 */
export async function waitForIdle(maxWaitMs: number, threshold = 0.25): Promise<number> {
  const until = Date.now() + maxWaitMs;
  let busy = await busyShare();
  while (busy > threshold && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 2000));
    busy = await busyShare();
  }
  return busy;
}
