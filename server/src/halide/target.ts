// What a generator may ask of its Target at generation time: `get_target().has_gpu_feature()`,
// `has_feature(Target::HVX)`, `target.arch == Target::X86`. The target is a Halide target string
// (`x86-64-linux-avx-avx2`); without one the front end assumes this machine's CPU with its SIMD
// features unknown, so GPU and DSP questions get "no" and CPU-feature questions stay unanswered.
import * as os from 'node:os';
import type { SyntaxNode } from './tree';
import { field, unwrap } from './syntax';

/** Name under which the target string sits in the file scope. */
export const TARGET_NAME = '$target';

const GPU = ['cuda', 'opencl', 'metal', 'd3d12compute', 'openglcompute', 'vulkan', 'webgpu'];
/** Features of devices the front end never targets: "no" even when the CPU's features are unknown. */
const OFFLOAD = [...GPU, 'hvx', 'hvx_64', 'hvx_128', 'hvx_v62', 'hvx_v65', 'hvx_v66', 'hexagon_dma'];

export function defaultTarget(): string {
  const arch = process.arch === 'arm64' || process.arch === 'arm' ? 'arm' : 'x86';
  return `${arch}-${process.arch.endsWith('64') ? 64 : 32}-${os.platform() === 'darwin' ? 'osx' : os.platform() === 'win32' ? 'windows' : 'linux'}`;
}

interface Parsed { arch: string; bits: number; os: string; features: Set<string>; explicit: boolean }

function parse(target: string, explicit: boolean): Parsed {
  const [arch = 'x86', bits = '64', osName = 'linux', ...features] = target.split('-');
  return { arch, bits: Number(bits), os: osName, features: new Set(features), explicit };
}

/** `get_target()`, `this->get_target()`, or the built-in `target` GeneratorParam. */
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
    t.features.has(feature) ? true : t.explicit || OFFLOAD.includes(feature) ? false : undefined;
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
