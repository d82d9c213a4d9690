// Parses and analyses each open Hog document once per version; every feature reads from here.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { analyzeSource, type FunctionInfo, type SourceAnalysis } from '../hog/analysis';
import type { ProjectDefinitions } from '../taxonomy/definitionsCache';

/** The PostHog function behind a buffer, with its project's definitions when it belongs to one. */
export interface HogFunctionContext extends FunctionInfo {
  /** The event and property definitions of the function's project, fetched when first needed. */
  readonly definitions?: ProjectDefinitions;
}

/**
 * The PostHog function behind a document (posthog:// code buffers). Undefined for plain `.hog` files
 * on disk, which then get the checks for a destination without input checks.
 */
export type FunctionInfoLookup = (uri: vscode.Uri) => HogFunctionContext | undefined;

export class HogDocuments extends Disposable {
  private readonly cache = new Map<string, { document: vscode.TextDocument; version: number; result: SourceAnalysis }>();

  constructor(private readonly lookup: FunctionInfoLookup) {
    super();
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  analysis(document: vscode.TextDocument): SourceAnalysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    // A closed untitled buffer's URI can come back for a new one at the same version: compare documents too.
    if (cached && cached.document === document && cached.version === document.version) return cached.result;
    const result = analyzeSource(document.getText());
    this.cache.set(key, { document, version: document.version, result });
    return result;
  }

  /** The PostHog function behind a buffer; undefined for plain .hog files. */
  functionInfo(document: vscode.TextDocument): FunctionInfo | undefined {
    return this.lookup(document.uri);
  }

  /** The same, with the project's definitions source when the buffer belongs to a project. */
  functionContext(document: vscode.TextDocument): HogFunctionContext | undefined {
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
