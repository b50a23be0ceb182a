// One document version, read in the analysis worker: syntax tree -> StageGraph -> analysis of each
// generator -> diagnostics and the small per-generator views the editor features answer from.
// `check` is called between steps; it throws to stop a job that is cancelled or over its budget.
import { analyze, type Analysis } from '../analysis/index';
import { extractEditing } from '../halide/extract';
import { fileIncludeResolver } from '../halide/includes';
import { withGuessedEstimates } from '../halide/sizing';
import { generatorKey, type GeneratorGraph, type StageGraph } from '../halide/graph';
import type { ParsedDocument } from '../halide/parser';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { estimatesFix } from './codeActions';
import { frontEndDiagnostics, missingEstimateDiagnostics, scheduleDiagnostics } from './diagnostics';
import type { DocumentAnalysis, ViewGenerator, ViewGraph } from './workerMessages';

export interface AnalysisRun {
  result: DocumentAnalysis;
  /** The generators as read (the editor's stage graph); the search guesses missing sizes itself. */
  graph: StageGraph;
  /** Per generator, in order: the graph with missing estimates guessed (halide/sizing.ts), what is analyzed and predicted. */
  sized: GeneratorGraph[];
  /** Per generator, in order: the analysis of its sized graph (null when it failed), for the featurizer to reuse. */
  analyses: (Analysis | null)[];
}

/** Only what the views read: a 200-stage graph's calls and index expressions stay in the worker. */
export function viewGraph(g: GeneratorGraph): ViewGraph {
  return {
    className: g.className, registeredName: g.registeredName, range: g.range, inputs: g.inputs, outputs: g.outputs, funcs: g.funcs, origin: g.origin,
    stages: g.stages.map((s) => ({ id: s.id, func: s.func, index: s.index, kind: s.kind, range: s.range, origin: s.origin })),
  };
}

const LOCAL_HEADERS = fileIncludeResolver();

/**
 * `compiled`: Halide's own graph of this very text, when the server has built it (the static reading
 * was incomplete). Its generators replace the static ones; the static reading's diagnostics stay, and
 * one more says where the numbers come from.
 */
export function analyzeDocument(doc: ParsedDocument, uri: string, version: number, check: (phase: string) => void, compiled?: StageGraph, target?: string): AnalysisRun {
  const start = performance.now();
  // Local headers beside the file are read too (helpers, shared Vars, base classes); edits to a
  // header show at the document's next analysis.
  const all = extractEditing(doc.tree, doc.text, { uri, target, includes: uri.startsWith('file:') ? LOCAL_HEADERS : undefined });
  check('graph');
  // A generator whose class is in an included header has its ranges there: the editor's features,
  // which place and edit by range, leave it to the CLI (which reads it from here) rather than misplace them.
  const read = { ...all, generators: all.generators.filter((g) => !g.definedIn) };
  const diagnostics = frontEndDiagnostics(read);
  for (const g of all.generators.filter((x) => x.definedIn)) {
    const line = Math.max(0, doc.text.split('\n').findIndex((l) => l.includes('HALIDE_REGISTER_GENERATOR') && l.includes(g.registeredName ?? g.className)));
    diagnostics.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'halide-lens', code: 'generator-in-header',
      message: `${generatorKey(g)}: its class is defined in ${g.definedIn!.split('/').pop()}, so the editor shows no per-stage costs here; \`halide-lens predict\` on this file reads it`,
    });
  }
  const graph = compiled ? { ...read, generators: compiled.generators } : read;
  for (const g of compiled?.generators ?? []) {
    diagnostics.push({
      range: g.range, severity: DiagnosticSeverity.Information, source: 'halide-lens', code: 'compiled-graph',
      message: `${generatorKey(g)}: the graph is Halide's own (the generator was built in the background), as the static reading above is incomplete`,
    });
  }
  const lines = doc.text.split('\n');
  const analyses: (Analysis | null)[] = [];
  const sizedGraphs: GeneratorGraph[] = [];
  const warnings: string[] = [];
  const generators: ViewGenerator[] = [];
  for (const g of graph.generators) {
    const key = generatorKey(g);
    // Analyzed, predicted and searched at guessed sizes where the generator sets none; the
    // diagnostics and the views keep the source's own estimates (the quick fix adds them).
    const sized = withGuessedEstimates(g);
    sizedGraphs.push(sized.graph);
    let a: Analysis | null = null;
    try {
      a = analyze(sized.graph);
    } catch (err) {
      warnings.push(`analysis of ${key} failed: ${(err as Error).message}`);
    }
    check('analysis');
    analyses.push(a);
    diagnostics.push(...missingEstimateDiagnostics(g));
    if (a) diagnostics.push(...scheduleDiagnostics(g, a, lines));
    generators.push({ key, graph: viewGraph(g), quantitiesJson: a ? JSON.stringify(a.stages) : null, estimatesFix: estimatesFix(doc.tree, doc.text, g), guessedSizes: sized.guessed });
  }
  return { result: { uri, version, generators, diagnostics, ms: performance.now() - start, warnings }, graph, sized: sizedGraphs, analyses };
}
