// The status bar item: what the server says about itself (halideLens/status), in one glance.
import * as vscode from 'vscode';
import type { ServerStatus } from './lsp_ext';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('halideLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Halide Lens';
    this.item.command = 'halideLens.showOutput';
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(loading~spin) Halide Lens';
    this.item.tooltip = 'Halide Lens: starting the server…';
    this.item.backgroundColor = undefined;
  }

  stopped(reason: string): void {
    this.item.text = '$(error) Halide Lens';
    this.item.tooltip = `Halide Lens: the server is not running — ${reason}. Click for the log; "Halide Lens: Restart Server" starts it again.`;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  update(s: ServerStatus): void {
    const problems: string[] = [];
    if (s.model.state === 'failed') problems.push(`model unavailable: ${s.model.error ?? 'unknown error'}`);
    if (s.toolchain.state === 'missing') problems.push(`Halide toolchain not found: ${s.toolchain.error ?? ''}`);
    // A status from an older server has no such field.
    const overBudget = s.overBudget ?? [];
    if (overBudget.length) problems.push(`analysis over its time budget in ${overBudget.length} file(s)`);
    const icon = s.busy.length ? '$(loading~spin)' : problems.length ? '$(warning)' : '$(pulse)';
    this.item.text = `${icon} Halide Lens${s.busy.length ? `: ${s.busy[0]}` : ''}`;
    this.item.backgroundColor = problems.length && !s.busy.length ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown('**Halide Lens**\n\n');
    md.appendMarkdown(`- Model: ${s.model.state === 'ready' ? `loaded${s.model.modelPath ? ` (${s.model.modelPath})` : ''}` : s.model.state === 'failed' ? `unavailable — ${s.model.error ?? ''}` : s.model.state}\n`);
    md.appendMarkdown(`- Halide toolchain: ${s.toolchain.state === 'found' ? `Halide ${s.toolchain.version ?? ''} found` : s.toolchain.state === 'missing' ? 'not found (profiling unavailable)' : 'checking…'}\n`);
    md.appendMarkdown(`- Calibration: ${s.calibration && s.calibration.factor !== 1 ? `model × ${s.calibration.factor.toFixed(2)} from ${s.calibration.pairs} measured Funcs` : `none yet (${s.calibration?.pairs ?? 0} measured Funcs)`}\n`);
    md.appendMarkdown(`- Profiling: ${s.trusted ? 'enabled' : 'disabled (workspace not trusted)'}\n`);
    if (overBudget.length) {
      md.appendMarkdown(`- Over the analysis budget (halideLens.analysis.budgetMs), showing their last complete analysis: ${overBudget.map((u) => u.replace(/^.*\//, '')).join(', ')}\n`);
    }
    if (s.busy.length) md.appendMarkdown(`- Busy: ${s.busy.join(', ')}\n`);
    this.item.tooltip = md;
  }

  dispose(): void {
    this.item.dispose();
  }
}
