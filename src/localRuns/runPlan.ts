// What a local run of a function runs: its code, type and inputs as the editors hold them (unsaved
// edits included) over the version last loaded from PostHog, and its test globals. Only a function
// this window never loaded is read from PostHog; nothing else is asked of it.
import type * as vscode from 'vscode';
import type { HogFunction, InputSchemaItem, InvocationGlobals } from '../api';
import { buildFunctionInvocationRequest, sampleGlobals, type FunctionBuffer } from '../invocation';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import { documentUri } from '../fileSystem/uris';
import type { ObjectRef } from '../objects/objectRef';
import type { GlobalsStore } from '../testInvocations/globalsStore';
import { checkedBuffers, type OpenBuffer } from '../testInvocations/openBuffers';
import type { Prompter } from '../ui/prompter';
import { runInputs, splitGlobals, type RunInputs } from './runInputs';

export interface RunPlan {
  readonly id?: string;
  readonly name: string;
  readonly type: string;
  readonly code: string;
  /** The document the code's positions refer to. */
  readonly codeUri: vscode.Uri;
  readonly inputsSchema?: readonly InputSchemaItem[];
  readonly inputs: RunInputs;
  readonly globals: Record<string, unknown>;
}

export interface PlanOptions {
  readonly globals?: InvocationGlobals;
  /** Code to run instead of the buffer's. */
  readonly source?: string;
}

export interface FunctionPlanDeps {
  readonly diagnostics: SaveDiagnostics;
  readonly globals: GlobalsStore;
  readonly prompter: Prompter;
  /** The function as last loaded (a request only when this window never loaded it). */
  stored(ref: ObjectRef<'function'>): Promise<{ fn: HogFunction; baseUrl: string }>;
}

export async function functionPlan(deps: FunctionPlanDeps, ref: ObjectRef<'function'>, options: PlanOptions): Promise<RunPlan> {
  const buffers = checkedBuffers(ref, deps.diagnostics).filter((b): b is OpenBuffer & FunctionBuffer => b.kind !== 'flow');
  const { fn, baseUrl } = await deps.stored(ref);
  const merged = { ...fn, ...buildFunctionInvocationRequest({ stored: fn, buffers, globals: {} }).configuration };
  const code = options.source ?? merged.hog ?? '';
  const name = merged.name || fn.name || fn.id;
  const schema = merged.inputs_schema ?? [];
  const storedInputs = merged.inputs ?? {};
  const globals =
    options.globals ??
    (await deps.globals.read(ref, () =>
      Promise.resolve(sampleGlobals({ type: merged.type, id: fn.id, name, hog: code, inputs_schema: schema, inputs: storedInputs, filters: merged.filters }, { baseUrl, projectId: ref.projectId })),
    ));
  const split = splitGlobals(globals);
  return {
    id: fn.id,
    name,
    type: merged.type,
    code,
    codeUri: buffers.find((b) => b.kind === 'functionCode')?.uri ?? documentUri(ref, 'functionCode', name),
    inputsSchema: schema,
    inputs: await runInputs(schema, storedInputs, split.inputs, deps.prompter),
    globals: split.globals,
  };
}

/** A `.hog` file runs as a destination, with the inputs its globals document gives. */
export function filePlan(uri: vscode.Uri, code: string, globals: InvocationGlobals): RunPlan {
  const split = splitGlobals(globals);
  const inputs: RunInputs = Object.fromEntries(Object.entries(split.inputs).map(([key, value]) => [key, { value }]));
  return { name: uri.path.slice(uri.path.lastIndexOf('/') + 1), type: 'destination', code, codeUri: uri, inputs, globals: split.globals };
}
