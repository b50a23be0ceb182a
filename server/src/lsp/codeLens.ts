// Code lenses on each generator class: the predicted total (or why there is none), the last measured
// total, and "Profile on this machine". "Suggest schedule" joins them when the search work lands.
import type { CodeLens } from 'vscode-languageserver';
import type { CostView } from './costs';
import { needsEstimate } from './diagnostics';
import { formatMs } from './format';
import { describeConfidence, formatTypicalError } from '../model/confidence';
import type { ProfileParams } from './protocol';

export interface LensOptions {
  /** Command the profile lens runs (the client's own, or the server's executeCommand one). */
  profileCommand: string;
  trusted: boolean;
  /** A profile of this generator is running. */
  profiling: (generator: string) => boolean;
}

/** Up to the first sentence's end (". " after some text), or the whole message. */
export function firstSentence(message: string): string {
  const end = message.indexOf('. ', 20);
  return end === -1 ? message : message.slice(0, end + 1);
}

export function codeLenses(uri: string, views: CostView[], opts: LensOptions): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const v of views) {
    const at = { start: v.graph.range.start, end: v.graph.range.start };
    const p = v.prediction;
    let title: string;
    let tooltip: string | undefined;
    if (p.kind === 'ok') {
      const typical = formatTypicalError(p.confidence);
      tooltip = p.confidence ? describeConfidence(p.confidence) : undefined;
      title = `Predicted ${formatMs(p.totalMs)}${typical ? ` ${typical}` : ''} (${p.threads} thread${p.threads === 1 ? '' : 's'}${v.factor !== 1 ? `, calibrated × ${v.factor.toFixed(2)}` : ''})`;
    } else if (p.kind === 'pending') title = 'Halide Lens: predicting…';
    else {
      // A lens is one line: its first sentence says what; the tooltip has the rest (the why and the way out).
      const first = firstSentence(p.error);
      title = `Halide Lens: ${p.scope === 'model' ? 'model unavailable' : 'no prediction'} — ${first}`;
      if (first !== p.error) tooltip = p.error;
    }
    const unsized = [...v.graph.inputs, ...v.graph.outputs].filter(needsEstimate).map((io) => io.name);
    if (p.kind === 'ok' && v.guessedSizes?.length) {
      title += ` — at guessed sizes (no estimates): ${v.guessedSizes.join('; ')}`;
    } else if (p.kind === 'ok' && unsized.length) title += ` — ${unsized.join(', ')} ${unsized.length === 1 ? 'has' : 'have'} no estimates`;
    if (p.kind === 'ok' && v.graph.origin === 'compiled') title += ' · graph compiled by Halide';
    if (v.measured) {
      const guessed = v.measured.summary.guessedSizes?.length ? ' at guessed sizes' : '';
      title += ` · measured ${formatMs(v.measured.summary.totalMs)}${guessed}${v.measuredStale ? ' (before edits)' : ''}`;
    }
    lenses.push({ range: at, command: { title, command: '', ...(tooltip ? { tooltip } : {}) } });
    const args: ProfileParams = { uri, generator: v.key };
    const profileTitle = opts.profiling(v.key)
      ? 'Profiling…'
      : opts.trusted ? 'Profile on this machine' : 'Profile on this machine (needs a trusted workspace)';
    lenses.push({ range: at, command: { title: profileTitle, command: opts.profileCommand, arguments: [args] } });
  }
  return lenses;
}
