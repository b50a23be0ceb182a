// A synthetic generator with N stages (a chain of stencils, pointwise ops and a reduction every
// tenth stage, each scheduled), for measuring the front end at sizes the corpus does not reach.
export function syntheticGenerator(stages: number): string {
  const lines: string[] = [];
  lines.push('#include "Halide.h"', 'using namespace Halide;', 'namespace {',
    `class Chain${stages} : public Halide::Generator<Chain${stages}> {`, 'public:',
    '  Input<Buffer<float>> input{"input", 2};', '  Output<Buffer<float>> output{"output", 2};',
    '  Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"}, xo{"xo"}, yo{"yo"};',
    `  Func s[${stages}];`, '  void generate() {',
    '    Func clamped = BoundaryConditions::repeat_edge(input);',
    '    s[0](x, y) = clamped(x, y);');
  for (let i = 1; i < stages - 1; i++) {
    const p = `s[${i - 1}]`;
    if (i % 10 === 0) {
      lines.push(`    RDom r${i}(-2, 5, "r${i}");`, `    s[${i}](x, y) = 0.0f;`, `    s[${i}](x, y) += ${p}(x + r${i}, y) * 0.2f;`);
    } else if (i % 3 === 0) {
      lines.push(`    s[${i}](x, y) = (${p}(x - 1, y) + 2.0f * ${p}(x, y) + ${p}(x + 1, y)) * 0.25f;`);
    } else if (i % 3 === 1) {
      lines.push(`    s[${i}](x, y) = (${p}(x, y - 1) + 2.0f * ${p}(x, y) + ${p}(x, y + 1)) * 0.25f;`);
    } else {
      lines.push(`    s[${i}](x, y) = select(${p}(x, y) > 0.5f, sqrt(${p}(x, y)), ${p}(x, y) * ${p}(x, y));`);
    }
  }
  lines.push(`    output(x, y) = s[${stages - 2}](x, y);`, '  }', '  void schedule() {',
    '    input.set_estimates({{0, 1536}, {0, 2560}});', '    output.set_estimates({{0, 1536}, {0, 2560}});',
    '    if (!auto_schedule) {', '      output.tile(x, y, xo, yo, xi, yi, 64, 32).vectorize(xi, 8).parallel(yo);');
  for (let i = 0; i < stages - 1; i++) {
    lines.push(i % 4 === 0 ? `      s[${i}].compute_root().parallel(y).vectorize(x, 8);` : `      s[${i}].compute_at(output, xo).vectorize(x, 8);`);
  }
  lines.push('    }', '  }', '};', '}', `HALIDE_REGISTER_GENERATOR(Chain${stages}, chain${stages})`, '');
  return lines.join('\n');
}

/**
 * A registered generator class around a generate() body, as the front-end tests write them: `members`
 * declares its Inputs, Outputs and Vars, `before` goes at namespace scope (helpers, libraries).
 */
export function generatorAround(name: string, members: string, generate: string, before = ''): string {
  return `#include "Halide.h"
using namespace Halide;
${before}
class ${name} : public Generator<${name}> {
public:
${members}
  void generate() {
${generate}
  }
};
HALIDE_REGISTER_GENERATOR(${name}, ${name.toLowerCase()})
`;
}
