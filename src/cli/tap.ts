// The report of `hog test` as TAP version 13: one test point per case (and per test file that could
// not be read), a YAML block under each failure with where, what was expected and what came.
import { stringify } from 'yaml';
import type { CaseFailure, CaseResult, Problem, TestReport } from '../workspace';

export function renderTap(report: TestReport): string[] {
  const files = groupByFile(report.problems);
  const lines = ['TAP version 13', `1..${files.size + report.cases.length}`];
  let number = 0;
  for (const [file, problems] of files) lines.push(`not ok ${++number} - ${escape(file)}`, ...block({ at: at(problems[0] as Problem), problems: problems.map(problemEntry) }));
  for (const result of report.cases) lines.push(...casePoint(++number, result));
  const { total, passed, failed } = report.summary;
  lines.push(`# tests ${total}`, `# pass ${passed}`, `# fail ${failed}`);
  if (files.size > 0) lines.push(`# unreadable test files ${files.size}`);
  return lines;
}

function casePoint(number: number, result: CaseResult): string[] {
  const title = `${result.slug} > ${result.name}`;
  if (result.outcome === 'passed') return [`ok ${number} - ${escape(title)}`];
  return [`not ok ${number} - ${escape(title)}`, ...block({ at: at(result), failures: result.failures.map(failureEntry) })];
}

function failureEntry(failure: CaseFailure): Record<string, unknown> {
  const entry: Record<string, unknown> = { expectation: failure.kind, message: failure.message, at: at(failure) };
  if ('expected' in failure) entry.expected = failure.expected;
  if ('actual' in failure) entry.actual = failure.actual;
  return entry;
}

function problemEntry(problem: Problem): Record<string, unknown> {
  return { message: problem.message, at: at(problem) };
}

function at(where: { file: string; line: number; column: number }): string {
  return `${where.file}:${where.line}:${where.column}`;
}

/** A TAP YAML block: `---`, the data indented two spaces, `...`. */
function block(data: Record<string, unknown>): string[] {
  const text = stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }).replace(/\n$/, '');
  return ['  ---', ...text.split('\n').map((line) => `  ${line}`), '  ...'];
}

function groupByFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const files = new Map<string, Problem[]>();
  for (const problem of problems) files.set(problem.file, [...(files.get(problem.file) ?? []), problem]);
  return files;
}

/** `#` starts a directive in TAP; a description escapes it. */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/#/g, '\\#');
}
