// A runtime answer in the terms of the expectations. PostHog logs a mocked fetch as two info lines
// ahead of everything else, so the print lines are the info lines after those.
import type { FetchMocks, RunFunctionResult } from '../../hog/runtime';
import { hogPath } from '../layout';
import type { RunOutcome } from './model';

const MOCK_LINES_PER_CALL = 2;

export function outcomeOf(slug: string, type: string, run: RunFunctionResult, mocks: FetchMocks): RunOutcome {
  const logs = run.logs.map((entry) => ({ level: entry.level, message: entry.message }));
  const runLogs = logs.slice(mocks.calls.length * MOCK_LINES_PER_CALL);
  const position = run.errorPosition;
  return {
    status: run.status,
    result: type === 'transformation' ? run.result : run.execResult,
    print: runLogs.filter((entry) => entry.level === 'info').map((entry) => entry.message),
    logs,
    errors: [...run.errors],
    captured: run.capturedEvents.map(({ event, distinct_id, properties }) => ({ event, distinct_id, properties })),
    fetches: mocks.calls.map((call) => fetchOf(call.url, call.options)),
    ...(position ? { errorPosition: { file: hogPath(slug), line: position.line, column: position.column } } : {}),
  };
}

/** A call as it would be sent: method POST unless given (upper case), headers, body. */
function fetchOf(url: string, options: unknown): RunOutcome['fetches'][number] {
  const given = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  const headers = typeof given.headers === 'object' && given.headers !== null ? (given.headers as Record<string, unknown>) : {};
  return { url, method: String(given.method || 'POST').toUpperCase(), headers, body: given.body ?? null };
}
