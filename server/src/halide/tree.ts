// tree-sitter's syntax tree copied once into plain JS objects. Every property of a native node is a
// call across N-API (about a microsecond each) and the front end reads nodes many times (unrolled
// loops, expressions re-read through Expr locals), so one cursor walk per parse is far cheaper.
import type Parser = require('tree-sitter');
import type { Position } from './graph';

/** Line starts of a text, for offset -> (line, UTF-16 column) without asking the native tree. */
class LineIndex {
  private starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

export interface Point { row: number; column: number }

export class SyntaxNode {
  readonly children: SyntaxNode[] = [];
  parent: SyntaxNode | null = null;
  hasError = false;
  private _named: SyntaxNode[] | null = null;

  constructor(
    private readonly lines: LineIndex,
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly fieldName: string | null,
  ) {}

  get text(): string { return this.lines.text.slice(this.startIndex, this.endIndex); }
  get startPosition(): Point {
    const p = this.lines.position(this.startIndex);
    return { row: p.line, column: p.character };
  }
  get endPosition(): Point {
    const p = this.lines.position(this.endIndex);
    return { row: p.line, column: p.character };
  }
  get namedChildren(): SyntaxNode[] {
    this._named ??= this.children.filter((c) => c.isNamed);
    return this._named;
  }
  get namedChildCount(): number { return this.namedChildren.length; }
  child(i: number): SyntaxNode | null { return this.children[i] ?? null; }
  childForFieldName(name: string): SyntaxNode | null {
    for (const c of this.children) if (c.fieldName === name) return c;
    return null;
  }
  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((c) => c.fieldName === name);
  }
  descendantsOfType(types: string | string[]): SyntaxNode[] {
    const want = new Set(typeof types === 'string' ? [types] : types);
    const out: SyntaxNode[] = [];
    const stack: SyntaxNode[] = [this];
    while (stack.length) {
      const n = stack.pop()!;
      if (want.has(n.type)) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    return out;
  }
}

export interface LightTree { rootNode: SyntaxNode }

/** What an incremental rebuild may reuse: the previous tree and the one edit since it was built. */
export interface Reuse {
  old: LightTree;
  edit: { start: number; oldEnd: number; newEnd: number };
  /** Ranges (new offsets) whose structure tree-sitter reports as changed. */
  changed: { startIndex: number; endIndex: number }[];
}

function findOld(root: SyntaxNode, start: number, end: number, type: string): SyntaxNode | null {
  let n = root;
  for (;;) {
    if (n.startIndex === start && n.endIndex === end && n.type === type) return n;
    const next = n.children.find((c) => c.startIndex <= start && c.endIndex >= end);
    if (!next) return null;
    n = next;
  }
}

function cloneInto(target: SyntaxNode, source: SyntaxNode, lines: LineIndex, delta: number, ids: { next: number }): void {
  for (const c of source.children) {
    const copy = new SyntaxNode(lines, ids.next++, c.type, c.isNamed, c.isMissing, c.startIndex + delta, c.endIndex + delta, c.fieldName);
    copy.parent = target;
    copy.hasError = c.hasError;
    target.children.push(copy);
    cloneInto(copy, c, lines, delta, ids);
  }
}

/**
 * Copy a native tree with one TreeCursor walk. With `reuse`, subtrees that the edit did not touch
 * are copied from the previous tree in JS (shifted past the edit) instead of read from the native side.
 */
export function buildTree(tree: Parser.Tree, text: string, reuse?: Reuse): LightTree {
  const lines = new LineIndex(text);
  const cursor = tree.walk();
  const ids = { next: 0 };
  const make = (field: string | null): SyntaxNode =>
    new SyntaxNode(lines, ids.next++, cursor.nodeType, cursor.nodeIsNamed, cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex, field);
  const delta = reuse ? reuse.edit.newEnd - reuse.edit.oldEnd : 0;
  const reusable = (n: SyntaxNode): SyntaxNode | null => {
    if (!reuse) return null;
    const before = n.endIndex < reuse.edit.start;
    const after = n.startIndex > reuse.edit.newEnd;
    if (!before && !after) return null;
    if (reuse.changed.some((r) => r.startIndex <= n.endIndex && r.endIndex >= n.startIndex)) return null;
    const shift = after ? delta : 0;
    return findOld(reuse.old.rootNode, n.startIndex - shift, n.endIndex - shift, n.type);
  };
  const root = make(null);
  const stack: SyntaxNode[] = [root];
  // Depth-first: descend, then walk siblings, climbing back up when a level is done.
  if (cursor.gotoFirstChild()) {
    for (;;) {
      const parent = stack[stack.length - 1];
      const node = make(cursor.currentFieldName || null);
      node.parent = parent;
      parent.children.push(node);
      const old = reusable(node);
      if (old) {
        cloneInto(node, old, lines, node.startIndex - old.startIndex, ids);
        node.hasError = old.hasError;
      } else if (cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      } else if (node.type === 'ERROR' || node.isMissing) node.hasError = true;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) break;
        const done = stack.pop()!;
        if (done.type === 'ERROR' || done.isMissing || done.children.some((c) => c.hasError)) done.hasError = true;
        if (stack.length === 0) break;
      }
      if (stack.length === 0) break;
    }
  }
  root.hasError ||= root.type === 'ERROR' || root.children.some((c) => c.hasError);
  return { rootNode: root };
}
