// RunGen sizes for a generator that sets no estimates. `--estimate_all` fails on an output or a scalar
// without one (many real generators set none: their authors size buffers at run time). Then the
// outputs take the extents the prediction guesses (halide/sizing.ts), and so do the input buffers
// without estimates, as the bench worker runs them: RunGen's own choice for those, the bounds query
// of the outputs, can be far from it (edge_detect's repeat_edge input comes out 1x1). RunGen widens a
// given input to the region the bounds query asks for (a stencil without a boundary condition reads
// at -1), as the bench worker grows one. An input keeps the bounds query when the generator as read
// lacks it or disagrees with RunGen on its rank, and goes back to it when the pipeline still reads
// outside it (the runtime's check names the input). Scalars take their defaults. Each guess is named
// in the profile.
import type { GeneratorGraph } from '../halide/graph';
import { guessedExtent, withGuessedEstimates } from '../halide/sizing';
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

/**
 * RunGen arguments and the guesses they stand for. A `name=VALUE` argument replaces the applied one
 * of that name (RunGen refuses a name given twice), and a guess `input name: ...` the earlier one.
 */
export interface SizeFix { args: string[]; guessed: string[] }

/** RunGen's `--describe` of one built pipeline, run at most once: its arguments do not change between runs. */
export type Describe = () => Promise<RunGenArgument[]>;

export function describer(exe: string, signal?: AbortSignal): Describe {
  let described: Promise<RunGenArgument[]> | undefined;
  return () => (described ??= run(exe, ['--describe'], { timeoutMs: 30_000, signal }).then((r) => parseDescribe(r.stdout + '\n' + r.stderr)));
}

const SCALARS = '--default_input_scalars=estimate,default';
/** As `--estimate_all` fills an input: `random:0:` then the shape. */
const RANDOM = 'random:0:';
const boundsQuery = (name: string) => `input ${name}: what the outputs need (bounds query)`;

const argName = (a: string) => (a.startsWith('--') ? null : a.slice(0, a.indexOf('=') + 1));
const guessName = (g: string) => /^(?:input|output|scalar) [^\s:]+/.exec(g)?.[0] ?? null;

/** `applied` with `fix` applied: named arguments and guesses are replaced, the rest appended. */
export function withFix(applied: { args: string[]; guessed: string[] }, fix: SizeFix): { args: string[]; guessed: string[] } {
  const merge = (old: string[], add: string[], key: (s: string) => string | null) => {
    const keys = new Set(add.map(key).filter((k): k is string => k !== null));
    return [...old.filter((s) => { const k = key(s); return k === null || !keys.has(k); }), ...add];
  };
  return { args: merge(applied.args, fix.args, argName), guessed: merge(applied.guessed, fix.guessed, guessName) };
}

/**
 * The buffer inputs RunGen would size by bounds query, at the extents the prediction guesses for them
 * (`input=random:0:[1024,1024]`): those of `graph` (the generator as read) with a missing estimate
 * and the rank RunGen describes. Inputs with all their estimates are left to them (`--estimate_all`);
 * the rest keep the bounds query, named as such.
 */
export function inputShapes(described: readonly RunGenArgument[], graph: GeneratorGraph | undefined): SizeFix {
  const sized = graph ? withGuessedEstimates(graph) : undefined;
  const fix: SizeFix = { args: [], guessed: [] };
  for (const a of described) {
    if (a.kind !== 'input' || a.scalar) continue;
    const read = graph?.inputs.find((i) => i.name === a.name && i.kind !== 'scalar');
    const guess = sized?.guessed.find((g) => g.startsWith(`input ${a.name}: `));
    if (read && !guess) continue; // estimated by its author: RunGen runs it at those
    const extents = sized?.graph.inputs.find((i) => i.name === a.name && i.kind !== 'scalar')?.estimates.map((e) => e?.extent);
    if (read && guess && read.dims === a.dims && extents?.length === a.dims && extents.every((e) => Number.isInteger(e) && e! > 0)) {
      fix.args.push(`${a.name}=${RANDOM}[${extents.join(',')}]`);
      fix.guessed.push(guess);
    } else {
      fix.guessed.push(boundsQuery(a.name));
    }
  }
  return fix;
}

/**
 * The RunGen arguments that answer the missing estimate RunGen's output complains about (null when it
 * complains about nothing we can size, or about what `applied` already sized). `graph` is the
 * generator as read, whose guessed input sizes RunGen is given.
 */
export async function sizeFix(describe: Describe, output: string, applied: readonly string[], opts: { graph?: GeneratorGraph } = {}): Promise<SizeFix | null> {
  const scalar = /Argument value for: (\S+) was specified as '[^']*', but no default and\/or estimate/.exec(output);
  if (scalar) {
    if (!applied.includes(SCALARS)) return { args: [SCALARS], guessed: [`scalar ${scalar[1]} (and any other without an estimate): its default`] };
    // No default either: the value the prediction runs it at (halide/declarations.ts scalarDefault: 1, or 0.5 for floats).
    if (applied.some((a) => a.startsWith(`${scalar[1]}=`))) return null;
    const io = opts.graph?.inputs.find((i) => i.name === scalar[1] && i.kind === 'scalar');
    const v = io?.scalarDefault ?? 1;
    return { args: [`${scalar[1]}=${v}`], guessed: [`scalar ${scalar[1]} = ${v}`] };
  }
  // A guessed input the pipeline reads outside of: back to the bounds query for it.
  const outside = /Input buffer (\S+) is accessed at -?\d+, which is (?:before the min|beyond the max)/.exec(output);
  if (outside) {
    const name = outside[1];
    return applied.some((a) => a.startsWith(`${name}=${RANDOM}[`)) ? { args: [`${name}=${RANDOM}auto`], guessed: [boundsQuery(name)] } : null;
  }
  // A guessed input extent the generator constrains: to a constant (`in.dim(0).set_extent(16)`,
  // `... == 16 (16)`) or to another buffer's (`bias.extent.0 (1048576) == output.extent.0 (64)`):
  // the value the runtime says it wanted, last on the line.
  const constrained = /Constraint violated: (\S+)\.extent\.(\d+) \((-?\d+)\) == .*\((\d+)\)\s*$/m.exec(output);
  if (constrained) {
    const [, name, dim, , want] = constrained;
    const arg = applied.find((a) => a.startsWith(`${name}=${RANDOM}[`));
    const extents = arg ? arg.slice(`${name}=${RANDOM}[`.length, -1).split(',') : [];
    if (!arg || Number(dim) >= extents.length || extents[Number(dim)] === want) return null;
    extents[Number(dim)] = want;
    return { args: [`${name}=${RANDOM}[${extents.join(',')}]`], guessed: [`input ${name}: ${extents.join('x')} (the guess, at the extents the generator constrains)`] };
  }
  const buffer = /Argument (\S+) was specified as 'estimate', but no (?:valid estimates|estimate was provided)/.exec(output);
  if (!buffer || applied.some((a) => a.startsWith('--output_extents='))) return null;
  const described = await describe();
  const outputs = described.filter((a) => a.kind === 'output');
  if (!outputs.some((o) => o.name === buffer[1])) return null;
  // RunGen gives every output the one shape --output_extents names.
  const ranks = new Set(outputs.map((o) => o.dims));
  if (ranks.size !== 1) return null;
  const dims = outputs[0].dims;
  const extents = Array.from({ length: dims }, (_, d) => guessedExtent(dims, d));
  const inputs = inputShapes(described, opts.graph);
  return {
    args: [`--output_extents=[${extents.join(',')}]`, ...inputs.args],
    guessed: [...outputs.map((o) => `output ${o.name}: ${extents.join('x')}`), ...inputs.guessed],
  };
}

/**
 * Input buffers the generator leaves unestimated while its outputs have estimates: `--estimate_all`
 * runs without complaint, but leaves those inputs to the bounds query, which can be far from what the
 * prediction assumes (a repeat_edge input comes out 1x1). Given up front, at the prediction's guess;
 * null when every input the generator as read has is estimated.
 */
export async function unestimatedInputs(describe: Describe, graph: GeneratorGraph | undefined): Promise<SizeFix | null> {
  if (!graph || !withGuessedEstimates(graph).guessed.some((g) => g.startsWith('input '))) return null;
  const fix = inputShapes(await describe(), graph);
  return fix.args.length ? fix : null;
}
