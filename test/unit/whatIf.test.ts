// What-if variants of a schedule directive (search/whatIf.ts) on real parses of corpus generators.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { extract } from '../../server/src/halide/extract';
import { directiveAt, directiveText, whatIfVariants } from '../../server/src/search/whatIf';
import { analyze } from '../../server/src/analysis/index';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS } from '../paths';

const corpusText = (name: string) => fs.readFileSync(path.join(CORPUS, name), 'utf8');

const blur = () => extract(corpusText('blur3x3.cpp')).generators[0];
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

test('the directive under the cursor is found by its range, the innermost of a chain', () => {
  const text = corpusText('blur3x3.cpp');
  const g = blur();
  const line = lineOf(text, '.vectorize(xi, 16)');
  const d = directiveAt(g, { line, character: text.split('\n')[line].indexOf('vectorize') + 2 });
  assert.ok(d);
  assert.equal(directiveText(d), 'output.vectorize(xi, 16)');
  assert.equal(directiveAt(g, { line: 0, character: 0 }), null);
});

test('without a tile: the tile and the directives that use the Vars it made go; the rest stays', () => {
  const text = corpusText('blur3x3.cpp');
  const g = blur();
  const line = lineOf(text, 'output.tile(');
  const d = directiveAt(g, { line, character: text.split('\n')[line].indexOf('tile') + 1 })!;
  assert.equal(d.name, 'tile');
  const [without] = whatIfVariants(g, d);
  const names = (x: typeof g) => x.schedule.filter((s) => s.applies).map((s) => `${s.func}.${s.name}`);
  assert.ok(!names(without.graph).includes('output.tile'));
  assert.ok(!names(without.graph).includes('output.vectorize'), 'vectorize(xi) used the tile\'s xi');
  assert.ok(names(without.graph).includes('output.parallel'), 'parallel(y) did not');
  assert.match(without.label, /without it \(and the 1 directive using the Vars it makes\)/);
  // Every variant still analyzes: a what-if never hands the model a broken schedule.
  for (const v of whatIfVariants(g, d)) assert.doesNotThrow(() => analyze(v.graph));
});

test('a compute_at: without it, at root instead, and inlined instead', () => {
  const text = corpusText('blur3x3.cpp');
  const g = blur();
  const line = lineOf(text, 'blur_x.compute_at(output, x)');
  const d = directiveAt(g, { line, character: text.split('\n')[line].indexOf('compute_at') + 1 })!;
  const vs = whatIfVariants(g, d);
  // Without its only compute_* directive blur_x is inlined: that row says so, and no second inline row.
  assert.deepEqual(vs.map((v) => v.label), ['without it (blur_x inlined)', 'blur_x.compute_root() instead']);
  const placement = (v: (typeof vs)[number]) => analyze(v.graph).funcs.find((f) => f.func === 'blur_x')!.placement.compute.kind;
  assert.deepEqual(vs.map(placement), ['inline', 'root']);
});
