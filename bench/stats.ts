// Shared by the benchmarks: quantiles and timing loops (numbers only, no assertions).
import { performance } from 'node:perf_hooks';
import { quantile } from '../server/src/model/metrics';

export { quantile };

export const fmt = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(2).padStart(7)} ms  p95 ${quantile(xs, 0.95).toFixed(2).padStart(7)} ms`;

export function measure(fn: () => void, iterations: number, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function measureAsync(fn: () => Promise<unknown>, iterations: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
