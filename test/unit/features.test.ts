// The featurizer on real parses of corpus generators: the schema and its document agree, every value
// is finite, schedule changes move the features they should, edges follow the graph, and the bulk
// mode builds (and resumes) the training cache from a small data directory of real samples.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { extract } from '../../server/src/halide/extract';
import { type GeneratorGraph, stageKey } from '../../server/src/halide/graph';
import { analyze } from '../../server/src/analysis/index';
import {
  FEATURE_SCHEMA_VERSION, GLOBAL_FEATURE_NAMES, STAGE_FEATURE_NAMES, featurize, type PipelineFeatures,
} from '../../server/src/features/index';
import { featurizeDataset, staleMeasurement, type CacheLine } from '../../server/src/collect/trainingCache';
import { sampleSchedule } from '../../server/src/collect/sampler';
import { printSchedule } from '../../server/src/search/printer';
import { readDumps, readSamples, type Sample } from '../../server/src/collect/dataset';
import { runCli } from '../../server/src/cli/cli';
import { CORPUS, ROOT, corpusFiles } from '../paths';

const source = (name: string) => fs.readFileSync(path.join(CORPUS, `${name}.cpp`), 'utf8');
const parse = (text: string, schedule?: string): GeneratorGraph => extract(text, { schedule }).generators[0];
const feats = (g: GeneratorGraph, threads = 2) => featurize(g, { threads });

/** Feature `name` of the stage called `stage` (`blur_x`, `hist.update(0)`). */
function fv(pf: PipelineFeatures, stage: string, name: string): number {
  const s = pf.stages.find((x) => x.name === stage);
  assert.ok(s, `no stage ${stage} in ${pf.stages.map((x) => x.name).join(', ')}`);
  const i = STAGE_FEATURE_NAMES.indexOf(name);
  assert.ok(i >= 0, `no feature ${name}`);
  return s.x[i];
}

test('models/FEATURES.md lists exactly the stage and global features, in order, with the version', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'models', 'FEATURES.md'), 'utf8');
  assert.match(doc, new RegExp(`Schema version: \\*\\*${FEATURE_SCHEMA_VERSION}\\*\\*`));
  const [stagePart, globalPart] = doc.split(/^## Global features/m);
  const rows = (text: string) => [...text.matchAll(/^\| (\d+) \| `([a-z0-9_]+)` \|/gm)].map((m) => [Number(m[1]), m[2]] as const);
  assert.deepEqual(rows(stagePart).map(([, n]) => n), [...STAGE_FEATURE_NAMES]);
  assert.deepEqual(rows(stagePart).map(([i]) => i), STAGE_FEATURE_NAMES.map((_, i) => i));
  assert.deepEqual(rows(globalPart).map(([, n]) => n), [...GLOBAL_FEATURE_NAMES]);
  assert.equal(new Set(STAGE_FEATURE_NAMES).size, STAGE_FEATURE_NAMES.length);
  assert.ok(STAGE_FEATURE_NAMES.length >= 40 && STAGE_FEATURE_NAMES.length <= 100);
});

test('every corpus generator: vectors of schema length, all finite, edges between existing nodes', () => {
  for (const file of corpusFiles()) {
    const g = extract(fs.readFileSync(file, 'utf8')).generators[0];
    const pf = feats(g);
    const where = path.basename(file);
    assert.equal(pf.schema, FEATURE_SCHEMA_VERSION);
    assert.ok(pf.stages.length > 0, where);
    assert.equal(pf.globals.length, GLOBAL_FEATURE_NAMES.length, where);
    for (const v of pf.globals) assert.ok(Number.isFinite(v), where);
    for (const s of pf.stages) {
      assert.equal(s.x.length, STAGE_FEATURE_NAMES.length, `${where} ${s.name}`);
      s.x.forEach((v, i) => assert.ok(Number.isFinite(v), `${where} ${s.name} ${STAGE_FEATURE_NAMES[i]} = ${v}`));
    }
    for (const [p, c] of pf.edges) assert.ok(p >= 0 && c >= 0 && p < pf.stages.length && c < pf.stages.length && p !== c, where);
  }
});

test('edges: one per producer Func -> consumer stage of the graph, plus update order', () => {
  for (const name of ['local_laplacian', 'gaussian_blur', 'iir_blur', 'histogram_equalize']) {
    const g = parse(source(name));
    const pf = feats(g);
    const idx = new Map(pf.stages.map((s, i) => [stageKey(s.func, s.stage), i]));
    const last = (f: string) => Math.max(...pf.stages.filter((s) => s.func === f).map((s) => s.stage));
    const expected = new Set<string>();
    for (const e of g.edges) {
      const consumer = idx.get(e.consumer);
      if (consumer === undefined || !pf.stages.some((s) => s.func === e.producer)) continue;
      const own = e.consumer.startsWith(`${e.producer}.`);
      const from = idx.get(`${e.producer}.${own ? pf.stages[consumer].stage - 1 : last(e.producer)}`)!;
      expected.add(`${from}->${consumer}`);
    }
    pf.stages.forEach((s, i) => { if (s.stage > 0) expected.add(`${idx.get(`${s.func}.${s.stage - 1}`)}->${i}`); });
    assert.deepEqual(new Set(pf.edges.map(([p, c]) => `${p}->${c}`)), expected, name);
    // Producers come before their consumers.
    for (const [p, c] of pf.edges) assert.ok(p < c, `${name}: ${pf.stages[p].name} -> ${pf.stages[c].name}`);
  }
});

test('vectorize changes the vector-width features', () => {
  const text = source('blur3x3');
  const vec = feats(parse(text));
  const scalar = feats(parse(text.replace('.vectorize(xi, 16)', '')));
  assert.equal(fv(vec, 'output', 'log2_vector_width'), Math.log2(17));
  assert.equal(fv(vec, 'output', 'vector_matches_natural'), 1); // uint16: 16 lanes on AVX2
  assert.equal(fv(vec, 'output', 'vector_contiguous'), 1);
  assert.equal(fv(scalar, 'output', 'log2_vector_width'), 0);
  assert.equal(fv(scalar, 'output', 'innermost_vectorized'), 0);
});

test('innermost strides: matmul reads B down a column when k is innermost, along a row when j is', () => {
  const text = source('matmul');
  const g = parse(text);
  // All at root, Halide's default loop order: the RVar k innermost in prod's update.
  const naive = feats(parse(text, printSchedule(sampleSchedule(g, 'root'), 'naive: root')));
  assert.equal(fv(naive, 'prod.update(0)', 'inner_loads_strided'), 1); // B(j, k)
  assert.equal(fv(naive, 'prod.update(0)', 'inner_loads_dense'), 1); // A(k, i)
  assert.equal(fv(naive, 'prod.update(0)', 'inner_loads_invariant'), 1); // prod(j, i)
  assert.equal(fv(naive, 'prod.update(0)', 'inner_store_invariant'), 1);
  // The hand schedule vectorizes j innermost: B and prod step densely, A stays put.
  const hand = feats(g);
  assert.equal(fv(hand, 'prod.update(0)', 'inner_loads_strided'), 0);
  assert.equal(fv(hand, 'prod.update(0)', 'inner_loads_dense'), 2);
  assert.equal(fv(hand, 'prod.update(0)', 'inner_loads_invariant'), 1);
  assert.equal(fv(hand, 'prod.update(0)', 'inner_store_invariant'), 0);
  // A transposed read and a scatter store step across rows; inlined stages have no loops to step.
  assert.equal(fv(feats(parse(source('transpose_tiled'))), 'transposed', 'inner_loads_strided'), 1);
  assert.equal(fv(feats(parse(source('histogram'))), 'hist.update(0)', 'inner_store_strided'), 1);
  assert.equal(fv(feats(parse(source('brighten'))), 'widened', 'inner_loads_dense'), 0);
});

test('clamped vector loads: a boundary condition inlined into a vectorized stage gathers in the edge tiles', () => {
  const text = source('dilate_erode');
  // Hand schedule: erode_x inlines first -> clamped -> repeat_edge three times and is computed per
  // 128-wide output tile, vectorized along x: the two edge tiles of about 20 keep the clamp.
  const hand = feats(parse(text));
  assert.equal(fv(hand, 'erode_x', 'inner_loads_clamped'), 3);
  const share = fv(hand, 'erode_x', 'clamped_edge_share');
  assert.ok(share > 0.09 && share < 0.12, `edge share ${share}`);
  // erode_y does the same arithmetic on erode_x's realized values: no boundary, no gathers.
  assert.equal(fv(hand, 'erode_y', 'inner_loads_clamped'), 0);
  assert.equal(fv(hand, 'erode_y', 'clamped_edge_share'), 0);
  // Computed at root over the whole image, the partitioned loop is erode_x's own: 2 vectors of ~80.
  const root = feats(parse(text, 'erode_x.compute_root().vectorize(x, 32);\nerode_y.compute_root();\ndilated.compute_root();\n'));
  assert.equal(fv(root, 'erode_x', 'inner_loads_clamped'), 3);
  assert.ok(fv(root, 'erode_x', 'clamped_edge_share') < 0.03);
  // The boundary realized on its own: erode_x reads it densely; not vectorized, nothing to gather.
  const realized = feats(parse(text, 'clamped.compute_root();\nerode_x.compute_root().vectorize(x, 32);\n'));
  assert.equal(fv(realized, 'erode_x', 'inner_loads_clamped'), 0);
  assert.equal(fv(realized, 'clamped', 'inner_loads_clamped'), 0);
  assert.equal(fv(feats(parse(text, 'erode_x.compute_root();\n')), 'erode_x', 'inner_loads_clamped'), 0);
  // depthwise_conv vectorizes channels, which the pipeline never reads outside the input: no edge.
  assert.equal(fv(feats(parse(source('depthwise_conv'))), 'depthwise.update(0)', 'inner_loads_clamped'), 0);
  // max_pool's stride-2 window reaches x = -1: pooled's row loop keeps the clamp in its edge vectors.
  assert.equal(fv(feats(parse(source('max_pool'))), 'pooled.update(0)', 'inner_loads_clamped'), 1);
});

test('runtime modulo: mirror_interior inlined into a stencil keeps it at the x+-1 loads (Halide 14 stmt)', () => {
  // rp_146: output = f(dilate1), dilate1 a 5-point max over in0 = mirror_interior(input).
  const text = source('random/rp_146');
  const modulo = (schedule: string) => fv(feats(parse(text, schedule)), 'output', 'inner_loads_modulo');
  // Everything inlined (9.2 ms measured, 1.7 ms all at root): x-1 and x+1 keep select and `%`;
  // x and y+-1 are partitioned clean.
  assert.equal(modulo('// naive: inline\n'), 2);
  // The same with the innermost loop vectorized or inside x tiles.
  assert.equal(modulo('output.vectorize(x, 16);\n'), 2);
  assert.equal(modulo('Var xo("xo"), xi("xi");\noutput.split(x, xo, xi, 64).vectorize(xi, 16);\n'), 2);
  // Innermost loop over y: every load is clean in the interior.
  assert.equal(modulo('output.reorder(y, x);\n'), 0);
  // The boundary realized (its own loads are at offset 0), or in0 realized between: nothing left.
  assert.equal(modulo('mirror_interior.compute_root();\n'), 0);
  assert.equal(modulo('in0.compute_root();\n'), 0);
  // Counted where the loads are: dilate1 realized carries them, output reads it plainly.
  const at = feats(parse(text, 'dilate1.compute_root();\n'));
  assert.equal(fv(at, 'dilate1', 'inner_loads_modulo'), 2);
  assert.equal(fv(at, 'output', 'inner_loads_modulo'), 0);
  // repeat_edge leaves a clean interior: dilate_erode's hand schedule has no modulo anywhere.
  const de = feats(parse(source('dilate_erode')));
  for (const s of de.stages) assert.equal(fv(de, s.name, 'inner_loads_modulo'), 0, s.name);
});

test('compute_root vs inline: placement flags, points computed and bytes written', () => {
  const text = source('blur3x3');
  const g = parse(text);
  const root = feats(parse(text, printSchedule(sampleSchedule(g, 'root'), 'naive: root')));
  const inline = feats(parse(text, printSchedule(sampleSchedule(g, 'inline'), 'naive: inline')));
  assert.equal(fv(root, 'blur_x', 'placement_root'), 1);
  assert.equal(fv(inline, 'blur_x', 'placement_inline'), 1);
  // Inlined, blur_x is evaluated three times per blur_y point instead of once per point it covers.
  assert.ok(fv(inline, 'blur_x', 'log2_points_computed') > fv(root, 'blur_x', 'log2_points_computed') + 1.4);
  assert.equal(fv(inline, 'blur_x', 'log2_bytes_written'), 0);
  assert.ok(fv(root, 'blur_x', 'log2_bytes_written') > 20);
  assert.ok(fv(inline, 'output', 'num_inlined_funcs') > fv(root, 'output', 'num_inlined_funcs'));
});

test('tiles with a stencil halo recompute: blur_x at output tiles has recompute > 1, at root none', () => {
  const text = source('blur3x3');
  const tiled = feats(parse(text));
  assert.equal(fv(tiled, 'blur_x', 'placement_at'), 1);
  assert.ok(fv(tiled, 'blur_x', 'log2_recompute_factor') > 0.01);
  assert.ok(fv(tiled, 'blur_x', 'log2_realizations') > 1);
  // Computed inside the output's parallel loop: its work is spread over the threads.
  assert.ok(fv(tiled, 'blur_x', 'log2_enclosing_parallel_tasks') > 0);
  const root = feats(parse(text.replace(/blur_x\.compute_at\(output, x\)/, 'blur_x.compute_root()')));
  assert.equal(fv(root, 'blur_x', 'log2_recompute_factor'), 0);
  assert.equal(fv(root, 'blur_x', 'log2_realizations'), 1);
});

test('access patterns: stencil, up/downsample, transpose, gather, reduction and scatter', () => {
  const blur = feats(parse(source('blur3x3')));
  assert.equal(fv(blur, 'blur_x', 'access_stencil'), 1);
  assert.equal(fv(blur, 'blur_x', 'log2_max_footprint'), 2); // 3 taps
  assert.equal(fv(blur, 'blur_x', 'max_stencil_radius'), 1);
  const ud = feats(parse(source('upsample_downsample')));
  assert.equal(fv(ud, 'down_x', 'access_downsample'), 1);
  assert.equal(fv(ud, 'up_x', 'access_upsample'), 1);
  assert.equal(fv(feats(parse(source('transpose_tiled'))), 'transposed', 'access_transpose'), 1);
  assert.equal(fv(feats(parse(source('lut_gather'))), 'curve', 'access_gather'), 1);
  const hist = feats(parse(source('histogram')));
  assert.equal(fv(hist, 'hist.update(0)', 'access_reduction'), 1);
  assert.equal(fv(hist, 'hist.update(0)', 'scatter_update'), 1);
  assert.equal(fv(hist, 'hist.update(0)', 'reads_self'), 1);
  assert.ok(fv(hist, 'hist.update(0)', 'log2_reduction_extent') > 10);
  const conv = feats(parse(source('conv_layer')));
  assert.equal(fv(conv, 'conv', 'access_broadcast'), 1); // bias(c) over x, y, n
  assert.equal(fv(conv, 'conv.update(0)', 'num_rvars'), 3);
});

test('threads: serial root stages use one thread of N, parallel ones all of them', () => {
  const text = source('blur3x3');
  const one = feats(parse(text), 1), four = feats(parse(text), 4);
  assert.equal(one.globals[GLOBAL_FEATURE_NAMES.indexOf('threads')], 1);
  assert.equal(fv(one, 'output', 'thread_utilization'), 1);
  assert.ok(fv(four, 'output', 'log2_tasks_per_thread') < fv(one, 'output', 'log2_tasks_per_thread'));
  const serialRoot = feats(parse(text, printSchedule(sampleSchedule(parse(text), 'root'), 'root')), 4);
  assert.equal(fv(serialRoot, 'blur_x', 'thread_utilization'), 0.25);
});

function readCache(file: string): CacheLine[] {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

test('bulk: a tiny data dir of real samples -> one line per sample, resumable, bad samples skipped', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'features-'));
  try {
    const data = path.join(ROOT, 'data');
    // Parts of our own pipelines (realworld samples need their dumps and ../shared/realworld).
    const firstPipeline = (f: string) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(data, 'samples', f))).toString('utf8').split('\n')[0]).pipeline as string;
    const parts = fs.readdirSync(path.join(data, 'samples')).filter((f) => f.endsWith('.jsonl.gz') && !firstPipeline(f).startsWith('realworld/')).sort();
    fs.mkdirSync(path.join(tmp, 'data', 'samples'), { recursive: true });
    // The smallest real part, plus a part with one sample whose pipeline has no source.
    const smallest = parts.map((f) => path.join(data, 'samples', f)).sort((a, b) => fs.statSync(a).size - fs.statSync(b).size)[0];
    fs.copyFileSync(smallest, path.join(tmp, 'data', 'samples', path.basename(smallest)));
    const real: Sample[] = zlib.gunzipSync(fs.readFileSync(smallest)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const bad = { ...real[0], id: 'missing-source', pipeline: 'corpus/no_such_generator' };
    fs.writeFileSync(path.join(tmp, 'data', 'samples', 'zz-bad.jsonl.gz'), zlib.gzipSync(JSON.stringify(bad) + '\n'));
    if (fs.existsSync(path.join(data, 'splits.json'))) fs.copyFileSync(path.join(data, 'splits.json'), path.join(tmp, 'data', 'splits.json'));
    const out = path.join(tmp, 'cache', 'features.jsonl.gz');
    const opts = { root: ROOT, dataDir: path.join(tmp, 'data'), out, threadsFromSample: true, threads: 1 };

    const first = featurizeDataset(opts);
    assert.equal(first.total, real.length + 1);
    assert.equal(first.written, real.length);
    assert.equal(Object.values(first.skipped).reduce((a, b) => a + b, 0), 1);
    const lines = readCache(out);
    assert.deepEqual(lines.map((l) => l.id).sort(), real.map((s) => s.id).sort());
    for (const l of lines) {
      const s = real.find((r) => r.id === l.id)!;
      assert.equal(l.schema, FEATURE_SCHEMA_VERSION);
      assert.equal(l.pipeline, s.pipeline);
      assert.equal(l.medianMs, s.medianMs);
      assert.equal(l.bestMs, Math.min(...s.timesMs));
      assert.equal(l.threads, s.threads);
      assert.equal(l.source, s.schedule.source);
      assert.ok(['train', 'validation', 'test'].includes(l.split));
      assert.ok(l.stages.length > 0 && l.stages.every((st) => st.x.length === STAGE_FEATURE_NAMES.length));
    }

    // Resume: nothing new to do; then a dropped line is the only one written again.
    const again = featurizeDataset(opts);
    assert.equal(again.kept, real.length);
    assert.equal(again.written, 0);
    fs.writeFileSync(out, zlib.gzipSync(lines.slice(1).map((l) => JSON.stringify(l)).join('\n') + '\n'));
    const resumed = featurizeDataset(opts);
    assert.equal(resumed.kept, real.length - 1);
    assert.equal(resumed.written, 1);
    assert.deepEqual(readCache(out).find((l) => l.id === lines[0].id)?.stages, lines[0].stages);
    // Another schema: every line is rebuilt.
    fs.writeFileSync(out, zlib.gzipSync(lines.map((l) => JSON.stringify({ ...l, schema: -1 })).join('\n') + '\n'));
    assert.equal(featurizeDataset(opts).written, real.length);
    assert.ok(!fs.readdirSync(path.dirname(out)).some((f) => f.endsWith('.tmp')));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('bulk: samples from two machines are never mixed: the one with the most unless another is chosen', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'features-'));
  try {
    const samples = path.join(ROOT, 'data', 'samples');
    const smallest = fs.readdirSync(samples).filter((f) => f.endsWith('.jsonl.gz')).map((f) => path.join(samples, f))
      .sort((a, b) => fs.statSync(a).size - fs.statSync(b).size)[0];
    const real: Sample[] = zlib.gunzipSync(fs.readFileSync(smallest)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    // The same schedules measured again elsewhere: other labels under another machine id.
    const elsewhere = real.slice(0, 2).map((s) => ({ ...s, id: `${s.id}-b`, machine: 'b0b0b0b0b0b0', timesMs: s.timesMs.map((t) => t * 1.24) }));
    fs.mkdirSync(path.join(tmp, 'data', 'samples'), { recursive: true });
    fs.copyFileSync(smallest, path.join(tmp, 'data', 'samples', path.basename(smallest)));
    fs.writeFileSync(path.join(tmp, 'data', 'samples', 'zz-elsewhere.jsonl.gz'), zlib.gzipSync(elsewhere.map((s) => JSON.stringify(s)).join('\n') + '\n'));
    const opts = { root: ROOT, dataDir: path.join(tmp, 'data'), out: path.join(tmp, 'features.jsonl.gz'), threadsFromSample: true, threads: 1 };
    // Unchosen, the hardware with the most samples, alone: never a mix of the two.
    featurizeDataset(opts);
    const first = readCache(opts.out).map((l) => l.id).sort();
    const groups = [real.map((s) => s.id).sort(), elsewhere.map((s) => s.id).sort()];
    assert.ok(groups.some((g) => JSON.stringify(g) === JSON.stringify(first)), `one machine's samples: ${first}`);
    assert.equal(first.length, Math.max(real.length, elsewhere.length));
    assert.throws(() => featurizeDataset({ ...opts, machine: 'c0c0c0c0c0c0' }), /no samples from machine c0c0c0c0c0c0/);
    assert.equal(featurizeDataset({ ...opts, machine: 'b0b0b0b0b0b0' }).written, 2);
    assert.deepEqual(readCache(opts.out).map((l) => l.bestMs), elsewhere.map((s) => Math.min(...s.timesMs)));
    assert.equal(featurizeDataset({ ...opts, machine: real[0].machine }).written, real.length, 'the other machine\'s lines are replaced');
    assert.deepEqual(readCache(opts.out).map((l) => l.id).sort(), real.map((s) => s.id).sort());
    // --all-hardware: both, each line naming the hardware that measured it (the trainer keeps them apart).
    featurizeDataset({ ...opts, allHardware: true });
    const both = readCache(opts.out);
    assert.equal(both.length, real.length + elsewhere.length);
    assert.deepEqual(new Set(both.filter((l) => l.id.endsWith('-b')).map((l) => l.hardware)), new Set(['b0b0b0b0b0b0']));
    assert.deepEqual(new Set(both.filter((l) => !l.id.endsWith('-b')).map((l) => l.hardware)), new Set([real[0].machine]));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the natural vector width is the target\'s: 16 float lanes are one AVX-512 instruction, two AVX2 ones', () => {
  const text = `#include "Halide.h"
using namespace Halide;
class W : public Generator<W> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  Var x{"x"}, y{"y"};
  void generate() {
    Func f("f");
    f(x, y) = input(x, y) * 2.0f;
    output(x, y) = f(x, y) + f(x + 1, y);
    input.set_estimates({{0, 1024}, {0, 1024}});
    output.set_estimates({{0, 1024}, {0, 1024}});
    f.compute_root().vectorize(x, 16);
    output.vectorize(x, 8);
  }
};
HALIDE_REGISTER_GENERATOR(W, w)
`;
  const at = (target?: string) => feats(extract(text, { target }).generators[0]);
  const avx512 = at('x86-64-linux-avx-avx2-avx512-avx512_skylake'), avx2 = at('x86-64-linux-avx-avx2'), unknown = at();
  const lanes = (pf: PipelineFeatures, stage: string) => Math.round(2 ** fv(pf, stage, 'log2_native_lanes') - 1);
  // The schedule's widths do not depend on the target; the lanes one instruction does do.
  assert.equal(fv(avx512, 'f', 'log2_vector_width'), fv(avx2, 'f', 'log2_vector_width'));
  assert.deepEqual([lanes(avx512, 'f'), lanes(avx2, 'f'), lanes(unknown, 'f')], [16, 8, 8]);
  assert.deepEqual([fv(avx512, 'f', 'log2_vector_over_natural'), fv(avx2, 'f', 'log2_vector_over_natural')], [0, 1]);
  // Eight lanes are one instruction either way, half a native vector on AVX-512.
  assert.deepEqual([lanes(avx512, 'output'), lanes(avx2, 'output')], [8, 8]);
  assert.deepEqual([fv(avx512, 'output', 'vector_matches_natural'), fv(avx2, 'output', 'vector_matches_natural')], [0, 1]);
});

test('halide-lens features: JSON and table for one file; bad usage exits 2', async () => {
  const lines: string[] = [];
  const file = path.join(CORPUS, 'blur3x3.cpp');
  const avx2 = 'x86-64-linux-avx-avx2-fma';
  assert.equal(await runCli(['features', file, '--threads', '2', '--target', avx2, '--json'], (s) => lines.push(s)), 0);
  const { origin, ...pf } = JSON.parse(lines.join('\n')) as PipelineFeatures & { origin: string };
  assert.equal(origin, 'static', 'the JSON says which reading of the generator it featurized');
  assert.equal(pf.generator, 'blur3x3');
  assert.deepEqual(pf, feats(extract(source('blur3x3'), { target: avx2 }).generators[0]));
  lines.length = 0;
  assert.equal(await runCli(['features', file, '--threads=2'], (s) => lines.push(s)), 0);
  const table = lines.join('\n');
  for (const n of STAGE_FEATURE_NAMES) assert.match(table, new RegExp(`^${n} `, 'm'));
  assert.match(table, /clamped -> blur_x|blur_x -> blur_y/);
  const stderr = process.stderr.write;
  process.stderr.write = () => true; // usage text
  try {
    assert.equal(await runCli(['features', file, '--bogus'], () => undefined), 2);
    assert.equal(await runCli(['features', '--data', 'data'], () => undefined), 2);
  } finally {
    process.stderr.write = stderr;
  }
});

test('a caller-supplied analysis gives the same features as the featurizer computing its own', () => {
  const g = extract(fs.readFileSync(path.join(ROOT, 'corpus', 'local_laplacian.cpp'), 'utf8')).generators[0];
  assert.deepEqual(featurize(g, { threads: 2, analysis: analyze(g) }), featurize(g, { threads: 2 }));
});

test('a realworld sample measured over an empty reduction window is stale: training and rank refuse it, collect measures it again', () => {
  // The committed hannk DepthwiseConv samples measured before the bench worker sized a filter whose extents
  // its RDom reads (bounds inference saw an empty filter): their dumps describe a window the run never had.
  const data = path.join(ROOT, 'data');
  const old = readSamples(data).filter((s) => s.pipeline.endsWith('/DepthwiseConv') && s.date < '2026-12-05T18:00:00Z');
  assert.ok(old.length > 0, 'the committed stale samples');
  const dumps = readDumps(data);
  for (const s of old) assert.match(staleMeasurement(s, dumps.get(s.id)!) ?? '', /empty reduction window \(filter\.extent\.1, filter\.extent\.2/);
  // The same dump from a run after the fix is what it describes; a pipeline whose reductions read no input extents never was stale.
  assert.equal(staleMeasurement({ ...old[0], date: '2026-12-06T00:00:00Z' }, dumps.get(old[0].id)!), null);
  const other = readSamples(data).find((s) => s.pipeline.endsWith('/inverse_haar_x') && dumps.has(s.id))!;
  assert.equal(staleMeasurement({ ...other, date: '2026-01-01T00:00:00Z' }, dumps.get(other.id)!), null);
});
