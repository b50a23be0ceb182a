// Where the "Suggest schedule" edit goes and how it is spelled: the manual branch of the
// autoscheduler guard (in schedule() or generate(), either polarity), else after the directives
// schedule() or generate() already has; indentation and Var declarations in the file's style;
// everything outside the edit byte for byte.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { extractEditing } from '../../server/src/halide/extract';
import { ParsedDocument } from '../../server/src/halide/parser';
import { applyEdit, indentUnit, scheduleEdit } from '../../server/src/lsp/scheduleEdit';
import { explain } from '../../server/src/lsp/suggestAction';
import type { ScheduleStep } from '../../server/src/search/printer';

const v = (name: string) => ({ kind: 'var' as const, name, rvar: false });
const STEPS: ScheduleStep[] = [
  { func: 'out', stage: 0, name: 'split', values: [v('x'), v('xo'), v('xi'), { kind: 'int', value: 64 }] },
  { func: 'out', stage: 0, name: 'vectorize', values: [v('xi'), { kind: 'int', value: 8 }] },
  { func: 'out', stage: 0, name: 'parallel', values: [v('y')] },
  { func: 'f', stage: 0, name: 'compute_at', values: [{ kind: 'func', name: 'out' }, v('xo')] },
];

function gen(body: { generate: string; schedule?: string; members?: string }, indent = '    '): string {
  const i = (s: string) => s.split('\n').map((l) => (l ? indent + l : l)).join('\n');
  return [
    '#include "Halide.h"',
    'using namespace Halide;',
    'class G : public Generator<G> {',
    'public:',
    i('Input<Buffer<float>> in{"in", 2};\nOutput<Buffer<float>> out{"out", 2};\nFunc f{"f"};'),
    i(body.members ?? 'Var x{"x"}, y{"y"}, xo{"xo"};'),
    i(`void generate() {\n${indent}f(x, y) = in(x, y) * 2;\n${indent}out(x, y) = f(x, y) + 1;\n${body.generate}}`),
    body.schedule !== undefined ? i(`void schedule() {\n${body.schedule}}`) : '',
    '};',
    'HALIDE_REGISTER_GENERATOR(G, g)',
    '',
  ].join('\n');
}

function run(text: string) {
  const doc = new ParsedDocument(text);
  const g = extractEditing(doc.tree, text, {}).generators[0];
  const r = scheduleEdit(doc.tree, text, g, STEPS, 'Suggested\nout: split x by 64');
  assert.ok(r, 'an edit');
  const after = applyEdit(text, r.edit);
  const read = extractEditing(new ParsedDocument(after).tree, after, {}).generators[0];
  const applied = read.schedule.filter((d) => d.applies).map((d) => `${d.func}.${d.name}(${d.args.join(', ')})`);
  return { r, after, applied };
}

test('the manual branch of `if (!auto_schedule)` in schedule(): replaced, comments around it and estimates kept', () => {
  const text = gen({
    generate: '',
    schedule: '    out.set_estimates({{0, 1024}, {0, 1024}});\n    if (!auto_schedule) {\n        // hand schedule\n        out.parallel(y);\n        f.compute_root();\n        // end\n    }\n',
  });
  const { r, after, applied } = run(text);
  assert.equal(r.where, 'manual-branch');
  assert.ok(after.includes('        // hand schedule\n') && after.includes('        // end\n'));
  assert.ok(!after.includes('f.compute_root()'));
  assert.ok(after.includes('out.set_estimates'));
  // xo is a member: not declared again; xi is new, declared as the file declares Vars (braces).
  assert.ok(after.includes('            Var xi{"xi"};\n'), after);
  assert.ok(!/Var xo/.test(r.edit.newText));
  assert.deepEqual(applied, ['out.split(x, xo, xi, 64)', 'out.vectorize(xi, 8)', 'out.parallel(y)', 'f.compute_at(out, xo)']);
  const start = r.edit.range.start.line;
  assert.deepEqual(after.split('\n').slice(0, start), text.split('\n').slice(0, start));
});

test('`if (auto_schedule) {} else {}` in generate(): the else branch; tabs and Var(...) as the file writes them', () => {
  const text = gen({ members: 'Var x("x"), y("y");', generate: '\tif (auto_schedule) {\n\t\tout.set_estimates({{0, 64}, {0, 64}});\n\t} else {\n\t\tin.set_estimates({{0, 64}, {0, 64}});\n\t\tout.vectorize(x, 4);\n\t}\n' }, '\t');
  assert.equal(indentUnit(text), '\t');
  const { r, after, applied } = run(text);
  assert.equal(r.where, 'manual-branch');
  assert.ok(after.includes('\t\t\tVar xi("xi");\n') && after.includes('\t\t\tVar xo("xo");\n'), after);
  assert.ok(after.includes('\t\tout.set_estimates'));
  // Estimates in the replaced branch are kept as written.
  assert.ok(after.includes('} else {\n\t\t\tin.set_estimates({{0, 64}, {0, 64}});\n\t\t\t// Suggested\n'), after);
  assert.ok(!after.includes('vectorize(x, 4)'));
  assert.equal(applied.length, 4);
});

test('no guard: the steps go after what schedule() has (those directives are kept by the search), else at the end of generate()', () => {
  const withSchedule = run(gen({ generate: '', schedule: '    out.set_estimates({{0, 1024}, {0, 1024}});\n    f.store_root();\n' }));
  assert.equal(withSchedule.r.where, 'end-of-schedule');
  assert.ok(withSchedule.after.includes('f.store_root();\n\n        // Suggested\n'), withSchedule.after);
  assert.ok(withSchedule.applied.includes('f.store_root()') && withSchedule.applied.includes('out.parallel(y)'));
  const inGenerate = run(gen({ generate: '' }));
  assert.equal(inGenerate.r.where, 'end-of-generate');
  assert.ok(inGenerate.after.includes('out(x, y) = f(x, y) + 1;\n\n        // Suggested\n'), inGenerate.after);
});

test('the suggestion in plain words, one line per stage', () => {
  assert.deepEqual(explain(STEPS), ['out: split x by 64, vectorized xi by 8, parallel over y', "f: computed at out's xo"]);
});

test('a schedule() defined out of the class (`void G::schedule() {...}`) is where the edit goes', () => {
  const text = [
    '#include "Halide.h"',
    'using namespace Halide;',
    'class G : public Generator<G> {',
    'public:',
    '    Input<Buffer<float>> in{"in", 2};',
    '    Output<Buffer<float>> out{"out", 2};',
    '    Func f{"f"};',
    '    Var x{"x"}, y{"y"}, xo{"xo"};',
    '    void generate();',
    '    void schedule();',
    '};',
    'void G::generate() {',
    '    f(x, y) = in(x, y) * 2;',
    '    out(x, y) = f(x, y) + 1;',
    '}',
    'void G::schedule() {',
    '    // the user keeps this comment',
    '    f.compute_root();',
    '}',
    'HALIDE_REGISTER_GENERATOR(G, g)',
    '',
  ].join('\n');
  const { r, after, applied } = run(text);
  assert.equal(r.where, 'end-of-schedule');
  assert.match(after, /\/\/ the user keeps this comment\n {4}f\.compute_root\(\);\n/);
  assert.ok(applied.includes('out.vectorize(xi, 8)'), applied.join(' '));
  assert.ok(after.indexOf('out.split') > after.indexOf('void G::schedule()'), 'inside the out-of-class schedule()');
});
