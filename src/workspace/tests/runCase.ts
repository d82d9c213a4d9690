// Runs one case on the local runtime: the function's checks and the case's inputs first (a case
// that cannot run fails with why, at file:line:column), then the run with mocked fetch, then the
// expectations.
import { FetchMocks, runFunction } from '../../hog/runtime';
import type { Problem } from '../problems';
import { caseGlobals } from './caseGlobals';
import { caseInputs } from './caseInputs';
import { checkExpectations } from './expectations';
import type { CaseFailure, CaseResult, RunOutcome, TestCase } from './model';
import { outcomeOf } from './outcome';
import type { FunctionUnderTest } from './subject';

export interface CaseRunOptions {
  /** Where secret inputs' `fromEnv` values come from. */
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export async function runCase(subject: FunctionUnderTest, testCase: TestCase, options: CaseRunOptions): Promise<CaseResult> {
  const started = performance.now();
  const finish = (failures: CaseFailure[], run?: RunOutcome): CaseResult => ({
    id: testCase.id, slug: testCase.slug, file: testCase.file, name: testCase.name, index: testCase.index,
    line: testCase.line, column: testCase.column, outcome: failures.length === 0 ? 'passed' : 'failed',
    durationMs: Math.round(performance.now() - started), failures, ...(run ? { run } : {}),
  });
  const blocking = [...subject.problems, ...testCase.problems];
  if (blocking.length > 0) return finish(blocking.map(setupFailure));
  const { inputs, problems } = caseInputs(subject, testCase, options.env);
  if (problems.length > 0) return finish(problems.map(setupFailure));
  const mocks = new FetchMocks(testCase.fetch);
  const result = await runFunction({
    type: subject.type, code: subject.code, name: subject.name, inputsSchema: subject.inputsSchema, inputs,
    globals: caseGlobals(testCase.globals), fetch: 'mock', fetchMocks: mocks, signal: options.signal,
  });
  const run = outcomeOf(subject.slug, subject.type, result, mocks);
  return finish(checkExpectations(testCase, run), run);
}

function setupFailure(problem: Problem): CaseFailure {
  return { kind: 'setup', message: problem.message, file: problem.file, line: problem.line, column: problem.column };
}
