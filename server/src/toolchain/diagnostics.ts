// g++ / ld output -> structured diagnostics, so the editor can put compile
// errors of a generator on the right line. Expects -fdiagnostics-color=never.

import * as path from 'node:path';

export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  /** Absolute path when the compiler gave one relative to cwd; '' for linker messages. */
  file: string;
  /** 1-based; 0 when unknown (linker). */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  severity: Severity;
  message: string;
}

// file:line:col: severity: message   (column optional: some notes omit it)
const GCC_LINE = /^(.+?):(\d+):(?:(\d+):)? (fatal error|error|warning|note): (.*)$/;
// /usr/bin/ld: foo.o: in function `bar': ... / collect2: error: ld returned 1 exit status
const LINKER_LINE = /^(?:\S*\/)?(?:ld|ld\.gold|ld\.lld|collect2)(?:: (error))?: (.*)$/;
// foo.cpp:(.text+0x1c): undefined reference to `baz'
const LINKER_REF = /^(.+?):\(\.[\w.]+\+0x[0-9a-f]+\): (.*)$/;

function severityOf(s: string): Severity {
  return s === 'warning' ? 'warning' : s === 'note' ? 'note' : 'error';
}

/**
 * Parses compiler stderr. Caret/source-excerpt lines and "In file included
 * from" chains are skipped: they only decorate the diagnostic they precede.
 */
export function parseGccDiagnostics(stderr: string, cwd?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const abs = (f: string): string => (cwd && !path.isAbsolute(f) ? path.resolve(cwd, f) : f);
  for (const raw of stderr.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = GCC_LINE.exec(line);
    if (m) {
      out.push({
        file: abs(m[1]),
        line: Number(m[2]),
        column: m[3] ? Number(m[3]) : 0,
        severity: severityOf(m[4]),
        message: m[5],
      });
      continue;
    }
    const ref = LINKER_REF.exec(line);
    if (ref) {
      out.push({ file: '', line: 0, column: 0, severity: 'error', message: `${ref[1]}: ${ref[2]}` });
      continue;
    }
    const ld = LINKER_LINE.exec(line);
    if (ld) {
      // "in function `x':" lines only locate the next message.
      const isContext = /: in function [`'].*':$/.test(ld[2]);
      out.push({ file: '', line: 0, column: 0, severity: isContext ? 'note' : 'error', message: ld[2] });
    }
  }
  return out;
}

/** Compact "file:line:col: severity: message" rendering for logs and errors. */
export function formatDiagnostic(d: Diagnostic): string {
  const loc = d.file ? `${d.file}:${d.line}:${d.column}: ` : '';
  return `${loc}${d.severity}: ${d.message}`;
}
