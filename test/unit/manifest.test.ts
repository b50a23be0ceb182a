// The extension manifest, grammar and packaging files agree with the code.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Parser = require('tree-sitter');
import Cpp = require('tree-sitter-cpp');
import { ROOT } from '../paths';
import { findGeneratorClasses } from '../../server/src/halide/generators';
import { parseText } from '../../server/src/halide/parser';
import { SETTINGS, type SettingSpec } from '../../server/src/lsp/settingsSchema';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('settings schema equals package.json contributes.configuration exactly (every key both ways, type, default, bounds, enum, description)', () => {
  const props = pkg.contributes.configuration.properties as Record<string, unknown>;
  assert.deepEqual(Object.keys(SETTINGS).filter((k) => !(k in props)), [], 'in the schema, missing from package.json');
  assert.deepEqual(Object.keys(props).filter((k) => !(k in SETTINGS)), [], 'in package.json, missing from the schema');
  for (const [k, spec] of Object.entries(SETTINGS)) assert.deepEqual(props[k], spec, k);
});

test('settings schema: every default has its type, lies within its bounds and its enum', () => {
  for (const [k, spec] of Object.entries(SETTINGS) as [string, SettingSpec][]) {
    const d: unknown = spec.default;
    if (Array.isArray(spec.type)) assert.equal(d, null, k);
    else if (spec.type === 'number' || spec.type === 'integer') {
      assert.equal(typeof d, 'number', k);
      if (spec.type === 'integer') assert.ok(Number.isInteger(d), k);
      assert.ok(spec.minimum === undefined || spec.default >= spec.minimum, `${k} below its minimum`);
      assert.ok(spec.maximum === undefined || spec.default <= spec.maximum, `${k} above its maximum`);
    } else {
      assert.equal(typeof d, spec.type, k);
      if (spec.type === 'string' && spec.enum) assert.ok(spec.enum.includes(spec.default), `${k} default not in its enum`);
    }
  }
});

test('manifest: name, activation on C++, commands and bin', () => {
  assert.equal(pkg.name, 'halide-lens');
  assert.equal(pkg.displayName, 'Halide Lens');
  assert.ok(pkg.activationEvents.includes('onLanguage:cpp'));
  assert.equal(pkg.bin['halide-lens'], './dist/server.js');
  const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  for (const c of pkg.contributes.commands) assert.ok(client.includes(`'${c.command}'`), `${c.command} is registered`);
});

test('manifest: limited support in untrusted workspaces, with the reason, and the client checks trust before profiling', () => {
  const u = pkg.capabilities.untrustedWorkspaces;
  assert.equal(u.supported, 'limited');
  assert.match(u.description, /[Pp]rofiling compiles/);
  assert.ok(u.restrictedConfigurations.includes('halideLens.server.path'), 'a workspace must not choose which server runs');
  const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(client, /vscode\.workspace\.isTrusted/);
  assert.match(client, /onDidGrantWorkspaceTrust/);
});

test('TextMate injection grammar is valid and its patterns match directives', () => {
  const g = JSON.parse(fs.readFileSync(path.join(ROOT, pkg.contributes.grammars[0].path), 'utf8'));
  assert.equal(g.scopeName, pkg.contributes.grammars[0].scopeName);
  const re = (name: string) => new RegExp(g.repository[name].match);
  assert.match('  f.compute_at(g, x)', re('placement-directive'));
  assert.match('out.split(x, xo, xi, 8)', re('loop-directive'));
  assert.match('BoundaryConditions::repeat_edge(in)', re('boundary-condition'));
  assert.doesNotMatch('compute_at(g, x)', re('placement-directive'));
  assert.match('f.gpu_tile(x, y, xo, yo, xi, yi, 8, 8)', re('gpu-directive'));
});

test('tree-sitter queries in grammars/ compile and find what the front end finds', () => {
  const parser = new Parser();
  parser.setLanguage(Cpp);
  const source = fs.readFileSync(path.join(ROOT, 'corpus', 'blur3x3.cpp'), 'utf8');
  const query = new Parser.Query(Cpp, fs.readFileSync(path.join(ROOT, 'grammars', 'queries', 'generators.scm'), 'utf8'));
  const caps = query.captures(parser.parse(source).rootNode);
  const names = caps.filter((c) => c.name === 'generator.name').map((c) => c.node.text);
  assert.deepEqual(names, findGeneratorClasses(parseText(source).rootNode).map((c) => c.name));
  assert.ok(caps.filter((c) => c.name === 'directive.name').map((c) => c.node.text).includes('vectorize'));
  assert.equal(caps.filter((c) => c.name === 'definition').length, 4);
});

test('.vscodeignore is an allowlist', () => {
  const lines = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.equal(lines[0], '**');
  assert.ok(lines.slice(1).every((l) => l.startsWith('!')));
});
