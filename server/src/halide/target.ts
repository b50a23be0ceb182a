// What a generator may ask of its Target at generation time: `get_target().has_gpu_feature()`,
// `has_feature(Target::HVX)`, `target.arch == Target::X86`. The target is a Halide target string
// (`x86-64-linux-avx-avx2`); without one the front end assumes this machine's CPU (Halide's host target)
// with its SIMD features unknown, so CPU-feature questions stay unanswered and any other feature is "no".
import * as os from 'node:os';
import type { SyntaxNode } from './tree';
import { argumentsOf, field, templateArgs, unwrap } from './syntax';
import { cppTypeToElem } from './types';

/** Name under which the target string sits in the file scope. */
export const TARGET_NAME = '$target';

const GPU = ['cuda', 'opencl', 'metal', 'd3d12compute', 'openglcompute', 'vulkan', 'webgpu'];
/**
 * The CPU instruction-set features Halide's host target may carry (what it detects on this machine, and
 * their neighbours): the only questions left unanswered without a target. Any other feature (a GPU or DSP,
 * `Debug`, `Profile`, `NoAsserts`, `LargeBuffers`, a name Halide does not define) is "no" on the host target.
 */
const HOST_CPU = /^(sse41|avx|avx2|fma|fma4|f16c|avx512\w*|avxvnni|vsx|power_arch_2_07|armv7s|no_neon|armv81a|arm_dot_prod|arm_fp16|sve2?|rvv|wasm_\w+)$/;

export function defaultTarget(): string {
  const arch = process.arch === 'arm64' || process.arch === 'arm' ? 'arm' : 'x86';
  return `${arch}-${process.arch.endsWith('64') ? 64 : 32}-${os.platform() === 'darwin' ? 'osx' : os.platform() === 'win32' ? 'windows' : 'linux'}`;
}

interface Parsed { arch: string; bits: number; os: string; features: Set<string>; explicit: boolean }

function parse(target: string, explicit: boolean): Parsed {
  const [arch = 'x86', bits = '64', osName = 'linux', ...features] = target.split('-');
  return { arch, bits: Number(bits), os: osName, features: new Set(features), explicit };
}

/** `get_target()`, the `target` GeneratorParam, or a helper's parameter the caller passed one of them in. */
function isTarget(node: SyntaxNode, isTargetName?: (name: string) => boolean): boolean {
  const n = unwrap(node);
  if (/^(this->)?(get_target\(\)|target)$/.test(n.text.replace(/\s+/g, ''))) return true;
  return n.type === 'identifier' && Boolean(isTargetName?.(n.text));
}

/** Whether an expression is the generator's target, as passed to a helper (`schedule(f, get_target())`). */
export function isTargetExpr(node: SyntaxNode): boolean {
  return isTarget(node);
}

/** `Target::X86`, `Halide::Target::Feature::AVX2`, `Target::Linux` -> `x86`, `avx2`, `linux`. */
export function targetEnum(text: string): string | undefined {
  const m = /^(?:::)?(?:Halide::)?Target::(?:(?:Arch|OS|Feature)::)?(\w+)$/.exec(text.replace(/\s+/g, ''));
  return m ? m[1].toLowerCase() : undefined;
}

/** The answer to a question about the target, or undefined when the node asks none (or cannot be answered). */
export function targetQuery(node: SyntaxNode, target: string | undefined, isTargetName?: (name: string) => boolean): boolean | number | string | undefined {
  const n = unwrap(node);
  // Parsed only once the node is known to ask the target: evaluate() comes through here for every call.
  const parsed = () => parse(target ?? defaultTarget(), target !== undefined);
  if (n.type === 'field_expression') {
    if (!isTarget(field(n, 'argument')!, isTargetName)) return undefined;
    const t = parsed();
    const member = field(n, 'field')?.text;
    if (member === 'arch') return t.arch;
    if (member === 'os') return t.os;
    if (member === 'bits') return t.bits;
    return undefined;
  }
  if (n.type !== 'call_expression') return undefined;
  const fn = field(n, 'function');
  if (fn?.type !== 'field_expression' || !isTarget(field(fn, 'argument')!, isTargetName)) return undefined;
  const method = field(fn, 'field')?.text;
  const t = parsed();
  if (method === 'has_gpu_feature') return GPU.some((g) => t.features.has(g));
  const has = (feature: string): boolean | undefined =>
    t.features.has(feature) ? true : t.explicit || !HOST_CPU.test(feature) ? false : undefined;
  if (method === 'has_feature') {
    const arg = field(n, 'arguments')?.namedChildren[0];
    const feature = arg && targetEnum(arg.text);
    return feature ? has(feature) : undefined;
  }
  if (method === 'features_any_of' || method === 'features_all_of') {
    // One braced list of features: `features_any_of({Target::HVX_v62, Target::HVX_v65})`.
    const list = field(n, 'arguments')?.namedChildren[0];
    const features = list?.type === 'initializer_list' ? list.namedChildren.filter((c) => c.type !== 'comment').map((c) => targetEnum(c.text)) : [];
    if (features.length === 0 || features.some((f) => f === undefined)) return undefined;
    const answers = features.map((f) => has(f!));
    if (method === 'features_any_of') return answers.includes(true) ? true : answers.every((a) => a === false) ? false : undefined;
    return answers.includes(false) ? false : answers.every((a) => a === true) ? true : undefined;
  }
  return undefined;
}

/**
 * Halide 14's Target::natural_vector_size for an element type (`uint8`, `float32`): the lanes of one
 * native vector. Undefined when the target's SIMD is not known (no target given, x86).
 */
export function naturalLanes(target: string | undefined, elem: string): number | undefined {
  const t = parse(target ?? defaultTarget(), target !== undefined);
  const bytes = elem === 'bool' ? 1 : Math.max(1, Number(elem.replace(/^\D+/, '')) / 8);
  const integer = /^u?int/.test(elem);
  const float = elem.startsWith('float');
  const f = (name: string) => t.features.has(name);
  if (t.arch === 'x86') {
    if (!t.explicit) return undefined;
    if (integer && (f('avx512_skylake') || f('avx512_cannonlake') || f('avx512_sapphirerapids'))) return 64 / bytes;
    if (float && ['avx512', 'avx512_knl', 'avx512_skylake', 'avx512_cannonlake', 'avx512_sapphirerapids'].some(f)) return 64 / bytes;
    if (f('avx2') || (!integer && f('avx'))) return 32 / bytes;
    return 16 / bytes;
  }
  if (t.arch === 'hexagon') return integer && [...t.features].some((x) => x.startsWith('hvx')) ? 128 / bytes : 1;
  if (t.arch === 'wasm') return f('wasm_simd128') ? 16 / bytes : 1;
  return 16 / bytes;
}

/**
 * `natural_vector_size<T>()` / `natural_vector_size(type)` of the generator (or `this->`), or of its
 * target (`get_target().natural_vector_size<float>()`). `typeOf` evaluates a Type argument to an
 * element type. Undefined when the node asks something else or the answer is not known.
 */
export function naturalVectorSizeQuery(
  node: SyntaxNode, target: string | undefined, typeOf: (n: SyntaxNode) => string | undefined, isTargetName?: (name: string) => boolean,
): number | undefined {
  const n = unwrap(node);
  if (n.type !== 'call_expression') return undefined;
  let fn = field(n, 'function');
  if (fn?.type === 'field_expression') {
    const obj = unwrap(field(fn, 'argument')!);
    if (obj.type !== 'this' && !isTarget(obj, isTargetName)) return undefined;
    fn = field(fn, 'field');
  }
  // `Halide::Internal::GeneratorBase::natural_vector_size(...)`: the generator's own, qualified.
  while (fn?.type === 'qualified_identifier') fn = field(fn, 'name');
  if (!fn) return undefined;
  const name = fn.type === 'template_function' || fn.type === 'template_method' ? field(fn, 'name')?.text : fn.text;
  if (name !== 'natural_vector_size') return undefined;
  const templ = fn.type === 'template_function' || fn.type === 'template_method' ? templateArgs(fn)[0] : undefined;
  const arg = argumentsOf(n)[0];
  const elem = templ ? cppTypeToElem(templ.text) ?? undefined : arg ? typeOf(arg) : undefined;
  return elem ? naturalLanes(target, elem) : undefined;
}
