// Front-end benchmark: parse -> stage graph, full and incremental, for small to large generators.
// Prints numbers; asserts nothing (targets are read from the output, not enforced by timers).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract, extractEditing } from '../server/src/halide/extract';
import { ParsedDocument, parseText } from '../server/src/halide/parser';
import { syntheticGenerator } from '../test/synthetic';
import { realworldIncludes } from '../test/paths';
import { fmt, measure, quantile } from './stats';

function benchOne(label: string, text: string): void {
  const stages = extract(text).generators.reduce((n, g) => n + g.stages.length, 0);
  const full = measure(() => extract(text), 100);
  const parseOnly = measure(() => parseText(text), 100);
  // Incremental: change one schedule number, as a user tuning a split factor does.
  const doc = new ParsedDocument(text);
  const at = text.lastIndexOf('vectorize(x, 8)') + 'vectorize(x, '.length;
  let flip = false;
  const incremental = measure(() => {
    flip = !flip;
    doc.applyEdits([{ start: at, end: at + 1, newText: flip ? '4' : '8' }]);
    extractEditing(doc.tree, doc.text);
  }, 100);
  // The same edit while the file has a syntax error elsewhere (an unclosed brace at the end, as while
  // typing): such a text is parsed from scratch (parser.ts), so this is the typing cost then.
  const broken = new ParsedDocument(`${text}\nvoid unfinished() {\n`);
  const withError = measure(() => {
    flip = !flip;
    broken.applyEdits([{ start: at, end: at + 1, newText: flip ? '4' : '8' }]);
    extractEditing(broken.tree, broken.text);
  }, 100);
  console.log(`${label.padEnd(26)} ${String(stages).padStart(4)} stages ${String(text.length).padStart(7)} chars`);
  console.log(`  full parse+graph          ${fmt(full)}`);
  console.log(`  parse + tree copy         ${fmt(parseOnly)}`);
  console.log(`  incremental edit+graph    ${fmt(incremental)}`);
  console.log(`  same, a syntax error left ${fmt(withError)}`);
}

const corpus = path.resolve(__dirname, '..', '..', 'corpus');
console.log(`Halide Lens front-end benchmark (node ${process.version})`);
for (const name of ['brighten', 'blur3x3', 'harris_corners', 'local_laplacian']) {
  const file = path.join(corpus, `${name}.cpp`);
  if (fs.existsSync(file)) benchOne(`corpus/${name}`, fs.readFileSync(file, 'utf8'));
}
for (const n of [20, 50, 100, 200]) benchOne(`synthetic ${n}-stage chain`, syntheticGenerator(n));

// Real generators written by others (../shared/realworld): the worst full read among them, headers included.
const realworld = path.resolve(__dirname, '..', '..', '..', 'shared', 'realworld');
if (fs.existsSync(realworld)) {
  const rows: { file: string; ms: number; chars: number; stages: number }[] = [];
  for (const f of fs.readdirSync(realworld).filter((x) => /\.(cc|cpp)$/.test(x)).sort()) {
    const text = fs.readFileSync(path.join(realworld, f), 'utf8');
    if (!/Generator\s*</.test(text)) continue;
    const includes = realworldIncludes(f);
    const stages = extract(text, { uri: f, includes }).generators.reduce((n, g) => n + g.stages.length, 0);
    const xs = measure(() => extract(text, { uri: f, includes }), 10, 2);
    rows.push({ file: f, ms: quantile(xs, 0.5), chars: text.length, stages });
  }
  rows.sort((a, b) => b.ms - a.ms);
  const all = rows.map((r) => r.ms);
  console.log(`realworld: ${rows.length} generator files, full read (headers included) p50 of each file's median ${quantile(all, 0.5).toFixed(2)} ms, worst:`);
  for (const r of rows.slice(0, 3)) console.log(`  ${r.file.padEnd(58)} ${String(r.chars).padStart(7)} chars ${String(r.stages).padStart(4)} stages  ${r.ms.toFixed(2).padStart(8)} ms`);
}
