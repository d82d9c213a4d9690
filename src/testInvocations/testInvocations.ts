// `posthog.testInvocation`: runs a function or flow once on PostHog with what the editors hold right
// now (unsaved edits included), the object's test globals and the mock setting; writes the answer
// to the "PostHog Test Invocations" channel, sums it up in a notification and returns it unchanged.
import * as vscode from 'vscode';
import type { HogFlowInvocationResult, HogFunctionInvocationResult, InvocationGlobals, PostHogClient } from '../api';
import { Disposable } from '../common/lifecycle';
import type { Config } from '../config/config';
import type { ClientPool } from '../connections/clients';
import type { ConnectionStore } from '../connections/store';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import {
  buildFlowInvocationRequest, buildFunctionInvocationRequest, formatInvocationResult, sampleGlobals, type FunctionBuffer,
} from '../invocation';
import type { PrompterSlot } from '../ui/prompter';
import { CODE_LENS_SELECTOR, TestInvocationCodeLens } from './codeLens';
import { GlobalsStore, type SampleGlobals } from './globalsStore';
import { InvocationOutput } from './invocationOutput';
import { checkedBuffers, openBuffers, type OpenBuffer } from './openBuffers';
import { rejectedFieldProblem } from './rejectedField';
import { resolveTarget, type ObjectTarget } from './target';
import { fetchTargetObject, type TargetObject } from './targetObject';

export type InvocationResult = HogFunctionInvocationResult | HogFlowInvocationResult;

export interface InvocationDeps {
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly diagnostics: SaveDiagnostics;
  readonly config: Config;
  /** `context.globalStorageUri`: where the test globals live. */
  readonly storageUri: vscode.Uri;
}

/** The automation argument's options besides the target. */
interface RunOptions {
  globals?: InvocationGlobals;
  mockAsyncFunctions?: boolean;
}

export class TestInvocations extends Disposable {
  readonly output = this.register(new InvocationOutput());
  readonly globals: GlobalsStore;

  constructor(private readonly deps: InvocationDeps) {
    super();
    this.register(vscode.languages.registerCodeLensProvider(CODE_LENS_SELECTOR, new TestInvocationCodeLens()));
    this.globals = new GlobalsStore(deps.storageUri, deps.diagnostics);
  }

  async run(arg: unknown, signal: AbortSignal): Promise<InvocationResult> {
    const target = resolveTarget(arg, this.deps.store);
    const options = runOptions(arg);
    // A buffer that does not parse is marked and nothing is sent.
    const buffers = checkedBuffers(target, this.deps.diagnostics);
    const { client, connection } = await this.deps.clients.get(target.authority);
    const stored = await fetchTargetObject(client, target, signal);
    const sample = sampleFor(stored, buffers, { baseUrl: connection.baseUrl, projectId: target.projectId });
    const globals = options.globals ?? (await this.globals.read(target, sample));
    const mockAsyncFunctions = options.mockAsyncFunctions ?? this.deps.config.mockAsyncFunctions;
    const result = await invoke(client, target, stored, buffers, globals, mockAsyncFunctions, signal).catch((error: unknown) => {
      throw rejectedFieldProblem(error, buffers, this.deps.diagnostics) ?? error;
    });
    this.report(result, stored);
    return result;
  }

  /** `posthog.editTestGlobals`: opens the globals document (the GET for the sample only the first time). */
  async editGlobals(arg: unknown, signal: AbortSignal): Promise<vscode.TextEditor> {
    const target = resolveTarget(arg, this.deps.store);
    return this.globals.open(target, async () => {
      const { client, connection } = await this.deps.clients.get(target.authority);
      const stored = await fetchTargetObject(client, target, signal);
      return sampleFor(stored, openBuffers(target), { baseUrl: connection.baseUrl, projectId: target.projectId })();
    });
  }

  private report(result: InvocationResult, stored: TargetObject): void {
    const type = stored.kind === 'flow' ? 'hog_flow' : stored.object.type;
    const formatted = formatInvocationResult(result, { name: stored.object.name || stored.object.id, type });
    this.output.write(formatted.lines);
    const prompter = this.deps.prompts.current;
    const shown = formatted.ok ? prompter.info(formatted.summary, ['Show Output']) : prompter.warning(formatted.summary, ['Show Output']);
    void Promise.resolve(shown).then((choice) => {
      if (choice === 'Show Output') this.output.show();
    });
  }
}

function invoke(
  client: PostHogClient,
  target: ObjectTarget,
  stored: TargetObject,
  buffers: readonly OpenBuffer[],
  globals: InvocationGlobals,
  mockAsyncFunctions: boolean,
  signal: AbortSignal,
): Promise<InvocationResult> {
  if (stored.kind === 'flow') {
    const bufferText = buffers.find((b) => b.kind === 'flow')?.text;
    const body = buildFlowInvocationRequest({ stored: stored.object, bufferText, globals, mockAsyncFunctions });
    return client.hogFlows.invoke(target.projectId, target.id, body, { signal });
  }
  const functionBuffers = buffers.filter((b): b is OpenBuffer & FunctionBuffer => b.kind !== 'flow');
  const body = buildFunctionInvocationRequest({ stored: stored.object, buffers: functionBuffers, globals, mockAsyncFunctions });
  return client.hogFunctions.invoke(target.projectId, target.id, body, { signal });
}

/** The first globals of an object: a sample for its type that covers what its (current) code reads. */
function sampleFor(stored: TargetObject, buffers: readonly OpenBuffer[], context: { baseUrl: string; projectId: number }): SampleGlobals {
  return async () => {
    if (stored.kind === 'flow') {
      const flow = stored.object;
      return sampleGlobals({ type: 'hog_flow', id: flow.id, name: flow.name, variables: flow.variables }, context);
    }
    const code = buffers.find((b) => b.kind === 'functionCode')?.text;
    const fn = stored.object;
    return sampleGlobals(
      { type: fn.type, id: fn.id, name: fn.name, hog: code ?? fn.hog, inputs_schema: fn.inputs_schema, inputs: fn.inputs, filters: fn.filters },
      context,
    );
  };
}

function runOptions(arg: unknown): RunOptions {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return {};
  const raw = arg as Record<string, unknown>;
  const options: RunOptions = {};
  if (raw.globals !== undefined) {
    if (typeof raw.globals !== 'object' || raw.globals === null || Array.isArray(raw.globals)) throw new Error('"globals" must be a JSON object.');
    options.globals = raw.globals as InvocationGlobals;
  }
  if (typeof raw.mockAsyncFunctions === 'boolean') options.mockAsyncFunctions = raw.mockAsyncFunctions;
  return options;
}
