// End-to-end: the packaged .vsix installed into a real VS Code (code-server), driven by Chromium.
// Opens a corpus generator, checks that Halide Lens activates (status bar item, code lens from the
// server), that the code lens and the inlay hints show predicted times, and that they change when the
// schedule is edited; then, on a second generator, writes the suggestion's .schedule.h, reads the
// suggestion's hover on the class name, applies "Suggest schedule" from the Refactor menu, and checks
// that the saved file changed only in the schedule and that the lens moved to the suggested total.
// Screenshots go to out/e2e-screenshots/.
//
// Needs code-server in .cache/code-server (scripts/install-code-server.sh) and Debian's chromium, both
// installed by scripts/setup.sh. Without them the suite is skipped with a loud message, except in CI
// or after setup.sh has installed code-server, where it fails.
import { describe, test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../paths';
import { CHROMIUM, CodeServer, SCREENSHOTS, TIME_RE, missingTools, modelPresent, mustRun, packageVsix, waitFor } from './harness';

const GENERATOR = 'brighten.cpp';
/** The schedule line the edit removes: `.vectorize(x, 32);` becomes `;`. */
const EDITED_DIRECTIVE = '.vectorize(x, 32)';
/** The generator "Suggest schedule" is applied to: a search from scratch finds it a faster schedule. */
const SUGGESTED = 'pointwise_chain.cpp';

const missing = missingTools();
let skip: string | false = false;
if (missing.length > 0 && !mustRun()) {
  skip = `e2e SKIPPED: missing ${missing.join('; ')}. Run scripts/setup.sh to install them.`;
  console.error(`\n${'!'.repeat(100)}\n!!! ${skip}\n${'!'.repeat(100)}\n`);
}

interface EditorState {
  lenses: string[];
  hints: string[];
  /** The rendered text of the visible lines (source plus injected hint text). */
  text: string;
}

async function editorState(page: Page): Promise<EditorState> {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const lenses = (await editor.locator('.codelens-decoration').allTextContents()).map((s) => s.trim()).filter(Boolean);
  // Inlay hints are injected text: spans in the view lines styled by dynamic CSS rules.
  const hints = (await editor.locator('.view-lines span[class*="dyn-rule"]').allTextContents()).map((s) => s.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
  const text = (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  return { lenses, hints, text };
}

const timesIn = (strings: string[]) => strings.filter((s) => TIME_RE.test(s));

/** The first time in a string, in ms ("926 µs" -> 0.926). */
function msOf(s: string): number {
  const m = /(\d+(?:\.\d+)?)\s*(ns|µs|us|ms|s)\b/.exec(s);
  if (!m) return NaN;
  return Number(m[1]) * { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1e3 }[m[2] as 'ns' | 'µs' | 'us' | 'ms' | 's'];
}

/** The lens says no prediction will come (as opposed to "predicting…"). */
const noModel = (s: EditorState) => s.lenses.find((l) => /model unavailable/i.test(l));

describe('e2e: Halide Lens in code-server + Chromium', { skip, timeout: 10 * 60_000 }, () => {
  let server: CodeServer;
  let browser: Browser | undefined;
  let page: Page;
  let shot = 0;
  const consoleErrors: string[] = [];

  async function screenshot(name: string): Promise<string> {
    const file = path.join(SCREENSHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** Runs a step; on failure saves a screenshot and adds the code-server log tail to the error. */
  async function step(name: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      const file = page ? await screenshot(`FAILED-${name}`).catch(() => '(no screenshot)') : '(no page)';
      const err = e instanceof Error ? e : new Error(String(e));
      err.message += `\n  screenshot: ${file}\n  browser console errors: ${consoleErrors.slice(-5).join(' | ') || 'none'}\n--- code-server log (tail) ---\n${server?.logTail(20)}\n--- Halide Lens output (tail) ---\n${server?.extensionLogTail()}`;
      throw err;
    }
  }

  /**
   * Opens Refactor… at the cursor, waits for an item matching `label`, and applies it with the keyboard
   * (a pointer-block layer covers the page while the menu is open); returns the item's title. VS Code
   * (codeActionModel.ts) cancels a menu's request 500 ms after its own lightbulb request (250 ms after
   * a cursor move) arrives, and the menu then says "No refactorings available" while the search is
   * still running: ask again until the item shows.
   */
  async function pickRefactor(label: RegExp, shot?: string): Promise<string> {
    const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: label }).first();
    const none = page.locator('.monaco-editor-overlaymessage').filter({ hasText: 'No refactorings available' }).first();
    let asked = 0;
    await waitFor(`${label} in the Refactor menu`, async () => {
      if (await item.isVisible()) return true;
      if (asked === 0 || await none.isVisible()) {
        if (asked > 0) await page.keyboard.press('Escape');
        asked++;
        await page.keyboard.press('Control+Shift+R');
      }
      return false;
    }, (v) => v, 60_000, { everyMs: 500 });
    if (asked > 1) console.log(`e2e: the Refactor menu was asked ${asked} times`);
    if (shot) await screenshot(shot);
    const title = ((await item.textContent()) ?? '').trim();
    await waitFor(`${label} focused`, async () => {
      const focused = /\bfocused\b/.test((await item.getAttribute('class')) ?? '');
      if (!focused) await page.keyboard.press('ArrowDown');
      return focused;
    }, (v) => v, 10_000);
    await page.keyboard.press('Enter');
    return title;
  }

  before(async () => {
    if (missing.length > 0) throw new Error(`e2e cannot run: missing ${missing.join('; ')} (required in CI and after scripts/setup.sh)`);
    fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = new CodeServer();
    const vsix = packageVsix(server.dir);
    server.installExtension(vsix);
    for (const f of [GENERATOR, SUGGESTED]) fs.copyFileSync(path.join(ROOT, 'corpus', f), path.join(server.workspace, f));
    await server.start();
    // The network here is closed: keep Chromium from reaching out (update, sync, QUIC probes).
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300)); });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (server) server.cleanup();
  });

  test('the packaged extension is installed in code-server', () => {
    const installed = server.listExtensions();
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(installed.includes(`${pkg.publisher}.${pkg.name}@${pkg.version}`), `installed extensions: ${installed.join(', ') || 'none'}`);
  });

  test('the workbench loads the workspace', async () => {
    await step('workbench', async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
      await page.getByRole('treeitem', { name: GENERATOR }).waitFor({ timeout: 60_000 });
      await screenshot('workbench');
    });
  });

  test('opening the generator activates Halide Lens (status bar item, lens from the server)', async () => {
    await step('activation', async () => {
      await page.getByRole('treeitem', { name: GENERATOR }).click();
      await waitFor(`${GENERATOR} open in the editor`, async () => (await editorState(page)).text, (t) => t.includes('class Brighten'), 60_000);
      const statusItem = page.locator('.statusbar-item[id*="halideLens"], .statusbar-item:has-text("Halide Lens")').first();
      await statusItem.waitFor({ timeout: 90_000 });
      // Any lens at all proves the client started the server and the server answered codeLens.
      const state = await waitFor('a Halide Lens code lens', () => editorState(page), (s) => s.lenses.some((l) => /Halide Lens|Predicted|Profile/.test(l)), 120_000);
      await screenshot('activated');
      assert.ok(state.lenses.length > 0);
      const label = (await statusItem.getAttribute('aria-label')) ?? (await statusItem.textContent()) ?? '';
      assert.match(label, /Halide Lens/, 'status bar item names Halide Lens');
    });
  });

  test('the status bar item opens the Halide Lens output channel', async () => {
    await step('output-channel', async () => {
      await page.locator('.statusbar-item[id*="halideLens"]').first().click();
      const panel = page.locator('.part.panel');
      await panel.waitFor({ state: 'visible', timeout: 30_000 });
      // The Output view's channel picker shows the channel the extension created and showed.
      await waitFor('the Output panel showing the "Halide Lens" channel', async () => {
        const selects = panel.locator('select');
        const n = await selects.count();
        const values: string[] = [];
        for (let i = 0; i < n; i++) values.push((await selects.nth(i).getAttribute('title')) ?? '', await selects.nth(i).evaluate((el) => (el as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0]?.text ?? ''));
        return values;
      }, (v) => v.some((t) => t.includes('Halide Lens')), 30_000);
      await screenshot('output-channel');
      await page.keyboard.press('Control+J'); // hide the panel again
    });
  });

  let predicted = false;

  test('the code lens shows the predicted total and the inlay hints show stage times', async () => {
    if (!modelPresent()) console.error('!!! e2e: no model in models/, so no times are expected; this test will fail');
    await step('predictions', async () => {
      const state = await waitFor('a predicted time in the code lens and in inlay hints', () => editorState(page),
        (s) => timesIn(s.lenses).length > 0 && timesIn(s.hints).length > 0, 120_000,
        { hopeless: (s) => (noModel(s) && timesIn(s.hints).length === 0 ? `the lens says: ${noModel(s)}` : undefined) });
      predicted = true;
      await screenshot('predictions');
      assert.match(timesIn(state.lenses)[0], /Predicted/, `lens: ${state.lenses.join(' | ')}`);
    });
  });

  test('editing the schedule changes the predicted times', async () => {
    await step('edit', async () => {
      assert.ok(predicted, 'no predicted times to compare (see the previous test)');
      const before = await waitFor('predicted times before the edit', () => editorState(page),
        (s) => timesIn(s.lenses).length > 0 && timesIn(s.hints).length > 0, 60_000);
      const source = fs.readFileSync(path.join(server.workspace, GENERATOR), 'utf8').split('\n');
      const line = source.findIndex((l) => l.includes(EDITED_DIRECTIVE)) + 1;
      assert.ok(line > 0, `${EDITED_DIRECTIVE} not found in ${GENERATOR}`);
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home'); // to the first non-blank character
      await page.keyboard.type(';');
      await waitFor(`the edit removing ${EDITED_DIRECTIVE}`, async () => (await editorState(page)).text, (t) => !t.includes('vectorize(x, 32)'), 20_000);
      // Go-to-line scrolled the generator's lens out of view; bring it back before reading it.
      await page.keyboard.press('Control+Home');
      const lensKey = (s: EditorState) => timesIn(s.lenses).join(' | ');
      const hintKey = (s: EditorState) => timesIn(s.hints).join(' | ');
      const afterEdit = await waitFor('the predicted times in both the code lens and the inlay hints to change after the edit',
        () => editorState(page),
        (s) => timesIn(s.lenses).length > 0 && timesIn(s.hints).length > 0 && lensKey(s) !== lensKey(before) && hintKey(s) !== hintKey(before), 60_000);
      await screenshot('after-edit');
      assert.notEqual(lensKey(afterEdit), lensKey(before));
      assert.notEqual(hintKey(afterEdit), hintKey(before));
      console.log(`e2e: lens ${timesIn(before.lenses).join(' | ')} -> ${timesIn(afterEdit.lenses).join(' | ')}`);
      console.log(`e2e: hints ${timesIn(before.hints).join(' | ')} -> ${timesIn(afterEdit.hints).join(' | ')}`);
    });
  });

  test('applying "Suggest schedule" rewrites the schedule, and the predictions move to the suggested total', async () => {
    await step('suggest', async () => {
      assert.ok(predicted, 'no predicted times to compare (see the predictions test)');
      const file = path.join(server.workspace, SUGGESTED);
      const original = fs.readFileSync(file, 'utf8');
      await page.getByRole('treeitem', { name: SUGGESTED }).click();
      await waitFor(`${SUGGESTED} open in the editor`, async () => (await editorState(page)).text, (t) => t.includes('class PointwiseChain'), 30_000);
      const before = await waitFor(`predicted times for ${SUGGESTED}`, () => editorState(page),
        (s) => timesIn(s.lenses).length > 0 && timesIn(s.hints).length > 0, 120_000);
      const lensKey = (s: EditorState) => timesIn(s.lenses).join(' | ');
      const hintKey = (s: EditorState) => timesIn(s.hints).join(' | ');

      // The cursor inside the generator, then Refactor… (the menu the refactor.rewrite action is in).
      const line = original.split('\n').findIndex((l) => l.includes('if (!auto_schedule)')) + 1;
      assert.ok(line > 0, `no manual schedule branch in ${SUGGESTED}`);
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
      // As a user would, let the lightbulb's request after the cursor move go first (see pickRefactor).
      await new Promise((r) => setTimeout(r, 1500));
      // The search runs when the menu asks (halideLens.suggest.budgetMs, 2 s by default); the .schedule.h
      // item comes from the same search. Write the .schedule.h first: applying the edit starts a new search.
      const headerTitle = await pickRefactor(/Write suggested schedule to pointwise_chain\.schedule\.h \(predicted [\d.]+x faster\)/, 'suggest-menu');
      const headerFile = path.join(server.workspace, 'pointwise_chain.schedule.h');
      // The editor saves files a refactoring creates and edits (files.refactoring.autoSave).
      const header = await waitFor('pointwise_chain.schedule.h written beside the generator', async () => (fs.existsSync(headerFile) ? fs.readFileSync(headerFile, 'utf8') : ''),
        (t) => t.includes('#endif'), 30_000);
      assert.match(header, /inline void apply_schedule_pointwise_chain\(\n {4}::Halide::Pipeline pipeline,\n {4}::Halide::Target target\n\) \{/);
      assert.equal(fs.readFileSync(file, 'utf8'), original, 'writing the .schedule.h leaves the generator alone');
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: SUGGESTED }).first().click();
      await waitFor(`${SUGGESTED} back in the editor`, async () => (await editorState(page)).text, (t) => t.includes('if (!auto_schedule)'), 10_000);

      // Now that it was searched, the class name's hover says the suggestion's choices in plain words.
      await page.keyboard.press('Control+Home');
      const className = page.locator('.editor-instance .view-lines .view-line span span').filter({ hasText: /^PointwiseChain$/ }).first();
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Suggested schedule' }).first();
      // Each try is bounded: a hover on a line not yet rendered (or a token the highlighter split)
      // must not use up the whole wait; what was seen instead is in the failure message.
      await waitFor('the suggestion hover on the class name', async () => {
        if (await hover.isVisible()) return (await hover.innerText()).replace(/\u00a0/g, ' ');
        const other = page.locator('.monaco-hover:visible').first();
        const seen = (await other.isVisible()) ? `another hover: ${(await other.innerText()).slice(0, 200)}` : 'no hover';
        await page.mouse.move(0, 0);
        await className.waitFor({ timeout: 5_000 });
        await className.hover({ timeout: 5_000 });
        return seen;
      }, (t) => t.includes('Suggested schedule'), 60_000, { everyMs: 1000 });
      const hoverText = (await hover.innerText()).replace(/\u00a0/g, ' ');
      await screenshot('suggest-hover');
      assert.match(hoverText, /for pointwise_chain: predicted .* faster/);
      assert.match(hoverText, /output: [a-z]/, `the hover names output's choices: ${hoverText}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
      await new Promise((r) => setTimeout(r, 1500));

      const title = await pickRefactor(/Suggest schedule \(predicted [\d.]+x faster\)/);
      const speedup = Number(/predicted ([\d.]+)x faster/.exec(title)![1]);
      assert.ok(speedup >= 1.01, `menu item: ${title}`);
      assert.ok(headerTitle.endsWith(title.slice('Suggest schedule'.length)), `the two items' numbers: ${headerTitle} / ${title}`);

      // Applied in the buffer: save it and read what the editor wrote.
      await waitFor('the suggested schedule in the editor', async () => (await editorState(page)).text, (t) => t.includes('Suggested by Halide Lens'), 30_000);
      await page.keyboard.press('Control+S');
      const saved = await waitFor(`${SUGGESTED} saved with the suggestion`, async () => fs.readFileSync(file, 'utf8'), (t) => t.includes('Suggested by Halide Lens'), 30_000);
      const head = original.slice(0, original.indexOf('        if (!auto_schedule)'));
      const tail = original.slice(original.indexOf('    }\n};'));
      assert.ok(saved.startsWith(head), 'everything above the manual schedule branch (comments, algorithm, estimates) kept');
      assert.ok(saved.endsWith(tail), 'everything after schedule() kept');
      assert.notEqual(saved, original);
      const m = /Suggested by Halide Lens: predicted ([\d.]+) ms \(was ([\d.]+) ms\)/.exec(saved);
      assert.ok(m, `the suggestion's header comment: ${saved.slice(head.length, saved.length - tail.length)}`);
      const [suggestedMs, wasMs] = [Number(m[1]), Number(m[2])];
      // The title's speed-up is the header's two totals.
      assert.ok(Math.abs(wasMs / suggestedMs - speedup) <= 0.06 * speedup, `${title} vs ${m[0]}`);
      // The lens said the current total before the edit.
      assert.ok(Math.abs(msOf(timesIn(before.lenses)[0]) - wasMs) <= 0.02 * wasMs, `lens before ${timesIn(before.lenses)[0]} vs was ${wasMs} ms`);

      // The server reads the new schedule and predicts what the suggestion said.
      await page.keyboard.press('Control+Home');
      const after = await waitFor(`the code lens to show the suggested ${suggestedMs} ms and the inlay hints to change`, () => editorState(page),
        (s) => timesIn(s.lenses).length > 0 && timesIn(s.hints).length > 0 && hintKey(s) !== hintKey(before) && lensKey(s) !== lensKey(before)
          && Math.abs(msOf(timesIn(s.lenses)[0]) - suggestedMs) <= 0.02 * suggestedMs, 60_000);
      await screenshot('after-suggest');
      console.log(`e2e: ${title}: lens ${timesIn(before.lenses)[0]} -> ${timesIn(after.lenses)[0]} (suggested ${suggestedMs} ms)`);
      console.log(`e2e: hints ${hintKey(before)} -> ${hintKey(after)}`);
    });
  });
});
