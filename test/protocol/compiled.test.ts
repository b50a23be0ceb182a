// The compiled graph in the editor: when the static reading of a generator is incomplete, a trusted
// workspace builds it in the background and analyses the text from Halide's own graph; hovers and
// lenses say so; an edit goes back to the static reading until the next build; an untrusted workspace,
// the 'never' setting and a generator Halide cannot build leave the static reading (with the reason).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lineOf, withServer } from './lspClient';

// An Expr combinator held in a std::function: valid Halide the static reader does not follow (it reads
// the arguments, not the call). (A user struct of Exprs passed through a helper was the example until the
// reader learned to run the file's own classes.)
const TEXT = `#include "Halide.h"
#include <functional>
using namespace Halide;

class PairGen : public Generator<PairGen> {
public:
    Input<Buffer<float, 2>> input{"input"};
    Output<Buffer<float, 2>> output{"output"};
    Var x{"x"}, y{"y"};

    void generate() {
        Func blur("blur");
        blur(x, y) = (input(x, y) + input(x + 1, y)) * 0.5f;
        std::function<Expr(Expr, Expr)> combine = [](Expr a, Expr b) { return a * 2.0f + b; };
        output(x, y) = combine(blur(x, y), blur(x, y + 1));
        blur.compute_root();
        output.set_estimates({{0, 512}, {0, 512}});
        input.set_estimates({{0, 513}, {0, 514}});
    }
};

HALIDE_REGISTER_GENERATOR(PairGen, pair_gen)
`;

function workspace(text = TEXT): { uri: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-compiled-'));
  const file = path.join(dir, 'pair_gen.cpp');
  fs.writeFileSync(file, text);
  return { uri: pathToFileURL(file).toString(), dir };
}

const compiledNote = (d: { code?: string; message: string }) => d.code === 'compiled-graph' && /graph is Halide's own/.test(d.message);

test('an incomplete static reading is replaced by the compiled graph in a trusted workspace; an edit returns to the static reading', { timeout: 300_000 }, () => withServer(async (c) => {
  const { uri, dir } = workspace();
  try {
    const first = await c.open(uri, TEXT);
    assert.ok(first.some((d) => d.code === 'unread-construct' || d.code === 'unknown-name'), `the static reading is incomplete: ${JSON.stringify(first.map((d) => d.message))}`);
    await c.until('the compiled graph', () => c.latestDiagnostics(uri).some(compiledNote), 240_000);
    const outputLine = lineOf(TEXT, 'output(x, y) = combine');
    let title = '';
    for (const deadline = Date.now() + 60_000; !title.includes('graph compiled by Halide') && Date.now() < deadline;) {
      title = (await c.lenses(uri))[0]?.command?.title ?? '';
      if (!title.includes('graph compiled by Halide')) await new Promise((r) => setTimeout(r, 250));
    }
    assert.match(title, /^Predicted [\d.]+ (ms|µs).* · graph compiled by Halide/);
    const hover = await c.hover(uri, { line: outputLine, character: 9 });
    assert.match(hover!.contents.value, /Graph: Halide's own/);
    const hints = await c.hints(uri);
    assert.ok(hints.some((h) => h.position.line === outputLine), 'the output has its hint, placed on its definition');

    // An edit: the static reading again (the compiled graph was for the old text).
    await c.change(uri, { range: { start: { line: outputLine, character: 0 }, end: { line: outputLine, character: 0 } }, text: '        // edited\n' });
    await c.until('static reading after the edit', () => !c.latestDiagnostics(uri).some(compiledNote), 30_000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { settings: { compiledGraph: 'auto' } }));

test('untrusted workspace or compiledGraph=never: the static reading stays, nothing is built', { timeout: 60_000 }, async () => {
  for (const opts of [{ init: { workspaceTrusted: false } }, { settings: { compiledGraph: 'never' } }]) {
    await withServer(async (c) => {
      const { uri, dir } = workspace();
      try {
        await c.open(uri, TEXT);
        await new Promise((r) => setTimeout(r, 4000));
        assert.ok(!c.latestDiagnostics(uri).some((d) => d.code === 'compiled-graph'), JSON.stringify(opts));
        assert.ok(!fs.readdirSync(dir).some((f) => f !== 'pair_gen.cpp'), 'nothing written beside the file');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, opts);
  }
});

test('a generator Halide cannot build keeps the static reading and says why', { timeout: 300_000 }, () => withServer(async (c) => {
  const broken = TEXT.replace('return a * 2.0f + b;', 'return a * 2.0f + undefined_name;');
  const { uri, dir } = workspace(broken);
  try {
    await c.open(uri, broken);
    const note = await c.until('the reason', () => c.latestDiagnostics(uri).find((d) => d.code === 'compiled-graph'), 240_000);
    assert.match(note.message, /Halide could not build this file in the background.*compile failed/);
    assert.match(note.message, /pair_gen\.cpp:\d+:\d+: error/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { settings: { compiledGraph: 'auto' } }));
