// A filter's bytecode run against the event, as the worker does (hog-function-filtering.ts):
// matches only when it returns true. PostHog compiles every saved filter; the emulator does not
// compile filters yet (it stores a placeholder that matches), so a filter without bytecode matches too.
import { runVmSync } from '../hog/runtime/vm';
import { isRecord } from './json';
import type { FlowRun } from './flowRun';

const FILTER_TIMEOUT_MS = 5000;

export function runFilterBytecode(bytecode: unknown, run: FlowRun): boolean {
  if (bytecode === undefined) return true;
  if (!Array.isArray(bytecode) || bytecode.length === 0) return false;
  const event = isRecord(run.globals.event) ? run.globals.event : {};
  const person = isRecord(run.globals.person) ? run.globals.person : null;
  const globals = {
    event: event.event,
    uuid: event.uuid,
    distinct_id: event.distinct_id,
    timestamp: event.timestamp,
    elements_chain: event.elements_chain,
    properties: isRecord(event.properties) ? event.properties : {},
    person: person && { id: person.id, properties: person.properties },
    variables: run.variables,
  };
  const result = runVmSync(bytecode, globals, FILTER_TIMEOUT_MS);
  return result.error === undefined && result.finished && result.result === true;
}
