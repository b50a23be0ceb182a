// RunGen sizes for a generator that sets no estimates. `--estimate_all` fails on an output or a scalar
// without one (many real generators set none: their authors size buffers at run time). Then the
// outputs take the extents the prediction guesses (halide/sizing.ts), inputs the bounds query of those
// (RunGen's estimate_then_auto), scalars their defaults; each guess is named in the profile.
import { guessedExtent } from '../halide/sizing';
import { run } from './run';

export interface RunGenArgument { name: string; kind: 'input' | 'output'; scalar: boolean; dims: number }

/** `--describe`: `  Output "blur" is of type Buffer<uint8> with 2 dimensions`, `  Input "gain" is of type float32`. */
export function parseDescribe(text: string): RunGenArgument[] {
  const out: RunGenArgument[] = [];
  for (const m of text.matchAll(/^\s*(Input|Output) "([^"]+)" is of type (?:Buffer<[^>]*> with (\d+) dimensions|\S+)/gm)) {
    out.push({ name: m[2], kind: m[1] === 'Output' ? 'output' : 'input', scalar: m[3] === undefined, dims: Number(m[3] ?? 0) });
  }
  return out;
}

export interface SizeFix { args: string[]; guessed: string[] }

const SCALARS = '--default_input_scalars=estimate,default';

/**
 * The RunGen arguments that answer the missing estimate RunGen's output complains about (null when it
 * complains about nothing we can size, or about what `applied` already sized).
 */
export async function sizeFix(exe: string, output: string, applied: readonly string[], opts: { signal?: AbortSignal } = {}): Promise<SizeFix | null> {
  const scalar = /Argument value for: (\S+) was specified as '[^']*', but no default and\/or estimate/.exec(output);
  if (scalar) {
    return applied.includes(SCALARS) ? null : { args: [SCALARS], guessed: [`scalar ${scalar[1]} (and any other without an estimate): its default`] };
  }
  const buffer = /Argument (\S+) was specified as 'estimate', but no (?:valid estimates|estimate was provided)/.exec(output);
  if (!buffer || applied.some((a) => a.startsWith('--output_extents='))) return null;
  const r = await run(exe, ['--describe'], { timeoutMs: 30_000, signal: opts.signal });
  const outputs = parseDescribe(r.stdout + '\n' + r.stderr).filter((a) => a.kind === 'output');
  if (!outputs.some((o) => o.name === buffer[1])) return null;
  // RunGen gives every output the one shape --output_extents names.
  const ranks = new Set(outputs.map((o) => o.dims));
  if (ranks.size !== 1) return null;
  const dims = outputs[0].dims;
  const extents = Array.from({ length: dims }, (_, d) => guessedExtent(dims, d));
  return {
    args: [`--output_extents=[${extents.join(',')}]`],
    guessed: [...outputs.map((o) => `output ${o.name}: ${extents.join('x')}`), 'input buffers: what those outputs need (bounds query)'],
  };
}
