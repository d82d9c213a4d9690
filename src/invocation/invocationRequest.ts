// The body of a test invocation (`POST …/hog_functions/{id}/invocations/` and the flow one): the
// function as the editor has it right now (unsaved edits included) over the stored function, the
// globals, and whether async calls are mocked.
import type {
  HogFlow, HogFlowInvocationRequest, HogFunction, HogFunctionInvocationRequest, InvocationGlobals,
} from '../api';
import { FLOW_FIELDS, parseDocument } from '../documents/formats';
import { isPlainObject, withoutComputedFields } from '../documents/serverFields';

/** The text of an open editor for the function: its Hog code or its configuration JSON. */
export type FunctionBuffer = { kind: 'functionCode'; text: string } | { kind: 'functionConfig'; text: string };

/** The buffer's text is not a valid document; `offset` points at the problem. */
export class InvalidBufferError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length: number,
  ) {
    super(message);
    this.name = 'InvalidBufferError';
  }
}

/** The configuration fields a test run sends, as in PostHog's own request (and the sample). */
const CONFIGURATION_FIELDS = ['type', 'name', 'enabled', 'hog', 'inputs_schema', 'inputs', 'filters', 'mappings', 'masking'] as const;

export interface FunctionInvocationInput {
  /** The full function as last read from PostHog. */
  stored: HogFunction;
  /** The open editors' texts (code and/or configuration), unsaved edits included. */
  buffers?: readonly FunctionBuffer[];
  globals: InvocationGlobals;
  /** Default true: fetch() and other async calls are simulated, nothing leaves PostHog. */
  mockAsyncFunctions?: boolean;
}

export function buildFunctionInvocationRequest(input: FunctionInvocationInput): HogFunctionInvocationRequest {
  const merged: Record<string, unknown> = { ...input.stored };
  for (const buffer of input.buffers ?? []) Object.assign(merged, parse(buffer.kind, buffer.text));
  // Secret inputs stay `{secret: true}`: PostHog recovers the stored value for the run.
  const configuration = pick(merged, CONFIGURATION_FIELDS);
  return {
    configuration: configuration as HogFunctionInvocationRequest['configuration'],
    globals: input.globals,
    mock_async_functions: input.mockAsyncFunctions ?? true,
    invocation_id: null,
  };
}

export interface FlowInvocationInput {
  stored: HogFlow;
  /** The open flow document's JSON text. */
  bufferText?: string;
  globals: InvocationGlobals;
  mockAsyncFunctions?: boolean;
  /** Runs one action only; PostHog's answer names the next one. */
  currentActionId?: string;
}

export function buildFlowInvocationRequest(input: FlowInvocationInput): HogFlowInvocationRequest {
  const merged: Record<string, unknown> = { ...input.stored, ...(input.bufferText === undefined ? {} : parse('flow', input.bufferText)) };
  const configuration = pick(merged, FLOW_FIELDS);
  const request: HogFlowInvocationRequest = {
    configuration: configuration as HogFlowInvocationRequest['configuration'],
    globals: input.globals,
    mock_async_functions: input.mockAsyncFunctions ?? true,
  };
  if (input.currentActionId !== undefined) request.current_action_id = input.currentActionId;
  return request;
}

/** The named fields, without what the server computes (bytecode, input order). */
function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    if (field in source) picked[field] = source[field] ?? null;
  }
  const stripped = withoutComputedFields(picked);
  return isPlainObject(stripped) ? stripped : {};
}

function parse(kind: 'functionCode' | 'functionConfig' | 'flow', text: string): Record<string, unknown> {
  const parsed = parseDocument(kind, text);
  if (!parsed.ok) throw new InvalidBufferError(parsed.message, parsed.offset, parsed.length);
  return isPlainObject(parsed.fields) ? parsed.fields : {};
}
