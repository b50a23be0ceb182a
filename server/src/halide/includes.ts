// Local headers a generator includes (`#include "helpers.h"`): real generators keep their helper
// functions, shared Vars and base classes there. The front end reads their declarations so helper
// calls expand as if written in the file. Resolution is the caller's (files on disk for the CLI and
// the editor, a fixture map in tests); parsed headers are cached by path and content.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SyntaxNode, Tree } from './parser';
import { parseText } from './parser';
import { stringLiteral } from './syntax';

export interface IncludedFile { uri: string; text: string }
/** `spec` as written between the quotes (or angle brackets: `angled`), and the file that includes it. */
export type IncludeResolver = (spec: string, fromUri: string, angled?: boolean) => IncludedFile | null;

export interface Header { uri: string; root: SyntaxNode }

const MAX_DEPTH = 6;
const MAX_FILES = 64;
const HEADER = /\.(h|hh|hpp|hxx)$/;
const SOURCE_EXTS = ['.cc', '.cpp', '.cxx'];
const cache = new Map<string, { text: string; tree: Tree }>();

/** `#include "..."` and `#include <...>` specs of a tree, in order (the resolver decides which are ours). */
function includeSpecs(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (n: SyntaxNode): void => {
    for (const c of n.children) {
      if (c.type === 'preproc_include') {
        const p = c.childForFieldName('path');
        if (p?.type === 'string_literal' || p?.type === 'system_lib_string') out.push(p);
      } else if (/^(preproc_(if|ifdef|else|elif)|namespace_definition|declaration_list|linkage_specification)$/.test(c.type)) visit(c);
    }
  };
  visit(root);
  return out;
}

/** The headers a file reaches through quoted includes, depth first, each once. */
export function readIncludes(root: SyntaxNode, uri: string, resolve: IncludeResolver): Header[] {
  const out: Header[] = [];
  const seen = new Set<string>([uri]);
  const walk = (node: SyntaxNode, from: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const specNode of includeSpecs(node)) {
      const angled = specNode.type === 'system_lib_string';
      const spec = angled ? specNode.text.slice(1, -1) : stringLiteral(specNode);
      if (!spec || out.length >= MAX_FILES) continue;
      const file = resolve(spec, from, angled);
      if (!file || seen.has(file.uri)) continue;
      add(file, depth);
      // A header that only declares its helpers (`void resize(Func in, Func out);`) has their
      // bodies in its companion source beside it (`common.h` -> `common.cc`): read that too.
      if (angled || !HEADER.test(spec)) continue;
      for (const ext of SOURCE_EXTS) {
        const src = resolve(spec.replace(HEADER, ext), file.uri, false);
        if (src && !seen.has(src.uri)) { add(src, depth); break; }
      }
    }
  };
  const add = (file: IncludedFile, depth: number): void => {
    seen.add(file.uri);
    let entry = cache.get(file.uri);
    if (!entry || entry.text !== file.text) {
      if (cache.size >= 256) cache.clear();
      cache.set(file.uri, (entry = { text: file.text, tree: parseText(file.text) }));
    }
    out.push({ uri: file.uri, root: entry.tree.rootNode });
    walk(entry.tree.rootNode, file.uri, depth + 1);
  };
  walk(root, uri, 0);
  return out;
}

/**
 * Headers on disk: beside the including file first, then in each include directory, as a
 * compiler given `-I DIR` looks for them. Unreadable or huge files are skipped.
 */
export function fileIncludeResolver(includeDirs: string[] = []): IncludeResolver {
  return (spec, fromUri, angled) => {
    const from = fromUri.startsWith('file://') ? new URL(fromUri).pathname : fromUri;
    // `<...>` is looked for only in the include directories, as a compiler does.
    for (const dir of angled ? includeDirs : [path.dirname(from), ...includeDirs]) {
      const p = path.resolve(dir, spec);
      try {
        const st = fs.statSync(p);
        if (!st.isFile() || st.size > 2_000_000) continue;
        return { uri: p, text: fs.readFileSync(p, 'utf8') };
      } catch {
        continue;
      }
    }
    return null;
  };
}
