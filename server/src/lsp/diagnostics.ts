// Diagnostics of a document: what the front end reports, schedule directives naming loops their
// Func does not have (from the analysis), inputs/outputs without estimates, and compile errors of
// the last profile run.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../analysis';
import { type Directive, type GeneratorGraph, generatorKey, type GraphDiagnostic, type IOInfo, type Range, type StageGraph } from '../halide/graph';

export const SOURCE = 'halide-lens';
export const MISSING_ESTIMATES = 'missing-estimates';

const SEVERITY: Record<GraphDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The document's own: diagnostics of an applied `.schedule.h` are in that file, not this one. */
export function frontEndDiagnostics(graph: StageGraph): Diagnostic[] {
  return graph.diagnostics.filter((d) => d.uri === undefined || d.uri === graph.uri).map((d) => ({ range: d.range, severity: SEVERITY[d.severity], code: d.code, source: SOURCE, message: d.message }));
}

/** Dimensions of a buffer without an estimate (empty when all are there). */
export function missingDims(io: IOInfo): number[] {
  if (io.kind === 'scalar') return [];
  const out: number[] = [];
  for (let i = 0; i < io.dims; i++) {
    const e = io.estimates[i];
    if (!e || e.min === null || e.extent === null) out.push(i);
  }
  return out;
}

export function needsEstimate(io: IOInfo): boolean {
  return io.kind === 'scalar' ? io.scalarEstimate === null : missingDims(io).length > 0;
}

export interface MissingEstimatesData { generator: string }

export function missingEstimateDiagnostics(g: GeneratorGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  const data: MissingEstimatesData = { generator: generatorKey(g) };
  for (const [role, ios] of [['Input', g.inputs], ['Output', g.outputs]] as const) {
    for (const io of ios) {
      if (!needsEstimate(io)) continue;
      const what = io.kind === 'scalar'
        ? 'no estimate (set_estimate)'
        : io.estimates.every((e) => !e) ? 'no estimates' : `no estimate for dimension${missingDims(io).length > 1 ? 's' : ''} ${missingDims(io).join(', ')}`;
      out.push({
        range: io.range, severity: DiagnosticSeverity.Warning, code: MISSING_ESTIMATES, source: SOURCE, data,
        message: `${role} '${io.name}' has ${what}: predictions, autoschedulers and profiling need the sizes it is used at`,
      });
    }
  }
  return out;
}

function namesVar(d: Directive, name: string): boolean {
  return d.values.some((v) => v.kind === 'var' && v.name === name) || d.args.includes(name);
}

/** A directive's range runs from the start of its chain; point at the directive itself (`.vectorize(...)`). */
export function directiveRange(d: Directive, lines: string[] | undefined): Range {
  const r = d.range;
  if (!lines || r.start.line === r.end.line) return r;
  const text = lines[r.end.line] ?? '';
  const at = text.lastIndexOf(`.${d.name}`, r.end.character);
  const start = at >= 0 ? at + 1 : text.length - text.trimStart().length;
  return { start: { line: r.end.line, character: start }, end: r.end };
}

/** Directives of the user's source that name a loop the Func's stage does not have at that point. */
export function scheduleDiagnostics(g: GeneratorGraph, a: Analysis, lines?: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<Directive>();
  const own = g.schedule.filter((d) => d.applies && d.source === 'source');
  const report = (d: Directive | undefined, message: string, code: string) => {
    if (!d || seen.has(d)) return;
    seen.add(d);
    out.push({ range: directiveRange(d, lines), severity: DiagnosticSeverity.Warning, code, source: SOURCE, message });
  };
  const chains = new Set<string>();
  for (const d of own) {
    const stages = g.funcs.find((f) => f.name === d.func)?.stages.length ?? 0;
    const chain = `${d.range.start.line}:${d.range.start.character}`;
    if (stages > 0 && d.stage >= stages && !chains.has(chain)) {
      chains.add(chain);
      report(d, `${d.func} has ${stages === 1 ? 'no update definitions' : `only ${stages - 1} update definition${stages > 2 ? 's' : ''}`}: update(${d.stage - 1}) does not exist (Halide stops with an error)`, 'unknown-stage');
    }
  }
  for (const f of a.funcs) {
    for (const s of f.stages) {
      const [func, idx] = [s.stage.slice(0, s.stage.lastIndexOf('.')), Number(s.stage.slice(s.stage.lastIndexOf('.') + 1))];
      for (const u of s.unresolved) {
        const m = /^(\w+): no loop '([^']*)'$/.exec(u);
        if (!m) continue;
        const [, what, v] = m;
        const candidates = own.filter((d) => d.func === func && d.stage === idx && namesVar(d, v));
        const d = candidates.find((c) => c.name === what) ?? candidates[0];
        const loops = s.loops.map((l) => l.name.split('.').pop()).reverse().join(', ');
        report(d, `'${v}' is not a loop of ${func}${idx > 0 ? ` (update ${idx - 1})` : ''} here (its loops, outermost first: ${loops || 'none'}): ${d?.name ?? what} is ignored`, 'unknown-loop');
      }
    }
    for (const note of f.notes) {
      let m = /^no loop '([^']*)' in (\S+): treated as root$/.exec(note);
      if (m) {
        const [, v, consumer] = m;
        report(own.find((d) => d.func === f.func && (d.name === 'compute_at' || d.name === 'store_at') && namesVar(d, v)),
          `${consumer} has no loop '${v}': ${f.func} is computed at root instead`, 'unknown-loop');
        continue;
      }
      m = /^(\S+) is not a realized consumer of (\S+): treated as root$/.exec(note);
      if (m) {
        report(own.find((d) => d.func === f.func && d.name === 'compute_at'),
          `${m[1]} is not a realized consumer of ${f.func} (inlined, or does not call it): ${f.func} is computed at root instead`, 'bad-compute-at');
      }
    }
  }
  return out;
}
