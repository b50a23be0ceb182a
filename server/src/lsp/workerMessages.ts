// What the server's event loop and its analysis worker say to each other (worker_threads messages).
// Everything is plain data; the full StageGraph travels as a JSON string because a string crosses
// threads as one copy, while a structured clone of a 200-stage graph costs the event loop ~10 ms.
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { StageQuantities } from '../analysis/quantities';
import type { GeneratorGraph, Stage } from '../halide/graph';
import type { ModelStatus, PipelinePrediction } from '../model/index';

/** The part of a generator that hints, lenses, hover and actions read (a GeneratorGraph is one too). */
export type ViewStage = Pick<Stage, 'id' | 'func' | 'index' | 'kind' | 'range' | 'origin'>;
export type ViewGraph = Pick<GeneratorGraph, 'className' | 'registeredName' | 'range' | 'inputs' | 'outputs' | 'funcs'> & { stages: ViewStage[] };

export interface ViewGenerator {
  key: string;
  graph: ViewGraph;
  /** The analysis' per-stage quantities; null when the analysis failed on this generator. */
  quantities: StageQuantities[] | null;
  /** The quick fix for missing estimates, computed where the syntax tree is. */
  estimatesFix: { title: string; edit: TextEdit } | null;
}

/** One document version, read: everything but the predictions. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  generators: ViewGenerator[];
  /** The StageGraph, JSON: parsed only when someone asks for the whole graph. */
  graphJson: string;
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
export type ToWorker =
  | { type: 'open'; uri: string; version: number; text: string }
  | { type: 'change'; uri: string; version: number; changes: TextChange[] }
  | { type: 'close'; uri: string }
  /** Analyse the document at `version` (the worker's copy is at that version when it reads this). */
  | { type: 'analyze'; uri: string; version: number; threads: number; budgetMs: number; slot: number; gen: number };

export type FromWorker =
  | { type: 'model'; status: ModelStatus }
  | { type: 'begin'; uri: string; version: number; gen: number; budgetMs: number }
  | { type: 'analysis'; gen: number; result: DocumentAnalysis }
  | { type: 'predictions'; gen: number; result: DocumentPredictions }
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
