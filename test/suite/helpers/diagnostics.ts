// Waiting for the Hog diagnostics of a document (an event, not a sleep).
import * as vscode from 'vscode';

/** Resolves with the document's hog diagnostics once `ready` accepts them; fails after 10 s. */
export function diagnosticsWhen(uri: vscode.Uri, ready: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = (): readonly vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hog');
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      listener.dispose();
      if (error) reject(error);
      else resolve(current());
    };
    const timer = setTimeout(() => finish(new Error(`diagnostics never matched; last: ${JSON.stringify(current().map(show))}`)), 10_000);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (ready(current())) finish();
    });
    if (ready(current())) finish();
  });
}

/** Resolves once the document has a hog diagnostic with `code`. */
export async function diagnosticWithCode(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic> {
  const found = await diagnosticsWhen(uri, (d) => d.some((x) => x.code === code));
  return found.find((d) => d.code === code)!;
}

/** `line:character-line:character severity message`, 0-based like VS Code. */
export function show(d: vscode.Diagnostic): string {
  const r = d.range;
  const severity = d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning';
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${severity} ${d.message}`;
}
