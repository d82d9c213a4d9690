// Hog code that does not parse is never sent to PostHog: saves and test runs stop at the first
// syntax error (the editor's Hog diagnostics already mark every one). Site apps and site
// destinations hold TypeScript (their documents are not in the `hog` language) and are not checked.
import { parse } from '../hog';

export interface HogSyntaxProblem {
  readonly message: string;
  /** 1-based, as shown in the editor's status bar. */
  readonly line: number;
  readonly column: number;
  /** Where the error is in the text (UTF-16 offsets, like VS Code's), to mark or select it. */
  readonly offset: number;
  readonly length: number;
}

export function hogSyntaxProblem(languageId: string | undefined, text: string): HogSyntaxProblem | undefined {
  if (languageId !== 'hog') return undefined;
  const [first] = parse(text).errors;
  if (!first) return undefined;
  const { start, end } = first;
  return { message: first.message, line: start.line, column: start.column + 1, offset: start.offset, length: Math.max(0, end.offset - start.offset) };
}

export function describeHogSyntaxProblem(problem: HogSyntaxProblem): string {
  return `the Hog code does not parse (line ${problem.line}, column ${problem.column}: ${problem.message})`;
}
