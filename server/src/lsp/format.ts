// Numbers as the editor shows them. Pure functions, shared by hints, lenses, hover and messages.

/** A duration in milliseconds with a unit that keeps 3 significant digits readable. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '? ms';
  const a = Math.abs(ms);
  if (a >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (a >= 1) return `${ms.toPrecision(3)} ms`;
  if (a >= 0.001) return `${(ms * 1000).toPrecision(3)} µs`;
  if (a === 0) return '0 ms';
  // An inlined stage's own prediction is a rounding residue of the model, not a time.
  if (a < 1e-6) return '<1 ns';
  return `${(ms * 1e6).toPrecision(3)} ns`;
}

/** A share 0..1 as a percentage; tiny shares are "<1%" rather than a misleading 0%. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '?%';
  const p = share * 100;
  if (p > 0 && p < 1) return '<1%';
  return `${Math.round(p)}%`;
}

/** A count in words a reader can take in at a glance: 3.9M, 12.3k, 640. */
export function formatCount(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toPrecision(3)}G`;
  if (a >= 1e6) return `${(n / 1e6).toPrecision(3)}M`;
  if (a >= 1e4) return `${(n / 1e3).toPrecision(3)}k`;
  return Number.isInteger(n) ? String(n) : n.toPrecision(3);
}

export function formatBytes(b: number): string {
  const a = Math.abs(b);
  if (a >= 2 ** 30) return `${(b / 2 ** 30).toPrecision(3)} GiB`;
  if (a >= 2 ** 20) return `${(b / 2 ** 20).toPrecision(3)} MiB`;
  if (a >= 2 ** 10) return `${(b / 2 ** 10).toPrecision(3)} KiB`;
  return `${Math.round(b)} B`;
}

/** Fill `{ms}` and `{share}` in the user's hint format; unknown placeholders stay as written. */
export function renderHintFormat(format: string, values: { ms: number; share: number }): string {
  return format.replace(/\{(ms|share)\}/g, (_, k: string) => (k === 'ms' ? formatMs(values.ms) : formatShare(values.share)));
}
