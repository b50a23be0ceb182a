// The compiled graph (Halide's own account, toolchain/compiledGraph.ts) against the static front end's
// on corpus generators where the static reading is known exact (truth.test.ts): the same Funcs,
// stages, edges, op counts and placements, loops of the same shape, and the same features. Real
// Halide, real parses. Also: what Halide reports and the static front end misses is kept, and a
// generator that does not compile is a clear error naming the step.
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis/index';
import { extract } from '../../server/src/halide/extract';
import type { GeneratorGraph, OpCounts, StageGraph } from '../../server/src/halide/graph';
import { featurize, STAGE_FEATURE_NAMES } from '../../server/src/features/index';
import { CompiledGraphError, compiledGraph, compiledGraphAndDumps } from '../../server/src/toolchain/compiledGraph';
import { readProvenance } from '../../server/src/collect/realworld';
import { CORPUS, corpusFiles, REALWORLD, ROOT } from '../paths';
import { compareGraph } from './compare';
import { getTruth } from './truth';

/** A boundary condition with a schedule, an RDom update that reads itself, a reduction over a 3-D RDom. */
const GENERATORS = ['blur3x3', 'histogram', 'conv_layer'];
const CACHE = process.env.HALIDE_LENS_TEST_CACHE ?? path.join(ROOT, '.cache', 'compiled-graph');
const graphs = new Map<string, { static: StageGraph; compiled: StageGraph; dump: unknown }>();

before(async () => {
  const queue = [...GENERATORS];
  const worker = async (): Promise<void> => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const file = path.join(CORPUS, `${name}.cpp`);
      const st = extract(fs.readFileSync(file, 'utf8'), { uri: file });
      const { graph, dumps } = await compiledGraphAndDumps(file, name, { staticGraph: st, cacheDir: CACHE });
      graphs.set(name, { static: st, compiled: graph, dump: dumps[0] });
    }
  };
  await Promise.all([worker(), worker()]);
});

const sortedOps = (ops: OpCounts): string => JSON.stringify(Object.keys(ops).sort().map((k) => [k, Object.keys(ops[k]).sort().map((t) => [t, ops[k][t]])]));

function sameStructure(a: GeneratorGraph, b: GeneratorGraph): void {
  const funcs = (g: GeneratorGraph) => g.funcs.map((f) => `${f.name}:${f.kind}:${f.dims}:${f.stages.join(',')}`).sort();
  assert.deepEqual(funcs(b), funcs(a), 'Funcs, kinds and stages');
  for (const s of a.stages) {
    const t = b.stages.find((x) => x.id === s.id)!;
    assert.deepEqual(
      { kind: t.kind, pureVars: t.pureVars, rvars: t.rvars, types: t.types, ops: sortedOps(t.ops), calls: t.calls.length },
      { kind: s.kind, pureVars: s.pureVars, rvars: s.rvars, types: s.types, ops: sortedOps(s.ops), calls: s.calls.length },
      `stage ${s.id}`,
    );
  }
  const edges = (g: GeneratorGraph) => g.edges.map((e) => `${e.producer} -> ${e.consumer} x${e.calls}`).sort();
  assert.deepEqual(edges(b), edges(a), 'edges');
}

for (const name of GENERATORS) {
  test(`${name}: the compiled graph equals the static one (Funcs, stages, edges, op counts)`, () => {
    const { static: st, compiled } = graphs.get(name)!;
    const [a, b] = [st.generators[0], compiled.generators[0]];
    assert.equal(a.origin, 'static');
    assert.equal(b.origin, 'compiled');
    sameStructure(a, b);
    // Source ranges come from the static graph by name.
    for (const f of b.funcs) assert.deepEqual(f.range, a.funcs.find((x) => x.name === f.name)!.range, f.name);
    assert.deepEqual(b.inputs.map((i) => [i.name, i.kind, i.type, i.dims, i.estimates.map((e) => e && [e.min, e.extent])]),
      a.inputs.map((i) => [i.name, i.kind, i.type, i.dims, i.estimates.map((e) => e && [e.min, e.extent])]));
  });

  test(`${name}: the schedule Halide applied replays to the same placements and loops`, () => {
    const { static: st, compiled, dump } = graphs.get(name)!;
    const [a, b] = [analyze(st.generators[0]), analyze(compiled.generators[0])];
    const place = (an: typeof a) => an.funcs.map((f) => ({ func: f.func, placement: f.placement, compute: f.computeLevel, store: f.storeLevel, realizations: f.realizations }));
    assert.deepEqual(place(b), place(a), 'placements');
    // Loop names differ only in the counter Halide and the replay give new vectorized dims (x.v1 / x.v0).
    const shape = (an: typeof a) => an.stages.map((q) => `${q.stage}: ${q.loops.map((l) => `${l.name.replace(/\.v\d+$/, '.v')}/${l.kind}/${l.extent}`).join(' ')}`);
    assert.deepEqual(shape(b), shape(a));
    assert.deepEqual(compareGraph(compiled.generators[0], dump as never), [], 'compiled graph against the dump it came from');
  });

  test(`${name}: features from both graphs agree`, () => {
    const { compiled } = graphs.get(name)!;
    // Both read for the target Halide compiled for: the natural vector width is the target's.
    const file = path.join(CORPUS, `${name}.cpp`);
    const st = extract(fs.readFileSync(file, 'utf8'), { uri: file, target: compiled.generators[0].target });
    assert.ok(compiled.generators[0].target, 'the compiled graph records its target');
    const [a, b] = [featurize(st.generators[0], { threads: 2 }), featurize(compiled.generators[0], { threads: 2 })];
    assert.deepEqual(b.stages.map((s) => s.name), a.stages.map((s) => s.name));
    let worst = 0;
    a.stages.forEach((s, i) => s.x.forEach((v, k) => {
      const d = Math.abs(v - b.stages[i].x[k]);
      if (d > worst) worst = d;
      assert.ok(d < 1e-9, `${s.name}.${STAGE_FEATURE_NAMES[k]}: static ${v}, compiled ${b.stages[i].x[k]}`);
    }));
    assert.deepEqual(b.globals, a.globals);
    assert.equal(worst, 0);
  });
}

test('a generator Halide rejects is a CompiledGraphError naming the step and the compiler\'s last lines', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-compiled-'));
  const file = path.join(dir, 'broken.cpp');
  fs.writeFileSync(file, fs.readFileSync(path.join(CORPUS, 'brighten.cpp'), 'utf8').replace(/void generate\(\) \{/, 'void generate() { undeclared_thing();'));
  await assert.rejects(compiledGraph(file, undefined, { cacheDir: CACHE }), (e: unknown) => {
    assert.ok(e instanceof CompiledGraphError);
    assert.equal(e.step, 'compile');
    assert.match(e.message, /undeclared_thing/);
    return true;
  });
  // Running is a step too: a generator that fails when Halide builds its pipeline.
  fs.writeFileSync(file, fs.readFileSync(path.join(CORPUS, 'brighten.cpp'), 'utf8').replace(/void generate\(\) \{/, 'void generate() { Func bad("bad"); Var q; bad(q) = 1; bad(q, q) = 2;'));
  await assert.rejects(compiledGraph(file, undefined, { cacheDir: CACHE }), (e: unknown) => {
    assert.ok(e instanceof CompiledGraphError);
    assert.equal(e.step, 'run');
    assert.match(e.message, /bad/);
    return true;
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

// The CLI as a user runs it (the bundle); the builds before() made are reused through the cache.
function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'server.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: { ...process.env, HALIDE_LENS_CACHE: CACHE, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('CLI --exact: graph, features and predict say the graph was compiled by Halide', () => {
  const g = cli({}, 'graph', 'corpus/blur3x3.cpp', '--exact');
  assert.equal(g.code, 0, g.stderr);
  assert.match(g.stdout, /^generator blur3x3 \(class Blur3x3\) \[origin: compiled by Halide\]/);
  assert.match(g.stdout, /\.compute_at\(output, x\)/);
  const j = cli({}, 'graph', 'corpus/blur3x3.cpp', '--exact', '--json');
  assert.equal(JSON.parse(j.stdout).generators[0].origin, 'compiled');
  const f = cli({}, 'features', 'corpus/blur3x3.cpp', '--exact');
  assert.equal(f.code, 0, f.stderr);
  assert.match(f.stdout, /\[origin: compiled by Halide\]/);
  const p = cli({}, 'predict', 'corpus/blur3x3.cpp', '--exact');
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /^predicted run time of blur3x3 .*\[origin: compiled by Halide\]/);
  // Without --exact the static front end's reading, and it says so.
  assert.match(cli({}, 'graph', 'corpus/blur3x3.cpp').stdout, /\[origin: static front end\]/);
});

test('CLI suggest --exact searches Halide\'s graph of a generator the static reader cannot follow', { skip: !fs.existsSync(REALWORLD) && 'no ../shared/realworld' }, () => {
  // poc builds its FFTs in a library header (Element.h) over a ComplexExpr type: the static reading
  // has one stage, Halide's has the whole pipeline, and the suggestion schedules Funcs of it.
  const file = path.join(REALWORLD, 'halide-elements__poc_generator.cc');
  const support = readProvenance(REALWORLD).find((e) => e.file === path.basename(file))!;
  const include = support.includeDirs.join(path.delimiter);
  const staticRead = cli({}, 'graph', file, '--include', include, '--json');
  const staticFuncs = JSON.parse(staticRead.stdout).generators[0].funcs.map((f: { name: string }) => f.name);
  const r = cli({}, 'suggest', file, '--exact', '--include', include, '--from', 'scratch', '--budget-ms', '800', '--threads', '2', '--json');
  assert.equal(r.code, 0, r.stderr);
  type Steps = { steps: { func: string; name: string }[] };
  const s = JSON.parse(r.stdout) as Steps & { scheduleHeader: string; predictedMs: number; alternatives: Steps[] };
  assert.ok(s.predictedMs > 0);
  // The best may inline everything (the search may inline past 400 terms since session 38): the
  // candidates it would measure place Funcs only Halide's graph has.
  const scheduled = new Set([s, ...s.alternatives].flatMap((a) => a.steps).filter((d) => d.name === 'compute_root' || d.name === 'compute_at').map((d) => d.func));
  assert.ok([...scheduled].some((f) => !staticFuncs.includes(f)), `scheduled ${[...scheduled]} vs static ${staticFuncs}`);
  assert.match(s.scheduleHeader, /inline void apply_schedule_poc\(/);
});

test('the compiled graph keeps the branch each directive is written in: from scratch drops the manual one', async () => {
  // Halide's dump cannot tell `if (!auto_schedule)` from unconditional code: before the branches were
  // taken from the static reading, every directive was 'always', and a search from scratch kept them all.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-branches-'));
  const file = path.join(dir, 'branches.cpp');
  fs.writeFileSync(file, `#include "Halide.h"
using namespace Halide;
class Branches : public Generator<Branches> {
public:
  Input<Buffer<float>> input{"input", 2};
  Output<Buffer<float>> output{"output", 2};
  void generate() {
    Var x("x"), y("y"), xi("xi");
    Func a("a"), b("b");
    a(x, y) = input(x, y) * 2.0f;
    b(x, y) = a(x, y) + a(x + 1, y);
    output(x, y) = b(x, y) + b(x, y + 1);
    a.compute_root();
    input.set_estimates({{0, 1024}, {0, 1024}});
    output.set_estimates({{0, 1000}, {0, 1000}});
    if (!auto_schedule) {
      output.split(x, x, xi, 8).vectorize(xi).parallel(y);
      b.compute_at(output, y).vectorize(x, 8);
    }
  }
};
HALIDE_REGISTER_GENERATOR(Branches, branches)
`);
  try {
    const st = extract(fs.readFileSync(file, 'utf8'), { uri: file });
    const g = (await compiledGraph(file, 'branches', { staticGraph: st, cacheDir: CACHE })).generators[0];
    const branches = (func: string) => [...new Set(g.schedule.filter((d) => d.func === func).map((d) => `${d.name}:${d.branch}`))].sort();
    assert.deepEqual(branches('a'), ['compute_root:always']);
    assert.deepEqual(branches('b'), ['compute_at:manual', 'split:manual', 'vectorize:manual']);
    assert.ok(branches('output').length >= 3 && branches('output').every((k) => k.endsWith(':manual')), `${branches('output')}`);
    const r = cli({}, 'suggest', file, '--exact', '--from', 'scratch', '--budget-ms', '500', '--threads', '2', '--json');
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as { steps: { func: string; name: string }[] };
    // The unconditional compute_root stays where it is written (no step places \`a\` again, only its
    // loops are shaped on top); the manual schedule is searched again, not copied.
    assert.ok(!s.steps.some((d) => d.func === 'a' && /^compute_/.test(d.name)), JSON.stringify(s.steps));
    assert.ok(s.steps.some((d) => d.func === 'output'), 'the output is scheduled by the search');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI --exact without a toolchain fails loudly, never falling back to the static graph', () => {
  for (const cmd of ['graph', 'features', 'predict', 'suggest']) {
    const r = cli({ HALIDE_ROOT: path.join(os.tmpdir(), 'no-halide-here') }, cmd, 'corpus/blur3x3.cpp', '--exact');
    assert.equal(r.code, 1, `${cmd}: ${r.stdout}`);
    assert.equal(r.stdout, '', `${cmd} printed a graph without the toolchain`);
    assert.match(r.stderr, /--exact needs the Halide toolchain \(no fallback to the static graph\): .*Halide toolchain not found: HALIDE_ROOT=.*no-halide-here/);
  }
});

test('cancelling stops the build and leaves no compiler behind', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-cancel-'));
  const file = path.join(dir, `cancel_${process.pid}.cpp`);
  // A source no cache has seen, so the compile really starts.
  fs.writeFileSync(file, `// ${Date.now()}\n${fs.readFileSync(path.join(CORPUS, 'brighten.cpp'), 'utf8')}`);
  const ac = new AbortController();
  const started = performance.now();
  const pending = compiledGraph(file, undefined, { cacheDir: CACHE, signal: ac.signal });
  setTimeout(() => ac.abort(), 1000);
  await assert.rejects(pending, (e: unknown) => e instanceof CompiledGraphError && e.step === 'compile' && /cancelled/.test(e.message));
  assert.ok(performance.now() - started < 5000, 'the compile stopped at the cancel, not at its end');
  await new Promise((r) => setTimeout(r, 300));
  const left = spawnSync('pgrep', ['-f', path.basename(file)], { encoding: 'utf8' });
  assert.equal(left.stdout.trim(), '', 'a compiler process outlived the cancel');
  assert.deepEqual(fs.readdirSync(path.join(CACHE, 'obj')).filter((f) => f.startsWith(path.basename(file, '.cpp'))), [], 'no object (or temp file) left');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('an autoscheduler\'s schedule.h applied by the compiled graph is the schedule Halide itself chose', async () => {
  const file = path.join(CORPUS, 'local_laplacian.cpp');
  for (const source of ['adams2019', 'mullapudi2016'] as const) {
    const truth = await getTruth('local_laplacian', file, source);
    const st = extract(fs.readFileSync(file, 'utf8'), { uri: file, schedule: truth.scheduleText });
    const { graph, dumps } = await compiledGraphAndDumps(file, 'local_laplacian', { schedulePath: truth.schedulePath, staticGraph: st, cacheDir: CACHE });
    assert.equal(dumps[0].schedule_source, 'schedule.h');
    assert.deepEqual(compareGraph(graph.generators[0], truth.dump), [], `${source}: compiled graph with the schedule.h vs the autoscheduler's own result`);
    assert.deepEqual(compareGraph(st.generators[0], dumps[0]), [], `${source}: static reading of the schedule.h vs Halide applying it`);
  }
  // Li2018 writes pseudo-code, not C++: a clear error, not a compiler crash.
  const li = await getTruth('local_laplacian', file, 'li2018');
  await assert.rejects(compiledGraph(file, 'local_laplacian', { schedulePath: li.schedulePath, cacheDir: CACHE }), /schedule failed: .* is not an autoscheduler's schedule/);
});

test('every corpus generator: the schedule Halide applied replays to the static reading\'s placements and loop nests', async () => {
  const placed = (an: ReturnType<typeof analyze>) => an.funcs
    .map((f) => ({ func: f.func, placement: f.placement, compute: f.computeLevel, store: f.storeLevel, realizations: f.realizations }))
    .sort((x, y) => x.func.localeCompare(y.func));
  const loops = (an: ReturnType<typeof analyze>) => an.stages
    .map((q) => `${q.stage}: ${q.loops.map((l) => `${l.name.replace(/\.v\d+(?=\.|$)/g, '.v')}/${l.kind}/${l.extent}`).join(' ')}`).sort();
  const queue = corpusFiles();
  const differs: string[] = [];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const st = extract(fs.readFileSync(file, 'utf8'), { uri: file });
      const compiled = await compiledGraph(file, undefined, { staticGraph: st, cacheDir: CACHE });
      const [a, b] = [analyze(st.generators[0]), analyze(compiled.generators[0])];
      if (JSON.stringify(placed(a)) !== JSON.stringify(placed(b))) differs.push(`${path.basename(file)}: placements`);
      if (JSON.stringify(loops(a)) !== JSON.stringify(loops(b))) differs.push(`${path.basename(file)}: loops`);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(differs, []);
});

test('Funcs Mullapudi2016 inlines by substitution are still in the graph (as inline) when the algorithm calls them', async () => {
  let eliminated = 0;
  for (const name of ['local_laplacian', 'camera_pipe_lite', 'unsharp_mask']) {
    const file = path.join(CORPUS, `${name}.cpp`);
    if (!fs.existsSync(file)) continue;
    const { graph, dumps } = await compiledGraphAndDumps(file, name, { autoscheduler: 'mullapudi2016', cacheDir: CACHE });
    const g = graph.generators[0];
    const called = new Set(dumps[0].funcs.flatMap((f) => f.stages.flatMap((s) => s.calls.filter((c) => c.kind === 'func').map((c) => c.callee))));
    // Input wrappers (NAME_im) stand for their Input in the graph.
    const inputWrapper = (n: string) => g.inputs.some((i) => `${i.name}_im` === n);
    const gone = dumps[0].funcs.filter((f) => f.eliminated && called.has(f.name) && !inputWrapper(f.name));
    eliminated += gone.length;
    for (const f of gone) {
      const kept = g.funcs.find((x) => x.name === f.name);
      assert.ok(kept, `${name}: ${f.name} is called by the algorithm but missing from the graph`);
    }
    // Every edge's producer is a Func or an input of the graph: no stage hangs off a missing producer.
    const known = new Set([...g.funcs.map((f) => f.name), ...g.inputs.map((i) => i.name)]);
    assert.deepEqual(g.edges.filter((e) => !known.has(e.producer)).map((e) => `${e.producer} -> ${e.consumer}`), [], name);
  }
  assert.ok(eliminated > 0, 'Mullapudi2016 substituted no Func in these generators: the case is not exercised');
});
