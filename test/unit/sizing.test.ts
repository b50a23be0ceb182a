// Guessed sizes for generators that set no estimates (halide/sizing.ts), on real parses: the corpus
// brighten with its estimates taken out, and a realworld generator whose authors never wrote any.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { windowDims, withGuessedEstimates } from '../../server/src/halide/sizing';
import { analyze } from '../../server/src/analysis/index';
import { featurize } from '../../server/src/features/index';
import { estimateStatements } from '../../server/src/lsp/codeActions';
import { describer, inputShapes, parseDescribe, sizeFix, withFix } from '../../server/src/toolchain/runGenSizes';
import { CORPUS, REALWORLD } from '../paths';

const brighten = fs.readFileSync(path.join(CORPUS, 'brighten.cpp'), 'utf8');
const read = (text: string) => extract(text).generators[0];

test('a generator with every estimate is left as it is', () => {
  const g = read(brighten);
  const sized = withGuessedEstimates(g);
  assert.equal(sized.graph, g);
  assert.deepEqual(sized.guessed, []);
});

test('missing buffer extents take the bench worker\'s guess, given ones stay, and a scalar takes its default clamped to its range', () => {
  const text = brighten
    .split('\n').filter((l) => !/input\.dim|output\.dim\([01]\)|amount\.set_estimate/.test(l)).join('\n')
    .replace('Input<int32_t> amount{"amount"}', 'Input<int32_t> amount{"amount", 70, 0, 50}');
  const g = read(text);
  assert.ok(g.outputs[0].estimates[0] === null && g.outputs[0].estimates[2]?.extent === 3, 'the edit took out what it meant to');
  const { graph, guessed } = withGuessedEstimates(g);
  assert.deepEqual(guessed, ['output output: 1024x1024x?', 'input input: 1024x1024x3', 'scalar amount = 50']);
  assert.deepEqual(graph.outputs[0].estimates.map((e) => [e?.min, e?.extent]), [[0, 1024], [0, 1024], [0, 3]]);
  assert.equal(graph.inputs.find((i) => i.name === 'amount')!.scalarEstimate, 50);
  // The source's graph is not touched: its diagnostics and quick fix still see what is missing.
  assert.equal(g.outputs[0].estimates[0], null);
  const out = analyze(graph).stages.find((s) => s.stage === 'output.0')!;
  assert.equal(out.pointsComputed, 1024 * 1024 * 3);
});

test('a scalar whose default is not a number the front end can evaluate stays unestimated; one without a default is run at 1', () => {
  const text = brighten.split('\n').filter((l) => !/amount\.set_estimate/.test(l)).join('\n')
    .replace('Input<int32_t> amount{"amount"}', 'Input<int32_t> amount{"amount", some_function()}');
  const { guessed } = withGuessedEstimates(read(text));
  assert.deepEqual(guessed, []);
  // Without a written default Halide's Parameter has none: the bench worker runs it at 1, and so do we.
  const plain = brighten.split('\n').filter((l) => !/amount\.set_estimate/.test(l)).join('\n');
  assert.deepEqual(withGuessedEstimates(read(plain)).guessed, ['scalar amount = 1']);
});

const edge = path.join(REALWORLD, 'halide-v14__apps_HelloAndroidCamera2__edge_detect_generator.cpp');
test('a realworld generator without estimates is featurized with every extent known', { skip: !fs.existsSync(edge) && 'no ../shared/realworld' }, () => {
  const g = read(fs.readFileSync(edge, 'utf8'));
  const before = featurize(g, { threads: 2 });
  assert.ok(before.warnings.some((w) => /points computed unknown/.test(w)), 'unsized, the extents are unknown');
  const { graph, guessed } = withGuessedEstimates(g);
  assert.deepEqual(guessed, ['output result: 1024x1024', 'input input: 1024x1024']);
  const after = featurize(graph, { threads: 2 });
  assert.deepEqual(after.warnings.filter((w) => /unknown/.test(w)), []);
});

test('RunGen --describe is read as the profiler needs it: outputs with their rank, scalars apart', () => {
  const text = ['Filter name: "blur"', '  Input "input" is of type Buffer<uint16> with 2 dimensions', '  Input "gain" is of type float32',
    '  Output "output" is of type Buffer<uint16> with 3 dimensions'].join('\n');
  assert.deepEqual(parseDescribe(text), [
    { name: 'input', kind: 'input', scalar: false, dims: 2 },
    { name: 'gain', kind: 'input', scalar: true, dims: 0 },
    { name: 'output', kind: 'output', scalar: false, dims: 3 },
  ]);
});

const depthwise = path.join(REALWORLD, 'halide-v14__apps_hannk__depthwise_conv_generator.cpp');
test('a buffer extent that sizes a stencil window is guessed as a small window, and read under the buffer\'s Halide name', { skip: !fs.existsSync(depthwise) && 'no ../shared/realworld' }, () => {
  // hannk's DepthwiseConv: `Input<Buffer<uint8_t, 3>> filter_{"filter"}`, RDom r(0, filter_.dim(1).extent(), ...),
  // read as resampled_input(c, x*stride_x + r.x*dilation_x, ...): a 3x3 filter in practice, not 1024x3.
  const g = extract(fs.readFileSync(depthwise, 'utf8')).generators.find((x) => x.className === 'DepthwiseConv')!;
  assert.deepEqual(g.rdoms[0].dims.map((d) => d.extent), [
    { op: 'opaque', text: 'filter.dim(1).extent()' }, { op: 'opaque', text: 'filter.dim(2).extent()' }]);
  assert.deepEqual([...windowDims(g)].sort(), ['filter.1', 'filter.2']);
  const { graph, guessed } = withGuessedEstimates(g);
  assert.ok(guessed.includes('input filter: 1024x3x3'), guessed.join('; '));
  // The reduction runs over the guessed window: 3x3 taps for each of the filter's channels.
  const sum = analyze(graph).bounds.stages['sum_filter.1'];
  assert.equal(sum.points, 64 * 3 * 3);
});

const opGen = path.join(REALWORLD, 'autokernel__op_gen.cpp');
test('RDom subscripts r[0] are its RVars; a reduction over a whole dimension (matrix product, input channels) keeps the large guess', { skip: !fs.existsSync(opGen) && 'no ../shared/realworld' }, () => {
  const gens = extract(fs.readFileSync(opGen, 'utf8')).generators;
  const conv = gens.find((x) => x.registeredName === 'halide_conv')!;
  // output(x, y, c, n) += weight(r[0], r[1], r[2], c) * inp_padded(x * stride + r[0], y * stride + r[1], r[2], n)
  const update = conv.stages.find((s) => s.id === 'output.1')!;
  assert.deepEqual(update.rvars.map((r) => r.name), ['r13$x', 'r13$y', 'r13$z'].map((n) => n.replace('r13', conv.rdoms[0].name)));
  assert.deepEqual([...windowDims(conv)].sort(), ['weight.0', 'weight.1']);
  const matmul = gens.find((x) => x.registeredName === 'halide_matmul')!;
  assert.deepEqual([...windowDims(matmul)], []);
  assert.ok(withGuessedEstimates(matmul).guessed.includes('input weight: 1024x1024'));
});

// RunGen's --describe of the same generators (what the built binaries print).
const edgeDescribe = ['Filter name: "edge_detect"', '  Input "input" is of type Buffer<uint8> with 2 dimensions',
  '  Output "result" is of type Buffer<uint8> with 2 dimensions'].join('\n');

test('RunGen is given the unestimated inputs at the extents the prediction guesses, from the generator as read', { skip: !fs.existsSync(edge) && 'no ../shared/realworld' }, () => {
  const g = read(fs.readFileSync(edge, 'utf8'));
  // edge_detect's repeat_edge input: RunGen's bounds query would make it 1x1.
  assert.deepEqual(inputShapes(parseDescribe(edgeDescribe), g), { args: ['input=random:0:[1024,1024]'], guessed: ['input input: 1024x1024'] });
  // A rank RunGen disagrees on, an input the static reading lacks, or no reading: the bounds query, named.
  const bq = { args: [], guessed: ['input input: what the outputs need (bounds query)'] };
  assert.deepEqual(inputShapes(parseDescribe(edgeDescribe.replace('with 2 dimensions', 'with 3 dimensions')), g), bq);
  assert.deepEqual(inputShapes(parseDescribe(edgeDescribe), { ...g, inputs: [] }), bq);
  assert.deepEqual(inputShapes(parseDescribe(edgeDescribe), undefined), bq);
});

test('an input with all its estimates is left to them; a 3-D input takes the 3-D guess; scalars are not sized here', () => {
  const describe = parseDescribe(['  Input "input" is of type Buffer<uint8> with 3 dimensions', '  Input "amount" is of type int32',
    '  Output "output" is of type Buffer<uint8> with 3 dimensions'].join('\n'));
  assert.deepEqual(inputShapes(describe, read(brighten)), { args: [], guessed: [] });
  const unsized = read(brighten.split('\n').filter((l) => !/set_estimate/.test(l)).join('\n'));
  assert.deepEqual(inputShapes(describe, unsized), { args: ['input=random:0:[1024,1024,3]'], guessed: ['input input: 1024x1024x3'] });
});

test('a later size fix replaces the argument and the guess of the same name', () => {
  const first = { args: ['--output_extents=[1024,1024]', 'input=random:0:[1024,1024]'], guessed: ['output result: 1024x1024', 'input input: 1024x1024'] };
  const back = withFix(first, { args: ['input=random:0:auto'], guessed: ['input input: what the outputs need (bounds query)'] });
  assert.deepEqual(back, {
    args: ['--output_extents=[1024,1024]', 'input=random:0:auto'],
    guessed: ['output result: 1024x1024', 'input input: what the outputs need (bounds query)'],
  });
  const scalars = withFix(back, { args: ['--default_input_scalars=estimate,default'], guessed: ['scalar gain (and any other without an estimate): its default'] });
  assert.equal(scalars.args.length, 3);
  assert.equal(scalars.guessed.length, 3);
});

test('an input the pipeline reads outside its guessed extents goes back to the bounds query, once', async () => {
  // Halide's runtime check, as RunGen prints it (no executable is run for this fix).
  const error = 'Error: Input buffer input is accessed at 1024, which is beyond the max (1023) in dimension 0';
  const fix = await sizeFix(describer('/nonexistent'), error, ['--output_extents=[1024,1024]', 'input=random:0:[1024,1024]']);
  assert.deepEqual(fix, { args: ['input=random:0:auto'], guessed: ['input input: what the outputs need (bounds query)'] });
  assert.equal(await sizeFix(describer('/nonexistent'), error, ['--output_extents=[1024,1024]', 'input=random:0:auto']), null);
});

test('a guessed input extent the generator constrains is run at the constrained extent, once', async () => {
  // Halide's runtime checks as RunGen prints them: a constant (halide-elements' n x n inputs) and
  // another buffer's extent (hannk's bias against its output, mediapipe's chroma plane at half).
  const constant = 'halide_error: Constraint violated: intpu1.extent.0 (1024) == 16 (16)';
  const applied = ['--output_extents=[1024,1024]', 'intpu1=random:0:[1024,1024]'];
  const fix = await sizeFix(describer('/nonexistent'), constant, applied);
  assert.deepEqual(fix?.args, ['intpu1=random:0:[16,1024]']);
  assert.match(fix!.guessed[0], /^input intpu1: 16x1024 .*constrains/);
  const other = 'halide_error: Constraint violated: src_uv.extent.1 (1024) == ((src_y.extent.1 + 1)/2) (512)';
  assert.deepEqual((await sizeFix(describer('/nonexistent'), other, ['src_uv=random:0:[512,1024,2]']))?.args, ['src_uv=random:0:[512,512,2]']);
  // Already at it, or an input we did not size (its author's estimates): nothing to fix.
  assert.equal(await sizeFix(describer('/nonexistent'), other, ['src_uv=random:0:[512,512,2]']), null);
  assert.equal(await sizeFix(describer('/nonexistent'), constant, ['--output_extents=[1024,1024]']), null);
});

test('a scalar with neither estimate nor default is run at the value the prediction assumes, once', async () => {
  // brighten's amount without its estimate and with no default: RunGen's defaults flag cannot size it.
  const text = brighten.split('\n').filter((l) => !/amount\.set_estimate/.test(l)).join('\n');
  const g = read(text);
  const error = "Argument value for: amount was specified as 'estimate', but no default and/or estimate was found in the metadata.";
  const first = await sizeFix(describer('/nonexistent'), error, [], { graph: g });
  assert.deepEqual(first?.args, ['--default_input_scalars=estimate,default']);
  const second = await sizeFix(describer('/nonexistent'), error, first!.args, { graph: g });
  assert.deepEqual(second, { args: ['amount=1'], guessed: ['scalar amount = 1'] });
  // The report names the value it ran at, not "its default" (it has none).
  assert.deepEqual(withFix(first!, second!).guessed, ['scalar amount = 1']);
  assert.deepEqual(withGuessedEstimates(g).guessed.filter((s) => s.startsWith('scalar')), ['scalar amount = 1'], 'as the prediction');
  assert.equal(await sizeFix(describer('/nonexistent'), error, [...first!.args, ...second!.args], { graph: g }), null);
});

test('the missing-estimates quick fix writes the sizes the prediction assumes, 1-D and 4-D buffers too', () => {
  // conv_layer: 4-D input, filter and output, a 1-D bias; all estimates taken out.
  const text = fs.readFileSync(path.join(CORPUS, 'conv_layer.cpp'), 'utf8').split('\n').filter((l) => !/set_estimate/.test(l)).join('\n');
  const g = read(text);
  const sized = withGuessedEstimates(g).graph;
  const expected = [...sized.inputs, ...sized.outputs].filter((io) => io.kind !== 'scalar')
    .map((io) => `${io.name}.set_estimates({${io.estimates.map((e) => `{0, ${e!.extent}}`).join(', ')}});`);
  assert.deepEqual(estimateStatements(g, text).filter((l) => l.includes('set_estimates')), expected);
  assert.ok(expected.includes('bias.set_estimates({{0, 1048576}});'), expected.join('\n'));
  assert.ok(expected.includes('output.set_estimates({{0, 64}, {0, 128}, {0, 128}, {0, 1}});'), expected.join('\n'));
});
