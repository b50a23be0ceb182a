// Random truncations and edits of the real generators others wrote (../shared/realworld) and of the
// headers they include: larger files and more varied C++ than the corpus (templates, value classes,
// component structs), so damage reaches constructs the corpus never shows. The front end must never
// throw and every read must finish in bounded time. Skipped when the realworld set is absent.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract } from '../../server/src/halide/extract';
import type { IncludeResolver } from '../../server/src/halide/includes';
import { realworldFiles, realworldIncludes } from '../paths';
import { randomEdit, rng } from '../random';
import { checkGraphShape } from '../graphShape';

/** Mutations per file: about 14 s for the whole set alone on this machine (files are read with their headers). */
const PER_FILE = 7;
/** Far above the worst seen (a few hundred ms for the largest motioncam files); a runaway loop blows through it. */
const BOUND_MS = 4000;

/** Up to three stacked edits, so damage compounds as it does while typing. */
function mutate(r: () => number, text: string): string {
  let out = text;
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const e = randomEdit(r, out);
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** The file's own headers, each mutated in some reads: a half-edited helper header is common too. */
function mutatingIncludes(base: IncludeResolver, r: () => number): IncludeResolver {
  return (spec, from, angled) => {
    const h = base(spec, from, angled);
    return h && r() < 0.3 ? { uri: h.uri, text: mutate(r, h.text) } : h;
  };
}

test('random truncations and edits of every realworld generator and its headers: no exception, bounded time', (t) => {
  const files = realworldFiles();
  if (!files.length) return t.skip('../shared/realworld is absent');
  let worst = 0;
  let worstWhere = '';
  let count = 0;
  files.forEach((file, fi) => {
    const text = fs.readFileSync(file, 'utf8');
    const includes = realworldIncludes(file);
    const r = rng(5000 + fi);
    for (let i = 0; i < PER_FILE; i++) {
      const mutated = mutate(r, text);
      const t0 = performance.now();
      const g = extract(mutated, { uri: file, includes: mutatingIncludes(includes, r) });
      const ms = performance.now() - t0;
      if (ms > worst) { worst = ms; worstWhere = `${file} #${i}`; }
      checkGraphShape(g);
      count++;
    }
  });
  console.log(`realworld robustness: ${count} mutated reads of ${files.length} files, worst ${worst.toFixed(1)} ms (${worstWhere})`);
  assert.ok(count >= files.length * PER_FILE);
  assert.ok(worst < BOUND_MS, `worst read took ${worst} ms`);
});
