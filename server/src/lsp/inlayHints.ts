// Inlay hints at the end of each stage's definition: predicted time and share of the pipeline (in the
// user's format), and after a profile the measured time of the Func beside it.
import { InlayHintKind, MarkupKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Stage } from '../halide/graph';
import { carriesMeasured, predictedMs, type CostView } from './costs';
import { formatMs, formatShare, renderHintFormat } from './format';
import type { ServerSettings } from './protocol';

function inRange(line: number, r: Range | undefined): boolean {
  return !r || (line >= r.start.line && line <= r.end.line);
}

interface Part { stage: Stage; text: string; tooltip: string[] }

/** `lineLength(line)` gives where a hint at the end of a line goes. */
export function inlayHints(views: CostView[], settings: ServerSettings['inlayHints'], lineLength: (line: number) => number, range?: Range): InlayHint[] {
  if (!settings.enabled) return [];
  const byLine = new Map<number, Part[]>();
  for (const v of views) {
    const measuredTotal = v.measured?.summary.totalMs ?? null;
    const predictedTotal = v.prediction.kind === 'ok' ? v.prediction.totalMs : null;
    for (const s of v.graph.stages) {
      const line = s.range.end.line;
      if (!inRange(line, range)) continue;
      const texts: string[] = [];
      const tooltip: string[] = [];
      let share = 0;
      const ms = predictedMs(v, s);
      if (ms !== null && predictedTotal) {
        share = Math.max(share, ms / predictedTotal);
        texts.push(renderHintFormat(settings.format, { ms, share: ms / predictedTotal }));
        tooltip.push(`Predicted for ${v.prediction.kind === 'ok' ? v.prediction.threads : '?'} thread(s): ${formatMs(ms)}, ${formatShare(ms / predictedTotal)} of ${formatMs(predictedTotal)}` +
          (v.factor !== 1 ? ` (calibrated for this machine: model × ${v.factor.toFixed(2)})` : ''));
      }
      if (carriesMeasured(v, s) && measuredTotal) {
        const m = v.measuredByFunc.get(s.func)!;
        share = Math.max(share, m / measuredTotal);
        const many = (v.graph.funcs.find((f) => f.name === s.func)?.stages.length ?? 1) > 1;
        texts.push(`⏱ ${formatMs(m)}${ms === null ? ` · ${formatShare(m / measuredTotal)}` : ''}${v.measuredStale ? ' (before edits)' : ''}`);
        tooltip.push(`Measured on this machine${many ? ` (all stages of ${s.func})` : ''}: ${formatMs(m)}, ${formatShare(m / measuredTotal)} of ${formatMs(measuredTotal)}` +
          ` — profile of ${v.measured!.date}${v.measuredStale ? ', before the latest edits' : ''}`);
      }
      if (texts.length === 0 || share * 100 < settings.minSharePercent) continue;
      const parts = byLine.get(line) ?? [];
      parts.push({ stage: s, text: texts.join('  '), tooltip });
      byLine.set(line, parts);
    }
  }
  const hints: InlayHint[] = [];
  for (const [line, parts] of [...byLine].sort((a, b) => a[0] - b[0])) {
    // Several stages end on one line (a boundary condition and its user): name each.
    const label = parts.length === 1 ? parts[0].text : parts.map((p) => `${p.stage.id}: ${p.text}`).join(' | ');
    hints.push({
      position: { line, character: lineLength(line) },
      label,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: parts.map((p) => `**${p.stage.id}** — ${p.tooltip.join('  \n')}`).join('\n\n') },
    });
  }
  return hints;
}
