// Checks one run against a case's expectations. Exact: status, result (deep-equal), print, errors,
// and the count and order of captured events and fetch calls. Partial: logs (contained, in order),
// the fields given of a captured event or fetch call, the headers given of a call.
import type { CaseFailure, Expectations, ExpectationKind, RunOutcome, TestCase } from './model';
import { firstMissingLog, hasHeaders, sameValue } from './match';

type Check = (testCase: TestCase, run: RunOutcome) => Omit<CaseFailure, 'kind' | 'file' | 'line' | 'column'> | undefined;

const CHECKS: Record<ExpectationKind, Check> = {
  status: checkStatus,
  errors: (testCase, run) => exact('errors', testCase.expect.errors, run.errors),
  result: (testCase, run) => ('result' in testCase.expect ? exact('result', testCase.expect.result, run.result) : undefined),
  print: (testCase, run) => exact('print lines', testCase.expect.print, run.print),
  logs: checkLogs,
  captured: checkCaptured,
  fetches: checkFetches,
};

export function checkExpectations(testCase: TestCase, run: RunOutcome): CaseFailure[] {
  const failures: CaseFailure[] = [];
  for (const [kind, check] of Object.entries(CHECKS) as [ExpectationKind, Check][]) {
    const failure = check(testCase, run);
    // The implicit status check has no line of its own: it points at the case.
    const where = kind in testCase.expect ? testCase.locate(['expect', kind]) : { line: testCase.line, column: testCase.column };
    if (failure) failures.push({ kind, ...failure, file: testCase.file, ...where });
  }
  return failures;
}

/** The expected status: given, else `error` when errors are expected, else `success`. */
export function expectedStatus(expect: Expectations): NonNullable<Expectations['status']> {
  return expect.status ?? ((expect.errors?.length ?? 0) > 0 ? 'error' : 'success');
}

function checkStatus(testCase: TestCase, run: RunOutcome): ReturnType<Check> {
  const expected = expectedStatus(testCase.expect);
  if (run.status === expected) return undefined;
  const at = run.errorPosition ? ` (${run.errorPosition.file}:${run.errorPosition.line}:${run.errorPosition.column})` : '';
  const why = run.errors.length > 0 ? `: ${run.errors.join('; ')}${at}` : '';
  return { message: `expected status ${expected}, the run ended with ${run.status}${why}`, expected, actual: run.status };
}

function exact(label: string, expected: unknown, actual: unknown): ReturnType<Check> {
  if (expected === undefined || sameValue(expected, actual)) return undefined;
  return { message: `${label} differ`, expected, actual };
}

function checkLogs(testCase: TestCase, run: RunOutcome): ReturnType<Check> {
  const expected = testCase.expect.logs;
  if (expected === undefined) return undefined;
  const missing = firstMissingLog(expected, run.logs);
  if (missing < 0) return undefined;
  return { message: `no log line (after the ones matched before it) matches logs[${missing}]: ${JSON.stringify(expected[missing])}`, expected, actual: run.logs };
}

function checkCaptured(testCase: TestCase, run: RunOutcome): ReturnType<Check> {
  const expected = testCase.expect.captured;
  if (expected === undefined) return undefined;
  const ok = expected.length === run.captured.length && expected.every((event, i) => fieldsMatch(event, run.captured[i] ?? {}));
  return ok ? undefined : { message: 'captured events differ', expected, actual: run.captured };
}

function checkFetches(testCase: TestCase, run: RunOutcome): ReturnType<Check> {
  const expected = testCase.expect.fetches;
  if (expected === undefined) return undefined;
  const ok = expected.length === run.fetches.length && expected.every((call, i) => {
    const actual = run.fetches[i];
    if (!actual) return false;
    const { headers, ...rest } = call;
    return fieldsMatch(rest, actual) && (headers === undefined || hasHeaders(headers, actual.headers));
  });
  return ok ? undefined : { message: 'fetch calls differ', expected, actual: run.fetches };
}

/** Each field the expectation gives is deep-equal in the actual value. */
function fieldsMatch(expected: object, actual: object): boolean {
  return Object.entries(expected).every(([key, value]) => sameValue(value, (actual as Record<string, unknown>)[key]));
}
