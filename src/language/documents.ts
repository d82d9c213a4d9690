// Parses and analyses each open Hog document once per version; every feature reads from here.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { analyzeSource, type FunctionInfo, type SourceAnalysis } from '../hog/analysis';

/**
 * The PostHog function behind a document (posthog:// code buffers). Undefined for plain `.hog` files
 * on disk, which then get the checks for a destination without input checks.
 */
export type FunctionInfoLookup = (uri: vscode.Uri) => FunctionInfo | undefined;

export class HogDocuments extends Disposable {
  private readonly cache = new Map<string, { version: number; result: SourceAnalysis }>();

  constructor(private readonly lookup: FunctionInfoLookup) {
    super();
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  analysis(document: vscode.TextDocument): SourceAnalysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = analyzeSource(document.getText());
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  /** The PostHog function behind a buffer; undefined for plain .hog files. */
  functionInfo(document: vscode.TextDocument): FunctionInfo | undefined {
    return this.lookup(document.uri);
  }

  override dispose(): void {
    super.dispose();
    this.cache.clear();
  }
}

export function isHog(document: vscode.TextDocument): boolean {
  return document.languageId === 'hog';
}

export function spanToRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
