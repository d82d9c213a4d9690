// An error about one place in a document (a syntax error, a field PostHog rejected). Its message
// offers "Go to Error", which opens the document with that place selected.
import * as vscode from 'vscode';

export class ProblemAtError extends Error {
  constructor(
    message: string,
    readonly uri: vscode.Uri,
    readonly range: vscode.Range,
  ) {
    super(message);
    this.name = 'ProblemAtError';
  }
}

/** Shows the document of the problem with its range selected and in view. */
export async function revealProblem(problem: ProblemAtError): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(problem.uri);
  return vscode.window.showTextDocument(document, { selection: problem.range, preview: false });
}
