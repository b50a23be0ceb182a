// The language server's pure layers: calibration fit and accuracy, settings, number formats, and
// the mapping from a generator's costs to inlay hints and lenses (numbers given by hand here; the
// protocol tests run the real server).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../paths';
import { extract } from '../../server/src/halide/extract';
import { accuracy, CalibrationStore, fitFactor, MIN_PAIRS, predictedPerFunc, type ProfileRecord } from '../../server/src/lsp/calibration';
import { analyze } from '../../server/src/analysis';
import { confidenceOf, type Confidence, type ConfidenceCalibration } from '../../server/src/model/confidence';
import { codeLenses } from '../../server/src/lsp/codeLens';
import { costView } from '../../server/src/lsp/costs';
import { formatMs, formatShare, renderHintFormat } from '../../server/src/lsp/format';
import { inlayHints } from '../../server/src/lsp/inlayHints';
import type { DocumentPredictions } from '../../server/src/lsp/workerMessages';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/protocol';
import { parseSettings } from '../../server/src/lsp/settings';

test('calibration: the factor is the median measured/predicted ratio, robust to one wild pair', () => {
  const pairs = [
    { func: 'a', predictedMs: 1, measuredMs: 2 },
    { func: 'b', predictedMs: 2, measuredMs: 4.2 },
    { func: 'c', predictedMs: 4, measuredMs: 7.6 },
    { func: 'd', predictedMs: 1, measuredMs: 500 },
  ];
  const f = fitFactor(pairs);
  assert.equal(f.pairs, 4);
  assert.ok(Math.abs(f.factor - Math.sqrt(2 * 2.1)) < 1e-9, String(f.factor));
  assert.deepEqual(fitFactor(pairs.slice(0, MIN_PAIRS - 1)), { factor: 1, pairs: MIN_PAIRS - 1 }, 'too few pairs: no calibration');
  // Funcs under the profiler's resolution do not count.
  assert.equal(fitFactor([...pairs, { func: 'e', predictedMs: 1, measuredMs: 0.001 }]).pairs, 4);
});

test('calibration: kept on disk per machine; "after" uses only the profiles before this one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halide-lens-cal-'));
  try {
    const file = path.join(dir, 'sub', 'calibration.json');
    const record = (k: number): ProfileRecord => ({
      date: `2026-01-0${k}`, generator: `g${k}`, file: 'x', threads: 2, measuredTotalMs: 6 * k, predictedTotalMs: 3 * k,
      pairs: [{ func: 'a', predictedMs: k, measuredMs: 2 * k }, { func: 'b', predictedMs: 2 * k, measuredMs: 4 * k }],
    });
    const store = new CalibrationStore(file);
    const first = store.add('m1', 'test machine', record(1));
    assert.equal(first.factor, 1, 'two pairs are not enough');
    assert.equal(first.after, null);
    assert.ok(Math.abs(first.before!.typicalFactor - 2) < 1e-9);
    assert.ok(Math.abs(first.before!.totalErrorPct - 50) < 1e-9);
    const second = store.add('m1', 'test machine', record(2));
    assert.ok(Math.abs(second.factor - 2) < 1e-9);
    assert.equal(second.fittedOn, 4);
    assert.equal(second.after, null, 'the calibration before the second profile had two pairs: none in force');
    const third = store.add('m1', 'test machine', record(3));
    assert.ok(Math.abs(third.after!.typicalFactor - 1) < 1e-9, 'scaled by 2, the predictions match');
    assert.ok(third.after!.totalErrorPct < 1e-9);
    // Read back by a new store (a restarted server); another machine starts from nothing.
    const again = new CalibrationStore(file);
    assert.equal(again.profiles('m1').length, 3);
    assert.ok(Math.abs(again.factor('m1').factor - 2) < 1e-9);
    assert.deepEqual(again.factor('m2'), { factor: 1, pairs: 0 });
    assert.equal(accuracy({ ...record(1), predictedTotalMs: null }), null, 'no prediction, nothing to compare');
    fs.writeFileSync(file, '{ not json');
    assert.match(new CalibrationStore(file).error ?? '', /unreadable/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('settings: nested (VS Code) and dotted (other editors) shapes; wrong types fall back to defaults', () => {
  assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
  const s = parseSettings({ threads: 4, inlayHints: { format: '{ms}', minSharePercent: 5 }, 'calibration.enabled': false, profile: { minTimeSeconds: 'x' } });
  assert.equal(s.threads, 4);
  assert.equal(s.inlayHints.format, '{ms}');
  assert.equal(s.inlayHints.minSharePercent, 5);
  assert.equal(s.inlayHints.enabled, true);
  assert.equal(s.calibration.enabled, false);
  assert.equal(s.profile.minTimeSeconds, DEFAULT_SETTINGS.profile.minTimeSeconds);
  assert.equal(parseSettings({ threads: -3 }).threads, 0);
  assert.equal(parseSettings({ threads: 2.6 }).threads, 3, 'an integer setting is rounded');
  assert.equal(parseSettings({ analysis: { budgetMs: 10 } }).analysis.budgetMs, 50, 'clamped to the minimum');
  assert.equal(parseSettings({ 'analysis.budgetMs': 1e9 }).analysis.budgetMs, 60_000, 'clamped to the maximum');
  assert.equal(parseSettings({ halideRoot: '' }).halideRoot, null);
  assert.equal(parseSettings({ halideRoot: '/opt/halide' }).halideRoot, '/opt/halide');
});

test('formats: durations keep three digits with a fitting unit; shares never round a real cost to 0%', () => {
  assert.equal(formatMs(12.345), '12.3 ms');
  assert.equal(formatMs(0.01234), '12.3 µs');
  assert.equal(formatMs(1234), '1.23 s');
  assert.equal(formatMs(0.0004), '400 ns');
  assert.equal(formatMs(1e-12), '<1 ns', 'not 0.00000100 ns');
  assert.equal(formatShare(0.004), '<1%');
  assert.equal(formatShare(0.256), '26%');
  assert.equal(renderHintFormat('{ms} · {share} {other}', { ms: 2, share: 0.5 }), '2.00 ms · 50% {other}');
});

const blur = extract(fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8')).generators[0];

function predictions(byStage: Record<string, number>, confidence: Confidence | null = null): DocumentPredictions {
  const stages = Object.entries(byStage).map(([id, ms]) => ({ func: id.split('.')[0], stage: Number(id.split('.')[1]), name: id, ms }));
  const totalMs = stages.reduce((a, s) => a + s.ms, 0);
  return {
    uri: 'u', version: 3, threads: 2,
    generators: { blur3x3: { ok: true, prediction: { generator: 'blur3x3', threads: 2, totalMs, stages, confidence } } },
  };
}

test('inlay hints: at the end of each stage definition, in the user format, calibrated, hiding tiny shares', () => {
  const view = costView(blur, { predictions: predictions({ 'blur_x.0': 3, 'blur_y.0': 0.9, 'output.0': 6, 'clamped.0': 0.05 }), modelError: null, measured: undefined, factor: 2, version: 3 });
  const hints = inlayHints([view], { enabled: true, format: '{ms} ({share})', minSharePercent: 1 }, (l) => 100 + l);
  const byLine = new Map(hints.map((h) => [h.position.line, h.label as string]));
  const line = (id: string) => blur.stages.find((s) => s.id === id)!.range.end.line;
  assert.equal(byLine.get(line('blur_x.0')), '6.00 ms (30%)', 'times the calibration factor');
  assert.equal(byLine.get(line('output.0')), '12.0 ms (60%)');
  assert.equal(hints.find((h) => h.position.line === line('blur_x.0'))!.position.character, 100 + line('blur_x.0'));
  assert.ok(!byLine.has(line('clamped.0')), 'under 1%: hidden');
  assert.ok(inlayHints([view], { enabled: true, format: '{ms}', minSharePercent: 0 }, () => 0).some((h) => h.label === '100 µs'), 'shown with no threshold');
  assert.deepEqual(inlayHints([view], { enabled: false, format: '{ms}', minSharePercent: 0 }, () => 0), []);
});

test('confidence: the members\' spread picks a band; the lens shows its typical error and explains it', () => {
  const cal: ConfidenceCalibration = {
    calibratedOn: 'validation', edges: [0.1, 0.25],
    bands: [
      { band: 'high', validation: { samples: 10, mape: 0.4, medianApe: 0.29 } },
      { band: 'medium', validation: { samples: 10, mape: 0.6, medianApe: 0.35 } },
      { band: 'low', validation: { samples: 10, mape: 0.7, medianApe: 0.43 } },
    ],
  };
  assert.equal(confidenceOf(cal, 0.05)!.band, 'high');
  assert.equal(confidenceOf(cal, 0.1)!.band, 'high', 'an edge belongs to the band below it');
  assert.equal(confidenceOf(cal, 0.2)!.band, 'medium');
  assert.equal(confidenceOf(cal, 0.9)!.typicalError, 0.43);
  assert.equal(confidenceOf(null, 0.05), null, 'a model without calibration says nothing');
  assert.equal(confidenceOf(cal, undefined), null, 'a model without the spread output says nothing');
  const view = costView(blur, { predictions: predictions({ 'output.0': 2 }, confidenceOf(cal, 0.3)), modelError: null, measured: undefined, factor: 1, version: 3 });
  const lens = codeLenses('u', [view], { profileCommand: 'c', trusted: true, profiling: () => false })[0].command!;
  assert.equal(lens.title, 'Predicted 2.00 ms ±43% (2 threads)');
  assert.match(lens.tooltip ?? '', /^low confidence: the ensemble's members agree within ×1\.35 .*within 43% of the measured time$/);
  const plain = costView(blur, { predictions: predictions({ 'output.0': 2 }), modelError: null, measured: undefined, factor: 1, version: 3 });
  assert.equal(codeLenses('u', [plain], { profileCommand: 'c', trusted: true, profiling: () => false })[0].command!.title, 'Predicted 2.00 ms (2 threads)');
});

test('inlay hints and lenses: measured times after a profile, marked when the text changed since', () => {
  const summary = {
    generator: 'blur3x3', target: 'host', threads: 2, totalMs: 4, bestMsPerIter: 3.9, runs: 10,
    rows: [{ func: 'output', stages: ['output.0'], ms: 3, share: 0.75, threads: 2 }, { func: 'blur_x', stages: ['blur_x.0'], ms: 1, share: 0.25, threads: 2 }],
    inlined: ['clamped'], unmatched: [], guessedSizes: [],
  };
  const measured = new Map([['blur3x3', { version: 1, date: 'today', summary }]]);
  const failed = costView(blur, { predictions: undefined, modelError: 'no model file', measured, factor: 1, version: 2 });
  const hints = inlayHints([failed], DEFAULT_SETTINGS.inlayHints, () => 80);
  assert.deepEqual(hints.map((h) => h.label), ['⏱ 1.00 ms · 25% (before edits)', '⏱ 3.00 ms · 75% (before edits)']);
  const lenses = codeLenses('file:///x.cpp', [failed], { profileCommand: 'halideLens.profile', trusted: true, profiling: () => false });
  assert.equal(lenses[0].command!.title, 'Halide Lens: model unavailable — no model file · measured 4.00 ms (before edits)');
  assert.equal(lenses[1].command!.command, 'halideLens.profile');
  assert.deepEqual(lenses[1].command!.arguments, [{ uri: 'file:///x.cpp', generator: 'blur3x3' }]);
  const pending = costView(blur, { predictions: undefined, modelError: null, measured: undefined, factor: 1, version: 2 });
  assert.equal(codeLenses('u', [pending], { profileCommand: 'c', trusted: false, profiling: () => false })[1].command!.title, 'Profile on this machine (needs a trusted workspace)');
});

test('calibration pairs: an inlined Func\'s predicted time counts for the Func it runs inside, as the profiler sees it', () => {
  // blur3x3: clamped (with its implicit repeat_edge and lambda) is inlined into blur_x, blur_y into output.
  const byStage = new Map(blur.stages.map((s) => [s.id, 1]));
  const perFunc = predictedPerFunc(analyze(blur).stages, byStage);
  assert.deepEqual([...perFunc.keys()].sort(), ['blur_x', 'output']);
  assert.equal(perFunc.get('blur_x'), 4, 'blur_x + clamped + repeat_edge + lambda_0');
  assert.equal(perFunc.get('output'), 2, 'output + blur_y');
  assert.equal([...perFunc.values()].reduce((a, b) => a + b, 0), blur.stages.length, 'nothing lost');
});

test('a lens whose generator has no prediction: one sentence in the title, the whole reason in its tooltip', () => {
  const error = 'blur3x3: no stages were read, so there is nothing to predict. Its Funcs are defined in code the static reader could not follow; the exact reading does not depend on it.';
  const failed = costView(blur, { predictions: { uri: 'u', version: 3, threads: 2, generators: { blur3x3: { ok: false, error } } }, modelError: null, measured: undefined, factor: 1, version: 3 });
  const lens = codeLenses('u', [failed], { profileCommand: 'c', trusted: true, profiling: () => false })[0].command!;
  assert.equal(lens.title, 'Halide Lens: no prediction — blur3x3: no stages were read, so there is nothing to predict.');
  assert.equal(lens.tooltip, error);
});
