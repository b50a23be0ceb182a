// tree-sitter-cpp parsing, incremental per document: each edit is applied to the previous tree so a
// keystroke re-parses only what changed.
import Parser = require('tree-sitter');
import Cpp = require('tree-sitter-cpp');

import { buildTree, type LightTree, type Reuse, type SyntaxNode } from './tree';

export type { SyntaxNode };
export type Tree = LightTree;

let shared: Parser | null = null;

/** One parser per process: tree-sitter parsers are not reentrant, but our calls are synchronous. */
function parser(): Parser {
  if (!shared) {
    shared = new Parser();
    shared.setLanguage(Cpp);
  }
  return shared;
}

// node-tree-sitter reads string input in chunks; feeding it through a callback avoids the
// fixed-size buffer limit that a plain string hits on large files.
function input(text: string): Parser.Input {
  return (index: number) => (index < text.length ? text.slice(index, index + 8192) : '');
}

function parseNative(text: string, oldTree?: Parser.Tree): Parser.Tree {
  return parser().parse(input(text), oldTree);
}

export function parseText(text: string): Tree {
  return buildTree(parseNative(text), text);
}

export interface TextEdit {
  /** Zero-based offsets into the old text. */
  start: number;
  end: number;
  newText: string;
}

function pointAt(text: string, offset: number): Parser.Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** A document's text and its syntax tree, kept in step across edits. */
export class ParsedDocument {
  private native: Parser.Tree;
  private light: Tree | null = null;
  private reuse: Reuse | undefined;
  constructor(private _text: string) {
    this.native = parseNative(_text);
  }
  get text(): string { return this._text; }
  /** The syntax tree as plain JS objects, built on first use after each edit. */
  get tree(): Tree {
    if (!this.light) {
      this.light = buildTree(this.native, this._text, this.reuse);
      this.reuse = undefined;
    }
    return this.light;
  }

  /** Apply edits in order (offsets of each refer to the text after the previous ones). */
  applyEdits(edits: TextEdit[]): void {
    let text = this._text;
    const previous = this.native;
    const single = edits.length === 1 && this.light !== null ? edits[0] : null;
    for (const e of edits) {
      const startPosition = pointAt(text, e.start);
      const oldEndPosition = pointAt(text, e.end);
      const next = text.slice(0, e.start) + e.newText + text.slice(e.end);
      this.native.edit({
        startIndex: e.start,
        oldEndIndex: e.end,
        newEndIndex: e.start + e.newText.length,
        startPosition,
        oldEndPosition,
        newEndPosition: pointAt(next, e.start + e.newText.length),
      });
      text = next;
    }
    this._text = text;
    this.native = parseNative(text, this.native);
    // Tree-sitter's error recovery depends on the tree it starts from: a text with syntax errors can
    // parse one way incrementally and another from scratch (the fuzz test found a generator's class
    // swallowed by an error only in the fresh parse). The reading must not depend on the edit history,
    // so a text with errors is parsed from scratch, and nothing of the old tree is reused.
    const fresh = this.native.rootNode.hasError;
    if (fresh) this.native = parseNative(text);
    // One edit since the last light tree: its untouched subtrees can be copied instead of re-read.
    this.reuse = single && this.light && !fresh
      ? {
          old: this.light,
          edit: { start: single.start, oldEnd: single.end, newEnd: single.start + single.newText.length },
          changed: this.native.getChangedRanges(previous),
        }
      : undefined;
    this.light = null;
  }

  /** Replace the whole text (full sync): still reuses the old tree where the prefix matches. */
  setText(text: string): void {
    let start = 0;
    const max = Math.min(text.length, this._text.length);
    while (start < max && text.charCodeAt(start) === this._text.charCodeAt(start)) start++;
    let endOld = this._text.length;
    let endNew = text.length;
    while (endOld > start && endNew > start && text.charCodeAt(endNew - 1) === this._text.charCodeAt(endOld - 1)) {
      endOld--;
      endNew--;
    }
    this.applyEdits([{ start, end: endOld, newText: text.slice(start, endNew) }]);
  }
}
