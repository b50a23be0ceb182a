// The machine a sample was measured on. Run times only compare within one fingerprint.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

export interface MachineFingerprint {
  id: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  target: string;
  l2Bytes: number | null;
  l3Bytes: number | null;
}

function cacheBytes(level: number): number | null {
  for (let i = 0; i < 8; i++) {
    const dir = `/sys/devices/system/cpu/cpu0/cache/index${i}`;
    try {
      if (Number(fs.readFileSync(`${dir}/level`, 'utf8')) !== level) continue;
      if (fs.readFileSync(`${dir}/type`, 'utf8').trim() === 'Instruction') continue;
      const m = /^(\d+)([KM]?)/.exec(fs.readFileSync(`${dir}/size`, 'utf8').trim());
      if (m) return Number(m[1]) * (m[2] === 'M' ? 1 << 20 : m[2] === 'K' ? 1024 : 1);
    } catch {
      return null;
    }
  }
  return null;
}

export function machineFingerprint(target: string): MachineFingerprint {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  const cores = os.availableParallelism();
  const fp = {
    cpu, cores, memoryGiB: Math.round(os.totalmem() / 2 ** 30), target,
    l2Bytes: cacheBytes(2), l3Bytes: cacheBytes(3),
  };
  const id = crypto.createHash('sha256').update(JSON.stringify([fp.cpu, fp.cores, fp.target])).digest('hex').slice(0, 12);
  return { id, ...fp };
}

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
