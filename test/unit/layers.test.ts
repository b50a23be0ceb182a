// The architecture in DESIGN.md, checked: server/src folders import only the layers below them on the
// data path (halide -> analysis -> features -> model -> lsp/cli, toolchain and collect beside), the
// client takes from the server only types and the protocol module, and no server file grows past
// 400 lines.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../paths';

const SERVER_SRC = path.join(ROOT, 'server', 'src');
const CLIENT_SRC = path.join(ROOT, 'client', 'src');
const MAX_LINES = 400;

const DATA_PATH = ['halide', 'analysis', 'features', 'model'];
/** Folder -> the other folders its files may import (its own is always allowed). */
const ALLOWED: Record<string, string[]> = {
  halide: [],
  analysis: ['halide'],
  features: ['halide', 'analysis'],
  model: ['halide', 'analysis', 'features'],
  search: [...DATA_PATH],
  toolchain: ['halide'],
  // collect writes the schedules it samples as C++ with search's printer (search/printer.ts), as the
  // editor's suggestions are written; search never imports collect, so no cycle.
  collect: [...DATA_PATH, 'search', 'toolchain'],
  lsp: [...DATA_PATH, 'search', 'toolchain'],
  // The entry point: every command, and `lsp --stdio`.
  cli: [...DATA_PATH, 'search', 'toolchain', 'collect', 'lsp'],
};

export interface ImportRef {
  spec: string;
  /** `import type` / `export type`, or named imports that are all `type`: erased from the output. */
  typeOnly: boolean;
  line: number;
}

/** Module specifiers of static imports, `export … from`, `require(...)` and `import(...)`. */
export function importsOf(text: string): ImportRef[] {
  const out: ImportRef[] = [];
  const lineAt = (i: number): number => text.slice(0, i).split('\n').length;
  // An import clause holds no `;` or quote, so a match never runs past its own statement.
  const statement = /^[ \t]*(import|export)\s+(type\s+)?([^;'"]*?)\s*\bfrom\s*['"]([^'"]+)['"]|^[ \t]*import\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(statement)) {
    if (m[5] !== undefined) {
      out.push({ spec: m[5], typeOnly: false, line: lineAt(m.index!) });
      continue;
    }
    if (m[1] === 'export' && !/^(\*|\{)/.test(m[3])) continue; // `export const from = …` and the like
    const named = /^\{([\s\S]*)\}$/.exec(m[3].trim());
    const items = named ? named[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
    const allTypes = items.length > 0 && items.every((s) => s.startsWith('type '));
    out.push({ spec: m[4], typeOnly: Boolean(m[2]) || allTypes, line: lineAt(m.index!) });
  }
  for (const m of text.matchAll(/\b(require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push({ spec: m[2], typeOnly: false, line: lineAt(m.index!) });
  }
  return out;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The server/src folder a path lies in or names (`../analysis` is its index.ts), or null outside server/src. */
function topFolder(abs: string): string | null {
  const rel = path.relative(SERVER_SRC, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

test('the import scanner sees every kind of import', () => {
  const src = [
    "import * as fs from 'node:fs';",
    "import type { A } from '../halide/graph';",
    "import { type B, type C } from './b';",
    "import {\n  d,\n  type E,\n} from './d';",
    "export { f } from '../f';",
    "export * from './g';",
    "export type { H } from './h';",
    "export const x = 1; const y = require('../y');",
    "import './side-effect';",
    "type T = import('./t').T;",
  ].join('\n');
  assert.deepEqual(importsOf(src).map((i) => [i.spec, i.typeOnly]), [
    ['node:fs', false], ['../halide/graph', true], ['./b', true], ['./d', false], ['../f', false],
    ['./g', false], ['./h', true], ['./side-effect', false], ['../y', false], ['./t', false],
  ]);
});

test('server/src folders import only the layers the design allows', () => {
  const violations: string[] = [];
  for (const file of tsFiles(SERVER_SRC)) {
    const rel = path.relative(ROOT, file);
    const from = topFolder(file) ?? '';
    const allowed = ALLOWED[from];
    if (!allowed) {
      violations.push(`${rel}: '${from}' is not a layer of the design (rule: every file sits in one of ${Object.keys(ALLOWED).join(', ')})`);
      continue;
    }
    for (const imp of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (!imp.spec.startsWith('.')) continue; // node: modules and packages
      const to = topFolder(path.resolve(path.dirname(file), imp.spec));
      if (to === from) continue;
      const rule = `${from} may import ${allowed.length ? allowed.join(', ') : 'only itself'}`;
      if (to === null) violations.push(`${rel}:${imp.line}: import '${imp.spec}' leaves server/src (rule: ${rule})`);
      else if (!allowed.includes(to)) violations.push(`${rel}:${imp.line}: import '${imp.spec}' reaches ${to} (rule: ${rule})`);
    }
  }
  assert.deepEqual(violations, []);
});

test('client/src takes from server/src only types, or the shared lsp/protocol.ts and lsp/settingsSchema.ts', () => {
  // The protocol's message objects and the settings schema (pure data, no imports) are shared by design.
  const shared = ['protocol', 'settingsSchema'].map((m) => path.join(SERVER_SRC, 'lsp', m));
  const violations: string[] = [];
  for (const file of tsFiles(CLIENT_SRC)) {
    for (const imp of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (!imp.spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), imp.spec).replace(/\.(ts|js)$/, '');
      if (topFolder(target) === null || imp.typeOnly || shared.includes(target)) continue;
      violations.push(`${path.relative(ROOT, file)}:${imp.line}: import '${imp.spec}' is server code in the client bundle (rule: client imports server/src types only, or lsp/protocol.ts and lsp/settingsSchema.ts)`);
    }
  }
  assert.deepEqual(violations, []);
});

test(`no file in server/src is over ${MAX_LINES} lines`, () => {
  const long = tsFiles(SERVER_SRC)
    .map((f) => ({ file: path.relative(ROOT, f), lines: lineCount(fs.readFileSync(f, 'utf8')) }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${f.file}: ${f.lines} lines (rule: at most ${MAX_LINES}; split it along its own seams)`);
  assert.deepEqual(long, []);
});
