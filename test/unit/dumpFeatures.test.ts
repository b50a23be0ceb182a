// Features of realworld samples read the way training and rank read them: Halide's own dump of the
// pipeline each sample measured (data/dumps), converted and featurized. Each test pins a rule that
// holds for any Halide pipeline, checked on a real generator's dump (../shared/realworld beside the clone).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSamples, type Sample } from '../../server/src/collect/dataset';
import { SampleGraphs } from '../../server/src/collect/trainingCache';
import { withGuessedEstimates } from '../../server/src/halide/sizing';
import { stageKey } from '../../server/src/halide/graph';
import { analyze } from '../../server/src/analysis/index';
import { shiftAsArith } from '../../server/src/toolchain/dumpToGraph';
import { STAGE_FEATURE_NAMES, featurize, type PipelineFeatures } from '../../server/src/features/index';
import { REALWORLD, ROOT } from '../paths';

const DATA = path.join(ROOT, 'data');
const skip = !fs.existsSync(path.join(REALWORLD, 'PROVENANCE.tsv')) && 'no ../shared/realworld';
let samples: Sample[] | null = null;
let graphs: SampleGraphs | null = null;

/** Features of the first stored realworld sample of `pipeline` whose schedule came from `source`. */
function dumpFeatures(pipeline: string, source: string): PipelineFeatures {
  samples ??= readSamples(DATA);
  graphs ??= new SampleGraphs(ROOT, DATA);
  const s = samples.find((x) => x.pipeline === `realworld/${pipeline}` && x.schedule.source === source);
  assert.ok(s, `no ${source} sample of ${pipeline} in data/`);
  return featurize(withGuessedEstimates(graphs.graph(s)).graph, { threads: s.threads });
}

function fv(pf: PipelineFeatures, stage: string, name: string): number {
  const s = pf.stages.find((x) => x.name === stage);
  assert.ok(s, `no stage ${stage} in ${pf.stages.map((x) => x.name).join(', ')}`);
  return s.x[STAGE_FEATURE_NAMES.indexOf(name)];
}

test('an index divided by a scalar Input is a gather, whatever the scalar\'s estimate', { skip }, () => {
  // hannk UpsampleChannels: output(c, x, y, b) = input(c / factor, x, y, b), factor an Input<int>
  // estimated at 1. Halide does not know factor when it compiles: each vector lane divides on its
  // own and loads its own address; reading the estimate as a constant made it a pointwise copy.
  const up = dumpFeatures('halide-v14__apps_hannk__depthwise_conv_generator/UpsampleChannels', 'hand');
  assert.equal(fv(up, 'output', 'access_gather'), 1);
  assert.equal(fv(up, 'output', 'access_pointwise'), 0);
  assert.equal(fv(up, 'output', 'inner_loads_strided'), 1);
  assert.equal(fv(up, 'output', 'inner_loads_dense'), 0);
  // A constant divisor stays a scale Halide simplifies: inverse_haar_x reads in(x / 2, y, c).
  const haar = dumpFeatures('halide-v14__apps_wavelet__inverse_haar_x_generator/inverse_haar_x', 'hand');
  assert.equal(fv(haar, 'out', 'access_upsample'), 1);
  assert.equal(fv(haar, 'out', 'access_gather'), 0);
});

test('shifts by a constant in Halide\'s simplified indices are read as scales, so their bounds are known', { skip }, () => {
  // motioncam CameraPreview reads its packed RAW input at inputRepeated(((y << 1) * stride) + (x >> 1) * 5 + k):
  // Halide's dump writes the shifts as shift_left/shift_right intrinsics; read as opaque text, the
  // region of inputRepeated (and the points of every stage that reads through it) was unknown.
  samples ??= readSamples(DATA);
  graphs ??= new SampleGraphs(ROOT, DATA);
  const s = samples.find((x) => x.pipeline === 'realworld/motioncam__CameraPreviewGenerator/camera_preview_generator' && x.schedule.source === 'hand');
  assert.ok(s);
  const g = withGuessedEstimates(graphs.graph(s)).graph;
  const raw = g.stages.find((st) => st.id === stageKey('rawInput', 0));
  assert.ok(raw);
  const trees = raw.calls.filter((c) => c.callee === 'inputRepeated').flatMap((c) => c.argExprs);
  assert.ok(trees.length > 0);
  assert.ok(!JSON.stringify(trees).includes('shift_'), 'no shift left opaque');
  const a = analyze(g);
  const region = a.funcs.find((f) => f.func === 'inputRepeated')?.region ?? [];
  assert.equal(region.length, 1);
  assert.ok(region.every((r) => r.min !== null && r.extent !== null && r.extent > 0), JSON.stringify(region));
  const pf = featurize(g, { threads: s.threads, analysis: a });
  assert.deepEqual(pf.warnings.filter((w) => w.includes('unknown')), []);
  // The rule itself: shift_left(v, k) = v * 2^k, shift_right(v, k) = v / 2^k, nested operands too.
  assert.deepEqual(shiftAsArith({ op: 'opaque', text: 'shift_right(width, (uint32)3)' }),
    { op: 'div', args: [{ op: 'var', name: 'width' }, { op: 'const', value: 8 }] });
  assert.deepEqual(shiftAsArith({ op: 'opaque', text: 'shift_left(shift_right(x, (uint32)1), (uint32)2)' }),
    { op: 'mul', args: [{ op: 'div', args: [{ op: 'var', name: 'x' }, { op: 'const', value: 2 }] }, { op: 'const', value: 4 }] });
  assert.deepEqual(shiftAsArith({ op: 'opaque', text: 'likely(x)' }), { op: 'opaque', text: 'likely(x)' });
});
