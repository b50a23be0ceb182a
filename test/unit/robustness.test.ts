// Thousands of random truncations and edits of the corpus: the front end never throws or hangs,
// and every parse finishes in bounded time. Prints the worst time seen.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract, extractEditing } from '../../server/src/halide/extract';
import { ParsedDocument, parseText } from '../../server/src/halide/parser';
import type { SyntaxNode } from '../../server/src/halide/tree';
import { corpusFiles, realworldFiles } from '../paths';
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

/** A syntax tree's shape: every node's type and extent. */
function shape(n: SyntaxNode): string {
  return `(${n.type} ${n.startIndex}-${n.endIndex}${n.children.map(shape).join('')})`;
}

test('edits that leave syntax errors: the tree equals a fresh parse of the same text (the reading does not depend on the edit history)', () => {
  // Unbalanced braces, open comments, strings and preprocessor blocks: tree-sitter's error recovery,
  // started from the previous tree, can give another tree than a fresh parse (11 of 78 realworld files
  // within 200 such edits before the parser reparsed texts with errors from scratch).
  const tokens = ['{', '}', '}}', '{{', '(', ')))', '/*', '*/', '"unterminated', 'R"(', '#if 0\n', '#endif\n', 'template <typename T>', '::', ';', 'a', ' ', '\n'];
  const files = realworldFiles().filter((f) => /DenoiseGenerator|affine_generator|resize_generator|blas_l1|conv_generator/.test(f));
  assert.ok(files.length >= 3, `realworld files found: ${files.length} (../shared/realworld)`);
  let compared = 0;
  for (const file of files) {
    const doc = new ParsedDocument(fs.readFileSync(file, 'utf8'));
    const r = rng(7);
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(r() * (doc.text.length + 1));
      const edit = r() < 0.6
        ? { start: at, end: at, newText: tokens[Math.floor(r() * tokens.length)] }
        : { start: at, end: Math.min(doc.text.length, at + Math.floor(r() * 30)), newText: '' };
      doc.applyEdits([edit]);
      assert.equal(shape(doc.tree.rootNode), shape(parseText(doc.text).rootNode), `${file}: after edit ${i} the tree differs from a fresh parse`);
      compared++;
    }
  }
  assert.ok(compared >= 180);
});

test('sizes typed as 2147483648 size nothing: a Buffer rank, an implicit Var _N (half-typed code crashed the server)', () => {
  const text = `#include "Halide.h"
using namespace Halide;
class Big : public Generator<Big> {
public:
    Input<Buffer<float, 2147483648>> input{"input"};
    Output<Buffer<float, 2>> output{"output"};
    Var x, y;
    void generate() {
        Func f;
        f(x, _) = input(x, _99999999);
        output(x, y) = f(x, y);
    }
};
HALIDE_REGISTER_GENERATOR(Big, big)
`;
  const g = extract(text, { uri: 'file:///big.cpp' });
  checkGraphShape(g);
  const input = g.generators[0].inputs.find((i) => i.name === 'input')!;
  assert.ok(input.dims <= 16 && input.estimates.length === input.dims, `input rank ${input.dims}`);
});
