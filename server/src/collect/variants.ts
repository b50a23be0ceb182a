// Corpus generators at other problem sizes. The same pipeline at a quarter of the pixels runs in
// other cache regimes and with other parallel grain, which is what a model needs to see to
// extrapolate in size; a hand-written corpus is too small to give that any other way.
//
// A variant is the generator's source with its large integer estimates scaled: extents of at least
// MIN_SCALED (image widths and heights) shrink, small ones (channels, kernel taps) stay, and so do
// those of Inputs read at data-dependent indices (a lookup table is indexed by values, not by the
// image size). Estimates written as expressions are left alone, so a generator whose sizes are all
// symbolic has no variants. Variant files are written once under corpus/variants/ and kept,
// like the random pipelines, so a later change here cannot change what old samples measured.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../halide/extract';
import type { IndexExpr } from '../halide/graph';

export interface SizeVariant { name: string; factor: number }

export const SIZE_VARIANTS: readonly SizeVariant[] = [
  { name: 'half', factor: 0.5 },
  { name: 'quarter', factor: 0.25 },
];

const MIN_SCALED = 512;

function scaled(extent: string, factor: number): string {
  const e = Number(extent);
  return e >= MIN_SCALED ? String(Math.max(8, Math.round(e * factor))) : extent;
}

const dataDependent = (e: IndexExpr): boolean => e.op === 'opaque' || ('args' in e && e.args.some(dataDependent));

/** Inputs some stage reads at an index computed from data (lookup tables). */
export function gatheredInputs(source: string): Set<string> {
  const out = new Set<string>();
  for (const g of extract(source).generators) {
    for (const s of g.stages) {
      for (const c of s.calls) if (c.calleeKind === 'input' && c.argExprs.some(dataDependent)) out.add(c.callee);
    }
  }
  return out;
}

/**
 * The source with its literal estimates scaled, or null when no estimate is large enough to scale.
 * Estimates of the names in `keep` stay as written.
 */
export function scaleEstimates(source: string, factor: number, keep: ReadonlySet<string> = gatheredInputs(source)): string | null {
  let changed = false;
  const pair = (min: string, extent: string, open: string, close: string) => {
    const e = scaled(extent, factor);
    if (e !== extent) changed = true;
    return `${open}${min}, ${e}${close}`;
  };
  // name.dim(k).set_estimate(min, extent), and every {min, extent} of name.set_estimates({...}).
  let out = source.replace(/(\b(\w+)(?:\.dim\(\s*\d+\s*\))?\.set_estimate\(\s*)(-?\d+)\s*,\s*(\d+)(\s*\))/g,
    (m, open, name, min, extent, close) => (keep.has(name) ? m : pair(min, extent, open, close)));
  out = out.replace(/\b(\w+)\.set_estimates\(\s*\{[^;]*?\}\s*\)/g, (call, name) => (keep.has(name) ? call :
    call.replace(/(\{\s*)(-?\d+)\s*,\s*(\d+)(\s*\})/g, (_m, open, min, extent, close) => pair(min, extent, open, close))));
  return changed ? out : null;
}

/** Where the source of `corpus/NAME@VARIANT` lives. */
export function variantPath(root: string, nameAtVariant: string): string {
  return path.join(root, 'corpus', 'variants', `${nameAtVariant}.cpp`);
}

/** `corpus/variants/NAME@VARIANT.cpp`, written from the corpus source the first time it is needed. */
export function variantFile(root: string, name: string, v: SizeVariant): string | null {
  const file = variantPath(root, `${name}@${v.name}`);
  if (fs.existsSync(file)) return file;
  const text = scaleEstimates(fs.readFileSync(path.join(root, 'corpus', `${name}.cpp`), 'utf8'), v.factor);
  if (text === null) return null;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `// ${name} with its large estimates scaled by ${v.factor} (halide-lens collect writes this file)\n${text}`);
  return file;
}
