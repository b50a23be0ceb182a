// Ground truth for single constructs: each generator in test/fixtures/constructs.cpp is built with
// Halide 14 and the static front end's graph must equal Halide's account of it (names included:
// unnamed Funcs, array Inputs/Outputs, wrapper Funcs, an Output assigned a Func).
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../server/src/halide/extract';
import { ROOT } from '../paths';
import { compareGraph } from './compare';
import { getTruth } from './truth';
import { compiledGraphAndDumps } from '../../server/src/toolchain/compiledGraph';

const FILE = path.join(ROOT, 'test', 'fixtures', 'constructs.cpp');
const text = fs.readFileSync(FILE, 'utf8');
const names = [...text.matchAll(/HALIDE_REGISTER_GENERATOR\(\w+, (\w+)\)/g)].map((m) => m[1]);

// One object file for all of them: build it once, then dump each generator (cached on disk).
before(async () => {
  await getTruth(names[0], FILE, 'hand').catch(() => undefined);
});

for (const name of names) {
  test(`${name}: the static front end equals Halide 14`, async () => {
    const truth = await getTruth(name, FILE, 'hand');
    const graph = extract(text, { uri: FILE, generator: name });
    assert.equal(graph.generators.length, 1);
    assert.deepEqual(graph.diagnostics.filter((d) => d.severity !== 'info'), [], `${name}: front-end diagnostics`);
    assert.deepEqual(compareGraph(graph.generators[0], truth.dump), [], `${name} differs from Halide`);
  });
  test(`${name}: the compiled graph equals Halide 14 too`, async () => {
    const r = await compiledGraphAndDumps(FILE, name, { staticGraph: extract(text, { uri: FILE }) });
    assert.equal(r.graph.generators[0].origin, 'compiled');
    assert.deepEqual(compareGraph(r.graph.generators[0], r.dumps[0]), [], `${name}: compiled graph differs from Halide`);
  });
}

test('every construct generator is there', () => {
  assert.ok(names.length >= 8, names.join(' '));
});
