// Problems found in the workspace's files, located for `file:line:column: severity: message`.

export interface Problem {
  /** Workspace-relative path with `/`. */
  file: string;
  /** 1-based; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export function fileProblem(file: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file, line: 1, column: 1, severity, message };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/** Files in path order, then by position. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
