// The language server, built around a connection so tests can drive its handlers directly.
// Today it keeps stage graphs current and reports what the front end cannot read; predictions,
// hints and lenses build on the same graphs.
import {
  DiagnosticSeverity, TextDocumentSyncKind, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { DocumentStore } from './documents';
import { STAGE_GRAPH_METHOD, type StageGraphParams, type StageGraphResult } from './protocol';
import { extractEditing } from '../halide/extract';
import type { GraphDiagnostic, StageGraph } from '../halide/graph';

const SEVERITY: Record<GraphDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const ANALYSIS_DELAY_MS = 150;

export class HalideLensServer {
  readonly documents = new DocumentStore();
  private graphs = new Map<string, StageGraph>();
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly connection: Connection) {
    connection.onInitialize(() => this.initialize());
    connection.onDidOpenTextDocument((p) => {
      this.documents.open(p.textDocument.uri, p.textDocument.version, p.textDocument.text);
      this.schedule(p.textDocument.uri, 0);
    });
    connection.onDidChangeTextDocument((p) => {
      this.documents.change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
      this.schedule(p.textDocument.uri, ANALYSIS_DELAY_MS);
    });
    connection.onDidCloseTextDocument((p) => {
      this.documents.close(p.textDocument.uri);
      this.graphs.delete(p.textDocument.uri);
      clearTimeout(this.timers.get(p.textDocument.uri));
      void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
    });
    connection.onRequest(STAGE_GRAPH_METHOD, (p: StageGraphParams): StageGraphResult => this.graph(p.uri) ?? null);
  }

  initialize(): InitializeResult {
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
      serverInfo: { name: 'halide-lens', version: '0.1.0' },
    };
  }

  /** Debounced: a burst of keystrokes costs one analysis, after the burst. */
  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => this.analyze(uri), delay));
  }

  graph(uri: string): StageGraph | undefined {
    const cached = this.graphs.get(uri);
    if (cached) return cached;
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const graph = extractEditing(doc.parsed.tree, doc.parsed.text, { uri });
    this.graphs.set(uri, graph);
    return graph;
  }

  analyze(uri: string): void {
    this.graphs.delete(uri);
    const graph = this.graph(uri);
    if (!graph) return;
    const diagnostics: Diagnostic[] = graph.diagnostics.map((d) => ({
      range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'halide-lens', message: d.message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
