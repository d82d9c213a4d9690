// Publishes Hog diagnostics (syntax and semantic) for open documents, debounced while typing.
import * as vscode from 'vscode';
import { Disposable, toDisposable } from '../common/lifecycle';
import { firstDiagnostics, withCompilerDiagnostics, type HogDiagnostic } from '../hog/analysis';
import { isHog, type HogDocuments } from './documents';

const DEBOUNCE_MS = 250;

export class HogDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('hog'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose diagnostics were published since they opened. */
  private readonly published = new Set<string>();

  constructor(private readonly documents: HogDocuments) {
    super();
    this.register(toDisposable(() => this.cancelAll()));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.update(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)));
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  /**
   * Re-checks a document now (e.g. after its PostHog context changed). A document's first check
   * shows all but the compiler's errors at once and the full list right after (firstDiagnostics);
   * later ones show the full list at once, so that no error blinks while typing.
   */
  update(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    if (!isHog(document)) return;
    const result = this.documents.analysis(document);
    const first = firstDiagnostics(result, this.documents.functionInfo(document));
    const key = document.uri.toString();
    if (this.published.has(key)) return this.publish(document, withCompilerDiagnostics(first, result));
    this.published.add(key);
    this.publish(document, first);
    const complete = () => {
      this.timers.delete(key);
      this.publish(document, withCompilerDiagnostics(first, result));
    };
    this.timers.set(key, setTimeout(complete));
  }

  private publish(document: vscode.TextDocument, found: readonly HogDiagnostic[]): void {
    this.collection.set(document.uri, found.map((d) => toDiagnostic(document, d)));
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isHog(document)) return;
    this.cancel(document.uri);
    this.timers.set(document.uri.toString(), setTimeout(() => this.update(document), DEBOUNCE_MS));
  }

  private cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.published.delete(uri.toString());
    this.collection.delete(uri);
  }
}

function toDiagnostic(document: vscode.TextDocument, d: HogDiagnostic): vscode.Diagnostic {
  const start = document.positionAt(d.start.offset);
  // An empty range (error at end of text) still needs something to underline.
  const end = d.end.offset > d.start.offset ? document.positionAt(d.end.offset) : start;
  const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), d.message, severity);
  diagnostic.source = 'hog';
  diagnostic.code = d.code;
  return diagnostic;
}
