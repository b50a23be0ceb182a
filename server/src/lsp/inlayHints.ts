// Inlay hints at the end of each stage's definition: predicted time and share of the pipeline (in the
// user's format), and after a profile the measured time of the Func beside it.
import { InlayHintKind, MarkupKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { ViewStage } from './workerMessages';
import { carriesMeasured, predictedMs, type CostView } from './costs';
import { formatMs, formatShare, renderHintFormat } from './format';
import type { ServerSettings } from './protocol';

function inRange(line: number, r: Range | undefined): boolean {
  return !r || (line >= r.start.line && line <= r.end.line);
}

interface Part { stage: ViewStage; predicted: number | null; measured: number | null; view: CostView }

/**
 * `lineLength(line)` gives where a hint at the end of a line goes. Stages ending on one line (a
 * boundary condition and its user, or Funcs made in a loop) share one hint with their sum.
 */
export function inlayHints(views: CostView[], settings: ServerSettings['inlayHints'], lineLength: (line: number) => number, range?: Range): InlayHint[] {
  if (!settings.enabled) return [];
  const byLine = new Map<number, Part[]>();
  for (const v of views) {
    for (const s of v.graph.stages) {
      const line = s.range.end.line;
      if (!inRange(line, range)) continue;
      const part: Part = { stage: s, predicted: predictedMs(v, s), measured: carriesMeasured(v, s) ? v.measuredByFunc.get(s.func)! : null, view: v };
      if (part.predicted === null && part.measured === null) continue;
      const parts = byLine.get(line);
      if (parts) parts.push(part);
      else byLine.set(line, [part]);
    }
  }
  const hints: InlayHint[] = [];
  for (const [line, parts] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const v = parts[0].view;
    const predictedTotal = v.prediction.kind === 'ok' ? v.prediction.totalMs : null;
    const measuredTotal = v.measured?.summary.totalMs ?? null;
    const withPrediction = parts.filter((p) => p.predicted !== null);
    const withMeasured = parts.filter((p) => p.measured !== null);
    const ms = withPrediction.reduce((a, p) => a + p.predicted!, 0);
    const m = withMeasured.reduce((a, p) => a + p.measured!, 0);
    const share = Math.max(predictedTotal && withPrediction.length ? ms / predictedTotal : 0, measuredTotal && withMeasured.length ? m / measuredTotal : 0);
    if (share * 100 < settings.minSharePercent) continue;
    const texts: string[] = [];
    if (withPrediction.length && predictedTotal) texts.push(renderHintFormat(settings.format, { ms, share: ms / predictedTotal }));
    if (withMeasured.length && measuredTotal) {
      texts.push(`⏱ ${formatMs(m)}${withPrediction.length ? '' : ` · ${formatShare(m / measuredTotal)}`}${v.measuredStale ? ' (before edits)' : ''}`);
    }
    if (!texts.length) continue;
    const tooltip: string[] = [];
    for (const p of parts) {
      const lines: string[] = [];
      if (p.predicted !== null && predictedTotal) {
        lines.push(`predicted ${formatMs(p.predicted)} (${formatShare(p.predicted / predictedTotal)} of ${formatMs(predictedTotal)}, ${v.prediction.kind === 'ok' ? v.prediction.threads : '?'} threads${v.factor !== 1 ? `, model × ${v.factor.toFixed(2)} for this machine` : ''})`);
      }
      if (p.measured !== null && measuredTotal) {
        const many = (v.graph.funcs.find((f) => f.name === p.stage.func)?.stages.length ?? 1) > 1;
        lines.push(`measured ${formatMs(p.measured)}${many ? ` for all stages of ${p.stage.func}` : ''} (${formatShare(p.measured / measuredTotal)} of ${formatMs(measuredTotal)}; profile of ${v.measured!.date}${v.measuredStale ? ', before the latest edits' : ''})`);
      }
      tooltip.push(`**${p.stage.id}**${p.stage.origin !== 'source' ? ` (${p.stage.origin})` : ''}: ${lines.join('; ')}`);
    }
    const prefix = parts.length > 1 ? `${parts.length} stages: ` : '';
    hints.push({
      position: { line, character: lineLength(line) },
      label: prefix + texts.join('  '),
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: tooltip.join('  \n') },
    });
  }
  return hints;
}
