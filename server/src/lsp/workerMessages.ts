// What the server's event loop and its analysis worker say to each other (worker_threads messages).
// Everything is plain data, and the event loop gets only what it answers from: each copy it receives
// is garbage it must later collect, and its collections are pauses the editor feels. So the whole
// StageGraph stays in the worker (asked for when the graph view wants it), and the per-stage
// quantities, read only by a hover, cross as one JSON string that the hover parses.
import { createHash } from 'node:crypto';
import type { Diagnostic } from 'vscode-languageserver';
import type { EstimatesFix } from './codeActions';
import type { GeneratorGraph, Range, Stage } from '../halide/graph';
import type { ModelStatus, PipelinePrediction } from '../model/index';
import type { SuggestOutcome } from './suggestAction';

/** The part of a generator that hints, lenses, hover and actions read (a GeneratorGraph is one too). */
export type ViewStage = Pick<Stage, 'id' | 'func' | 'index' | 'kind' | 'range' | 'origin'>;
export type ViewGraph = Pick<GeneratorGraph, 'className' | 'registeredName' | 'range' | 'inputs' | 'outputs' | 'funcs' | 'origin'> & { stages: ViewStage[] };

export interface ViewGenerator {
  key: string;
  graph: ViewGraph;
  /** The analysis' per-stage quantities (StageQuantities[], JSON); null when the analysis failed on this generator. */
  quantitiesJson: string | null;
  /** The quick fix for missing estimates, computed where the syntax tree is. */
  estimatesFix: EstimatesFix | null;
  /** Sizes the analysis and the prediction assumed where the generator sets no estimates ("output f: 1024x1024"). */
  guessedSizes: string[];
}

/** One document version, read: everything but the predictions. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  generators: ViewGenerator[];
  diagnostics: Diagnostic[];
  /** Time spent in the worker: parse, graph, analysis and diagnostics. */
  ms: number;
  /** What failed without stopping the rest (an analysis that threw), for the server's log. */
  warnings: string[];
}

export type GeneratorPrediction = { ok: true; prediction: PipelinePrediction } | { ok: false; error: string };

export interface DocumentPredictions {
  uri: string;
  version: number;
  threads: number;
  /** By generator key. */
  generators: Record<string, GeneratorPrediction>;
}

export type TextChange = { start: number; end: number; text: string } | { text: string };

/**
 * Jobs and results carry the generation of the document they are for: a document closed and opened
 * again starts its versions over, and a late result of the old one must not land on the new text.
 */
/** The predicted totals of a directive's what-if variants (search/whatIf.ts), in one batch. */
export interface WhatIfResult {
  generator: string;
  directive: string;
  range: Range;
  baseMs: number | null;
  rows: { label: string; totalMs: number | null }[];
}

export type ToWorker =
  | { type: 'open'; uri: string; version: number; text: string }
  | { type: 'change'; uri: string; version: number; changes: TextChange[] }
  | { type: 'close'; uri: string }
  /** Analyse the document at `version` (the worker's copy is at that version when it reads this). */
  | { type: 'analyze'; uri: string; version: number; threads: number; budgetMs: number; slot: number; gen: number; target?: string }
  /** The StageGraph of the latest analysis of the document, as JSON. */
  | { type: 'graph'; id: number; uri: string; gen: number }
  /**
   * Halide's own graph of the document's text with this hash (StageGraph JSON, origin 'compiled'):
   * analyses of that text read it instead of the static reading; null forgets it.
   */
  | { type: 'compiled'; uri: string; hash: string; json: string | null }
  /**
   * Search a schedule for one generator of the document at `version` (the "Suggest schedule" code
   * action); answered once, cached per (version, generator, threads, budget) until the next edit.
   * `peek`: answer only from a search already made or running (null otherwise), never start one.
   */
  | { type: 'suggest'; id: number; uri: string; gen: number; version: number; generator: string; threads: number; budgetMs: number; peek: boolean }
  /** The client gave up on that request: stop its search. */
  | { type: 'cancel-suggest'; id: number }
  /** What-if for the schedule directive at a position of the latest analysis (gen). */
  | { type: 'whatif'; id: number; uri: string; gen: number; line: number; character: number; threads: number };

export type FromWorker =
  | { type: 'model'; status: ModelStatus }
  | { type: 'begin'; uri: string; version: number; gen: number; budgetMs: number }
  | { type: 'analysis'; gen: number; result: DocumentAnalysis }
  | { type: 'predictions'; gen: number; result: DocumentPredictions }
  | { type: 'graph'; id: number; version: number | null; json: string | null }
  /** null: the document is not at that version or has no analysis of it yet. */
  | { type: 'suggest'; id: number; outcome: SuggestOutcome | null }
  | { type: 'whatif'; id: number; result: WhatIfResult | null }
  /** The job ended: done, stopped for a newer version, past its budget in `phase`, or failed on a bug. */
  | { type: 'end'; uri: string; version: number; gen: number; outcome: JobOutcome; phase?: string; ms: number; error?: string };

export type JobOutcome = 'done' | 'cancelled' | 'over-budget' | 'failed';

/** Options the server gives its worker. */
export interface WorkerOptions {
  role: 'halide-lens-analysis';
  modelPath?: string;
  /** Tests: a model that is never loaded, with this reason. */
  modelUnavailable?: string;
  /** Versions of the documents by slot, written by the server on every edit: the worker's cancel signal. */
  versions: SharedArrayBuffer;
}

/** What a compiled graph is keyed by: the exact text it was built from. */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
