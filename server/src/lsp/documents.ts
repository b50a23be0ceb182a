// Open documents, each with its incrementally maintained syntax tree.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { ParsedDocument } from '../halide/parser';

/** Offset of an LSP position (UTF-16 code units, as JS strings count them). */
export function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + character, lineEnd === -1 ? text.length : lineEnd);
}

export interface OpenDocument { uri: string; version: number; parsed: ParsedDocument }

export class DocumentStore {
  private docs = new Map<string, OpenDocument>();

  open(uri: string, version: number, text: string): OpenDocument {
    const doc = { uri, version, parsed: new ParsedDocument(text) };
    this.docs.set(uri, doc);
    return doc;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    for (const c of changes) {
      if ('range' in c) {
        const text = doc.parsed.text;
        const start = offsetAt(text, c.range.start.line, c.range.start.character);
        const end = offsetAt(text, c.range.end.line, c.range.end.character);
        doc.parsed.applyEdits([{ start, end, newText: c.text }]);
      } else {
        doc.parsed.setText(c.text);
      }
    }
    doc.version = version;
    return doc;
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }
}
