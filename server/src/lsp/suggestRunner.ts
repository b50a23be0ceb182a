// The worker's side of "Suggest schedule": one search per (document version, generator, threads,
// budget), shared by every request for it (a client asks for code actions on each cursor move, and
// again to preview and to apply); edits drop a document's results, and a cancelled request stops
// its search unless another request still waits for it.
import type { StageGraph } from '../halide/graph';
import { generatorKey } from '../halide/graph';
import type { ParsedDocument } from '../halide/parser';
import type { CostModel } from '../model/costModel';
import { suggestForGenerator, type SuggestOutcome } from './suggestAction';
import type { FromWorker, ToWorker } from './workerMessages';

type Request = Extract<ToWorker, { type: 'suggest' }>;
interface Search { uri: string; abort: AbortController; waiting: Set<number>; outcome: Promise<SuggestOutcome | null> }

export class SuggestRunner {
  private readonly searches = new Map<string, Search>();
  private readonly byRequest = new Map<number, string>();
  /** The version each document's text is at in this worker. */
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly model: () => CostModel | null,
    private readonly docs: Map<string, ParsedDocument>,
    private readonly graphs: Map<string, { gen: number; version: number; graph: StageGraph; target?: string }>,
    private readonly post: (m: FromWorker) => void,
  ) {}

  /** The document is now at `version` (null: closed): its searches are worthless. */
  moved(uri: string, version: number | null): void {
    if (version === null) this.versions.delete(uri);
    else this.versions.set(uri, version);
    for (const [k, s] of this.searches) if (s.uri === uri) { s.abort.abort(new Error('document changed')); this.searches.delete(k); }
  }

  async run(m: Request): Promise<void> {
    const key = JSON.stringify([m.uri, m.gen, m.version, m.generator, m.threads, m.budgetMs]);
    let s = this.searches.get(key);
    if (!s && m.peek) { this.post({ type: 'suggest', id: m.id, outcome: null }); return; }
    if (!s) {
      const abort = new AbortController();
      s = { uri: m.uri, abort, waiting: new Set(), outcome: this.search(m, abort.signal).catch((err: Error): SuggestOutcome => ({ ok: false, generator: m.generator, reason: `the search failed: ${err.message}` })) };
      this.searches.set(key, s);
      const mine = s;
      // A search stopped early is not the answer for that version: the next request searches again.
      void s.outcome.then(() => { if (abort.signal.aborted && this.searches.get(key) === mine) this.searches.delete(key); });
    }
    s.waiting.add(m.id);
    this.byRequest.set(m.id, key);
    const outcome = await s.outcome;
    s.waiting.delete(m.id);
    this.byRequest.delete(m.id);
    this.post({ type: 'suggest', id: m.id, outcome });
  }

  cancel(id: number): void {
    const key = this.byRequest.get(id);
    const s = key !== undefined ? this.searches.get(key) : undefined;
    if (!s) return;
    s.waiting.delete(id);
    if (s.waiting.size === 0) s.abort.abort(new Error('search cancelled'));
  }

  private async search(m: Request, signal: AbortSignal): Promise<SuggestOutcome | null> {
    const doc = this.docs.get(m.uri);
    const read = this.graphs.get(m.uri);
    const stale = () => this.versions.get(m.uri) !== m.version;
    if (!doc || !read || read.gen !== m.gen || read.version !== m.version || stale()) return null;
    const g = read.graph.generators.find((x) => generatorKey(x) === m.generator);
    if (!g) return null;
    const model = this.model();
    if (!model) return { ok: false, generator: m.generator, reason: 'the cost model is not available' };
    const outcome = await suggestForGenerator(model, doc, m.uri, g, {
      threads: m.threads, budgetMs: m.budgetMs, signal, stale, target: read.target,
      // The reading's own syntax errors (it forgives the HALIDE_REGISTER_GENERATOR macro's missing ';').
      syntaxErrors: read.graph.diagnostics.some((d) => d.code === 'syntax-error'),
    });
    return signal.aborted && !outcome.ok ? null : outcome;
  }
}
