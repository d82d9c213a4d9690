// How expected values meet actual ones: JSON equality (key order and absent-vs-undefined ignored),
// headers by name regardless of case, log lines by level and contained text.
import { canonicalJson, type JsonValue } from '../json';
import type { LogExpectation } from './model';

export function sameValue(expected: unknown, actual: unknown): boolean {
  return canonical(expected) === canonical(actual);
}

function canonical(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? 'undefined' : canonicalJson(JSON.parse(json) as JsonValue);
}

/** Every expected header is present (name in any case) with an equal value. */
export function hasHeaders(expected: Record<string, string>, actual: Record<string, unknown>): boolean {
  const lower = new Map(Object.entries(actual).map(([name, value]) => [name.toLowerCase(), value]));
  return Object.entries(expected).every(([name, value]) => lower.get(name.toLowerCase()) === value);
}

export function logMatches(expected: LogExpectation, actual: { level: string; message: string }): boolean {
  const wanted = typeof expected === 'string' ? { message: expected } : expected;
  return (wanted.level === undefined || wanted.level === actual.level) && actual.message.includes(wanted.message ?? '');
}

/** The index of the first expected entry not found after the previous one's line, or -1 when all are. */
export function firstMissingLog(expected: readonly LogExpectation[], actual: readonly { level: string; message: string }[]): number {
  let from = 0;
  for (let i = 0; i < expected.length; i++) {
    const found = actual.findIndex((line, index) => index >= from && logMatches(expected[i] as LogExpectation, line));
    if (found < 0) return i;
    from = found + 1;
  }
  return -1;
}
