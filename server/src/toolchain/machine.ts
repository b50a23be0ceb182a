// The machine a sample was measured on (and the editor predicts for). Run times only compare within
// one fingerprint.
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
