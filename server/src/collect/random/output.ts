// The end of a build: the output Func, which folds in every value nobody read (so no stage is
// dead code Halide would drop), and the generator's C++ text.

import type { Builder } from './builder';
import { CPP_TYPE, flt } from './cpp';
import type { Node, Ty } from './types';

export function emitOutput(pb: Builder, outType: Ty): Node {
  const main = pb.nodes[pb.nodes.length - 1];
  const dangling = pb.nodes.filter((n) => n !== main && n.uses === 0);
  const parts = [main, ...dangling];
  const dims = pb.domainDims.filter((d) => parts.some((p) => p.dims.includes(d)));
  const ext: Record<string, number> = {};
  for (const d of dims) ext[d] = (parts.find((p) => p.dims.includes(d)) ?? main).ext[d];
  const gainUnused = pb.gain !== null && !pb.gain.used;
  let expr: string;
  if (parts.length === 1 && !gainUnused && main.type === outType && main.dims.length === dims.length) {
    expr = pb.call(main);
  } else {
    const terms = parts.map((p) => pb.fcall(p, pb.subAt(p, ext)));
    let v = terms.length === 1 ? terms[0] : `(${terms.join(' + ')}) * ${flt(1 / terms.length)}`;
    if (gainUnused) {
      v = `${v} * gain`;
      pb.gain!.used = true;
    }
    expr = pb.fromFloat(v, outType);
  }
  pb.gen.push(`output(${pb.lhs(dims)}) = ${expr};`);
  pb.use(...parts);
  pb.stages += 1;
  pb.inputs.push({
    name: 'output',
    decl: `Output<Buffer<${CPP_TYPE[outType]}>> output{"output", ${dims.length}};`,
    estimate: `output.set_estimates(${pb.estimateOf(dims, ext)});`,
  });
  pb.funcs.push({ name: 'output', dims, ext, producers: [...new Set(parts.map((p) => p.name))], updates: [] });
  return { name: 'output', dims, ext, type: outType, uses: 0 };
}

function className(pb: Builder): string {
  const parts = pb.regName.split(/_+/).filter(Boolean);
  const camel = parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  return /^[A-Za-z]/.test(camel) ? camel : `Gen${camel}`;
}

export function assemble(pb: Builder, sched: string[]): string {
  const cls = className(pb);
  const ind = (n: number) => ' '.repeat(n);
  const funcNames = pb.funcs.filter((f) => f.name !== 'output').map((f) => f.name);
  const varOrder = ['x', 'y', 'c', 'n', 'xo', 'yo', 'xi', 'yi', 't'].filter((v) => pb.vars.has(v));
  const L: string[] = [];
  L.push(`// Random pipeline (seed ${pb.seed}): ${pb.stages} stages over ${pb.description} input.`);
  L.push(`// Steps: ${pb.kinds.join(', ')}.`);
  L.push('#include "Halide.h"', '', 'using namespace Halide;', '', 'namespace {', '');
  L.push(`class ${cls} : public Generator<${cls}> {`, 'public:');
  for (const i of pb.inputs) L.push(ind(4) + i.decl);
  L.push('');
  L.push(ind(4) + `Var ${varOrder.map((v) => `${v}{"${v}"}`).join(', ')};`);
  if (pb.rdoms.length) L.push(ind(4) + `RDom ${pb.rdoms.join(', ')};`);
  for (let i = 0; i < funcNames.length; i += 6) {
    L.push(ind(4) + `Func ${funcNames.slice(i, i + 6).map((f) => `${f}{"${f}"}`).join(', ')};`);
  }
  L.push('', ind(4) + 'void generate() {');
  for (const g of pb.gen) L.push(ind(8) + g);
  L.push(ind(4) + '}', '', ind(4) + 'void schedule() {');
  for (const i of pb.inputs) L.push(ind(8) + i.estimate);
  L.push('', ind(8) + 'if (!auto_schedule) {');
  for (const s of sched) for (const line of s.split('\n')) L.push(ind(12) + line);
  L.push(ind(8) + '}', ind(4) + '}', '};', '', '}  // namespace', '');
  L.push(`HALIDE_REGISTER_GENERATOR(${cls}, ${pb.regName})`, '');
  return L.join('\n');
}
