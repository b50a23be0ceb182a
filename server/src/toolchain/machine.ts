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
  /**
   * The CPU in full (/proc/cpuinfo), recorded but not hashed into the id, which stays comparable with
   * data measured before it was recorded. Two VMs both called "AMD EPYC" can be different silicon
   * (family 25 is Zen 4, 26 Zen 5), so the collector warns when one id has been seen with two of these.
   */
  cpuDetails?: CpuDetails | null;
  /**
   * Set when the samples were compiled for a narrower target than the host's (collect --target): the id
   * of this same hardware measured with its own host target. Its run times compare with that id's, so
   * the two train together (see hardwareOf); the id differs because the target is hashed into it.
   */
  hardware?: string;
}

export interface CpuDetails { vendor: string; family: number; model: number; stepping: number; mhz: number; cacheKiB: number | null; flagsHash: string }

/** The first processor's entry of /proc/cpuinfo; null where there is none (not Linux). */
export function cpuDetails(): CpuDetails | null {
  let text: string;
  try {
    text = fs.readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return null;
  }
  const first = text.split(/\n\s*\n/)[0];
  const field = (name: string): string | undefined => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(first)?.[1].trim();
  const num = (name: string): number => Number(field(name) ?? NaN);
  const cache = /^(\d+)\s*KB/.exec(field('cache size') ?? '');
  return {
    vendor: field('vendor_id') ?? 'unknown', family: num('cpu family'), model: num('model'), stepping: num('stepping'),
    mhz: Math.round(num('cpu MHz')), cacheKiB: cache ? Number(cache[1]) : null,
    flagsHash: crypto.createHash('sha256').update(field('flags') ?? '').digest('hex').slice(0, 12),
  };
}

/** Whether two records name the same silicon (the clock may differ a little between boots). */
export function sameCpu(a: CpuDetails, b: CpuDetails): boolean {
  return a.vendor === b.vendor && a.family === b.family && a.model === b.model && a.stepping === b.stepping && a.flagsHash === b.flagsHash;
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

/**
 * This machine, running code compiled for `target`. A target narrower than the host's (`hostTarget`,
 * e.g. AVX2 on an AVX-512 machine) gets its own id and records the host's id as its `hardware`.
 */
export function machineFingerprint(target: string, hostTarget?: string): MachineFingerprint {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  const cores = os.availableParallelism();
  const fp = {
    cpu, cores, memoryGiB: Math.round(os.totalmem() / 2 ** 30), target,
    l2Bytes: cacheBytes(2), l3Bytes: cacheBytes(3), cpuDetails: cpuDetails(),
  };
  // The silicon is part of the id: two VMs that both call themselves "AMD EPYC" ran the same schedules
  // 1.6x apart (session 26: 109 samples measured again, geomean 0.62 of their labels), so run times
  // of different silicon must never share an id. Without /proc/cpuinfo the id is the old one.
  const d = fp.cpuDetails;
  const silicon = d ? [d.vendor, d.family, d.model, d.stepping, d.flagsHash] : [];
  const id = crypto.createHash('sha256').update(JSON.stringify([fp.cpu, fp.cores, fp.target, ...silicon])).digest('hex').slice(0, 12);
  const hardware = hostTarget !== undefined && hostTarget !== target ? machineFingerprint(hostTarget).id : undefined;
  return { id, ...fp, ...(hardware ? { hardware } : {}) };
}
