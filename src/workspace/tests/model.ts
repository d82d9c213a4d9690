// Test cases of a function as `functions/<slug>.test.yaml` holds them, and what running one gives.
import type { JsonObject, JsonValue } from '../json';
import type { Problem } from '../problems';
import type { Position } from '../yamlText';

export const TEST_SUFFIX = '.test.yaml';

export interface MockedResponseSpec {
  url?: string;
  status?: number;
  body?: JsonValue;
}

export type LogExpectation = string | { level?: 'debug' | 'info' | 'warn' | 'error'; message?: string };

export interface FetchExpectation {
  url?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: JsonValue;
}

export interface CaptureExpectation {
  event?: string;
  distinct_id?: string;
  properties?: JsonObject;
}

export interface Expectations {
  status?: 'success' | 'error' | 'skipped';
  result?: JsonValue;
  print?: string[];
  logs?: LogExpectation[];
  errors?: string[];
  captured?: CaptureExpectation[];
  fetches?: FetchExpectation[];
}

export type ExpectationKind = keyof Expectations;

/** One case, where it is in its file, and (when the file describes it wrongly) why it cannot run. */
export interface TestCase {
  /** `functions/<slug>.test.yaml#<name>`: stable while the case keeps its name. */
  id: string;
  slug: string;
  /** Workspace-relative test file. */
  file: string;
  name: string;
  /** Position in the file's `cases` list. */
  index: number;
  /** Where the case starts (its `name`, when it has one), 1-based. */
  line: number;
  column: number;
  globals: JsonObject;
  inputs: JsonObject;
  fetch: MockedResponseSpec[];
  expect: Expectations;
  /** Problems of this case's YAML (schema, duplicate name): the case fails with them without running. */
  problems: Problem[];
  /** Where a path inside the case is (a mapping entry at its key; its nearest existing parent when absent). */
  locate(path: readonly (string | number)[]): Position;
}

/** One test file: its cases, and problems that concern the whole file. */
export interface TestSuite {
  slug: string;
  file: string;
  cases: TestCase[];
  problems: Problem[];
}

/** What a run gave, in the terms the expectations use. */
export interface RunOutcome {
  status: 'success' | 'error' | 'skipped';
  /** A transformation's resulting event (null: dropped); other types: the return value (null: none). */
  result: unknown;
  /** The print() lines, as PostHog logs them. */
  print: string[];
  logs: { level: string; message: string }[];
  errors: string[];
  captured: { event: string; distinct_id: string; properties: Record<string, unknown> }[];
  fetches: { url: string; method: string; headers: Record<string, unknown>; body: unknown }[];
  /** Where a runtime error happened in the .hog file. */
  errorPosition?: { file: string; line: number; column: number };
}

export interface CaseFailure {
  /** The expectation that failed, or `setup` when the case could not run (its files, its inputs). */
  kind: ExpectationKind | 'setup';
  message: string;
  /** Both present for a diff (JSON values); absent for setup failures. */
  expected?: unknown;
  actual?: unknown;
  /** Where: the expectation in the test file, or the problem in the function's files. */
  file: string;
  line: number;
  column: number;
}

export interface CaseResult {
  id: string;
  slug: string;
  file: string;
  name: string;
  index: number;
  line: number;
  column: number;
  outcome: 'passed' | 'failed';
  durationMs: number;
  failures: CaseFailure[];
  /** What the run gave; absent when the case could not run. */
  run?: RunOutcome;
}
