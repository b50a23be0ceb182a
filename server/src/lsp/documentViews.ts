// A document's cost views, built per request from its latest finished analysis and predictions: on
// the text as it is now (an older version's stages moved through the edits since), calibrated, with
// the last profile beside them. Also the per-stage table the graph view asks for.
import type { Range } from 'vscode-languageserver';
import type { StageGraph } from '../halide/graph';
import type { ModelStatus } from '../model/index';
import { costView, type CostView } from './costs';
import type { DocumentState } from './documentState';
import type { StageCostsResult } from './protocol';
import type { ViewGraph } from './workerMessages';

/** A generator's view from an older version, moved to the lines it has now; edited-away stages dropped. */
function placeOnText(doc: DocumentState, g: ViewGraph, lineCount: number): ViewGraph | null {
  const move = (r: Range): Range | null => {
    const end = doc.mapLine(r.end.line);
    if (end === null || end >= lineCount) return null;
    const start = doc.mapLine(r.start.line) ?? end;
    return { start: { line: start, character: r.start.character }, end: { line: end, character: r.end.character } };
  };
  const range = move(g.range);
  if (!range) return null;
  const stages = g.stages.flatMap((s) => {
    const r = move(s.range);
    return r ? [{ ...s, range: r }] : [];
  });
  return { ...g, range, stages };
}

export function modelError(model: ModelStatus): string | null {
  return model.state === 'failed' ? model.error ?? 'the cost model failed to load' : null;
}

export function documentViews(doc: DocumentState, model: ModelStatus, factor: number): CostView[] {
  const inputs = { predictions: doc.predictions, modelError: modelError(model), measured: doc.measured, factor, version: doc.version };
  const lineCount = doc.current ? 0 : doc.text.split('\n').length;
  return (doc.analysis?.generators ?? []).flatMap((g) => {
    const graph = doc.current ? g.graph : placeOnText(doc, g.graph, lineCount);
    return graph ? [{ ...costView(graph, inputs), guessedSizes: g.guessedSizes ?? [] }] : [];
  });
}

export function stageCosts(graph: StageGraph, views: CostView[], model: ModelStatus): StageCostsResult {
  return {
    graph,
    modelError: modelError(model),
    generators: views.map((v) => ({
      generator: v.key,
      predictedTotalMs: v.prediction.kind === 'ok' ? v.prediction.totalMs : null,
      measuredTotalMs: v.measured?.summary.totalMs ?? null,
      stages: v.graph.stages.map((s) => ({
        stage: s.id, func: s.func,
        predictedMs: v.prediction.kind === 'ok' ? v.prediction.stageMs.get(s.id) ?? null : null,
        measuredMs: v.measuredByFunc.get(s.func) ?? null,
      })),
    })),
  };
}
