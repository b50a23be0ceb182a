// Everything the server holds for one open document, in one place: its text at the editor's version,
// the latest finished analysis and predictions (what every handler answers from, instantly), the
// last profile per generator, and the state of the work on it.
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { StageQuantities } from '../analysis/quantities';
import type { MeasuredProfile } from './costs';
import type { DocumentAnalysis, DocumentPredictions, TextChange } from './workerMessages';

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

/** One line of a text, without its newline ('' past the end). */
export function lineOf(text: string, line: number): string {
  let start = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

export interface BudgetOverrun { version: number; phase: string; ms: number; budgetMs: number }

/** One change as lines: [start, oldEnd] of the text before it became [start, newEnd]. */
interface LineShift { version: number; start: number; oldEnd: number; newEnd: number }

export class DocumentState {
  analysis: DocumentAnalysis | null = null;
  predictions: DocumentPredictions | null = null;
  readonly measured = new Map<string, MeasuredProfile>();
  /** Compile errors of the last profile, for the text that was profiled. */
  profileDiagnostics: Diagnostic[] = [];
  /** The latest analysis that ran past its budget, while no later one has finished. */
  overrun: BudgetOverrun | null = null;
  timer: NodeJS.Timeout | undefined;
  /** When the document was last edited (for the leading-edge debounce). */
  lastEdit = 0;
  /** Quantities parsed for hovers, for the latest analysis only. */
  private parsedQuantities = new Map<string, StageQuantities[]>();
  /** The edits made since the latest analysis, to place its results on the text as it is now. */
  private shifts: LineShift[] = [];

  constructor(readonly uri: string, public version: number, public text: string) {}

  /** Apply the editor's changes; returns them as offsets into the text before each one, for the worker. */
  change(version: number, changes: TextDocumentContentChangeEvent[]): TextChange[] {
    const out: TextChange[] = [];
    for (const c of changes) {
      if ('range' in c) {
        const start = offsetAt(this.text, c.range.start.line, c.range.start.character);
        const end = offsetAt(this.text, c.range.end.line, c.range.end.character);
        this.text = this.text.slice(0, start) + c.text + this.text.slice(end);
        out.push({ start, end, text: c.text });
        const newlines = c.text.split('\n').length - 1;
        this.shifts.push({ version, start: c.range.start.line, oldEnd: c.range.end.line, newEnd: c.range.start.line + newlines });
      } else {
        this.text = c.text;
        out.push({ text: c.text });
        this.shifts.push({ version, start: 0, oldEnd: Infinity, newEnd: Infinity });
      }
    }
    this.version = version;
    return out;
  }

  setAnalysis(a: DocumentAnalysis): void {
    this.analysis = a;
    this.parsedQuantities.clear();
    this.shifts = this.shifts.filter((x) => x.version > a.version);
  }

  /**
   * Where a line of the latest analysis' text is now (null: its end was edited away). Results of an
   * older version stay in place while the worker reads the new one, instead of blinking out.
   */
  mapLine(line: number): number | null {
    let l = line;
    for (const s of this.shifts) {
      if (l < s.start) continue;
      if (l >= s.oldEnd) l += s.newEnd - s.oldEnd;
      else return null;
      if (!Number.isFinite(l)) return null;
    }
    return l;
  }

  /** A generator's per-stage quantities from the latest analysis, parsed on the first hover that needs them. */
  quantities(key: string): StageQuantities[] | null {
    const cached = this.parsedQuantities.get(key);
    if (cached) return cached;
    const json = this.analysis?.generators.find((g) => g.key === key)?.quantitiesJson;
    if (!json) return null;
    const q = JSON.parse(json) as StageQuantities[];
    this.parsedQuantities.set(key, q);
    return q;
  }

  /** A line of the current text, without a CR of a CRLF ending. */
  lineText(line: number): string {
    return lineOf(this.text, line).replace(/\r$/, '');
  }

  /** The analysis is of the text as it is now. */
  get current(): boolean {
    return this.analysis?.version === this.version;
  }
}
