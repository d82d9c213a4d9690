// `posthog.testInvocation`: runs a function or flow once on PostHog with what the editors hold right
// now (unsaved edits included), the object's test globals and the mock setting; writes the answer
// to the "PostHog Test Invocations" channel, sums it up in a notification and returns it unchanged.
import * as vscode from 'vscode';
import type { HogFlowInvocationResult, HogFunctionInvocationResult, InvocationGlobals, PostHogClient } from '../api';
import { Disposable } from '../common/lifecycle';
import type { Config } from '../config/config';
import type { ClientPool } from '../connections/clients';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import {
  buildFlowInvocationRequest, buildFunctionInvocationRequest, formatInvocationResult, sampleGlobals, type FunctionBuffer,
} from '../invocation';
import { fetchObject, type FetchedObject } from '../objects/objectApi';
import type { ObjectRef } from '../objects/objectRef';
import type { PrompterSlot } from '../ui/prompter';
import { CODE_LENS_SELECTOR, TestInvocationCodeLens } from './codeLens';
import { GlobalsStore, type SampleGlobals } from './globalsStore';
import { InvocationOutput } from './invocationOutput';
import { checkedBuffers, openBuffers, type OpenBuffer } from './openBuffers';
import { rejectedFieldProblem } from './rejectedField';

export type InvocationResult = HogFunctionInvocationResult | HogFlowInvocationResult;

export interface InvocationDeps {
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly diagnostics: SaveDiagnostics;
  readonly config: Config;
  /** `context.globalStorageUri`: where the test globals live. */
  readonly storageUri: vscode.Uri;
}

/** What a run was given besides its object; what is missing comes from the globals document and the setting. */
export interface RunOptions {
  readonly globals?: InvocationGlobals;
  readonly mockAsyncFunctions?: boolean;
  /** Run the staged draft instead of the live object and the open buffers (`use_draft`). */
  readonly useDraft?: boolean;
}

export class TestInvocations extends Disposable {
  readonly output = this.register(new InvocationOutput());
  private readonly completed = this.register(new vscode.EventEmitter<ObjectRef>());
  /** A test invocation ran to its result (whatever the function did). */
  readonly onDidComplete = this.completed.event;
  readonly globals: GlobalsStore;

  constructor(private readonly deps: InvocationDeps) {
    super();
    this.register(vscode.languages.registerCodeLensProvider(CODE_LENS_SELECTOR, new TestInvocationCodeLens()));
    this.globals = new GlobalsStore(deps.storageUri, deps.diagnostics);
  }

  async run(ref: ObjectRef, options: RunOptions, signal: AbortSignal): Promise<InvocationResult> {
    // A buffer that does not parse is marked and nothing is sent.
    const buffers = checkedBuffers(ref, this.deps.diagnostics);
    const { client, connection } = await this.deps.clients.get(ref.authority);
    const stored = await fetchObject(client, ref, signal);
    const sample = sampleFor(stored, buffers, { baseUrl: connection.baseUrl, projectId: ref.projectId });
    const globals = options.globals ?? (await this.globals.read(ref, sample));
    const mockAsyncFunctions = options.mockAsyncFunctions ?? this.deps.config.mockAsyncFunctions;
    const result = await (options.useDraft ? invokeDraft(client, ref, globals, mockAsyncFunctions, signal) : invoke(client, ref, stored, buffers, globals, mockAsyncFunctions, signal)).catch((error: unknown) => {
      throw rejectedFieldProblem(error, buffers, this.deps.diagnostics) ?? error;
    });
    this.report(result, stored);
    this.completed.fire(ref);
    return result;
  }

  /** `posthog.editTestGlobals`: opens the globals document (the GET for the sample only the first time). */
  async editGlobals(ref: ObjectRef, signal: AbortSignal): Promise<vscode.TextEditor> {
    return this.globals.open(ref, async () => {
      const { client, connection } = await this.deps.clients.get(ref.authority);
      const stored = await fetchObject(client, ref, signal);
      return sampleFor(stored, openBuffers(ref), { baseUrl: connection.baseUrl, projectId: ref.projectId })();
    });
  }

  /** `posthog.toggleMockAsyncFunctions`: flips the setting and says what runs do now. Resolves with the new value. */
  async toggleMockAsyncFunctions(): Promise<boolean> {
    const next = !this.deps.config.mockAsyncFunctions;
    await this.deps.config.setMockAsyncFunctions(next);
    const message = next
      ? 'Test invocations now mock fetch() and other async functions: nothing leaves PostHog.'
      : 'Test invocations now run fetch() and other async functions for real: requests will be sent.';
    void this.deps.prompts.current.info(message, []);
    return next;
  }

  private report(result: InvocationResult, stored: FetchedObject): void {
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
  ref: ObjectRef,
  stored: FetchedObject,
  buffers: readonly OpenBuffer[],
  globals: InvocationGlobals,
  mockAsyncFunctions: boolean,
  signal: AbortSignal,
): Promise<InvocationResult> {
  if (stored.kind === 'flow') {
    const bufferText = buffers.find((b) => b.kind === 'flow')?.text;
    const body = buildFlowInvocationRequest({ stored: stored.object, bufferText, globals, mockAsyncFunctions });
    return client.hogFlows.invoke(ref.projectId, ref.id, body, { signal });
  }
  const functionBuffers = buffers.filter((b): b is OpenBuffer & FunctionBuffer => b.kind !== 'flow');
  const body = buildFunctionInvocationRequest({ stored: stored.object, buffers: functionBuffers, globals, mockAsyncFunctions });
  return client.hogFunctions.invoke(ref.projectId, ref.id, body, { signal });
}

/** PostHog runs the staged draft: no configuration is sent. */
function invokeDraft(client: PostHogClient, ref: ObjectRef, globals: InvocationGlobals, mockAsyncFunctions: boolean, signal: AbortSignal): Promise<InvocationResult> {
  const body = { globals, mock_async_functions: mockAsyncFunctions, use_draft: true };
  return ref.kind === 'flow' ? client.hogFlows.invoke(ref.projectId, ref.id, body, { signal }) : client.hogFunctions.invoke(ref.projectId, ref.id, body, { signal });
}

/** The first globals of an object: a sample for its type that covers what its (current) code reads. */
function sampleFor(stored: FetchedObject, buffers: readonly OpenBuffer[], context: { baseUrl: string; projectId: number }): SampleGlobals {
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
