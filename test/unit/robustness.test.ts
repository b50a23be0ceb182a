// Thousands of random truncations and edits of the corpus: the front end never throws or hangs,
// and every parse finishes in bounded time. Prints the worst time seen.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract, extractEditing } from '../../server/src/halide/extract';
import { ParsedDocument } from '../../server/src/halide/parser';
import { corpusFiles } from '../paths';
import { randomEdit, rng } from '../random';
import { checkGraphShape } from '../graphShape';

const PER_FILE = 120;
/** Far above the worst seen (tens of ms); a hang or runaway loop would blow through it. */
const BOUND_MS = 2000;

test('random truncations and edits of every corpus file: no exception, bounded time', () => {
  const files = corpusFiles();
  assert.ok(files.length >= 25, `corpus has ${files.length} generators`);
  let worst = 0;
  let worstWhere = '';
  let count = 0;
  const times: number[] = [];
  files.forEach((file, fi) => {
    const text = fs.readFileSync(file, 'utf8');
    const r = rng(1000 + fi);
    for (let i = 0; i < PER_FILE; i++) {
      // Up to three edits stacked, so damage compounds as it does while typing.
      let mutated = text;
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        const e = randomEdit(r, mutated);
        mutated = mutated.slice(0, e.start) + e.newText + mutated.slice(e.end);
      }
      const t0 = performance.now();
      const g = extract(mutated, { uri: file });
      const ms = performance.now() - t0;
      times.push(ms);
      if (ms > worst) { worst = ms; worstWhere = `${file} #${i}`; }
      checkGraphShape(g);
      count++;
    }
  });
  times.sort((a, b) => a - b);
  console.log(`robustness: ${count} mutated parses, p50 ${times[Math.floor(times.length / 2)].toFixed(2)} ms, worst ${worst.toFixed(1)} ms (${worstWhere})`);
  assert.ok(count >= 3000);
  assert.ok(worst < BOUND_MS, `worst parse took ${worst} ms`);
});

test('incremental edits keep the tree in step with the text', () => {
  const files = corpusFiles();
  let checked = 0;
  files.forEach((file, fi) => {
    const doc = new ParsedDocument(fs.readFileSync(file, 'utf8'));
    const r = rng(7 + fi);
    for (let i = 0; i < 40; i++) {
      doc.applyEdits([randomEdit(r, doc.text)]);
      const incremental = extractEditing(doc.tree, doc.text, { uri: file });
      checkGraphShape(incremental);
      if (i % 10 === 9) {
        // The incrementally maintained tree must read exactly like a fresh parse of the same text.
        assert.deepEqual(incremental, extract(doc.text, { uri: file }));
        checked++;
      }
    }
  });
  assert.ok(checked >= files.length * 4);
});
