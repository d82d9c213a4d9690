// `posthog.runLocally`: runs a function's code (or a `.hog` file) on PostHog's VM inside VS Code,
// offline, with its test globals and inputs, and answers like PostHog's test invocation
// ({status, result, logs, errors}; `print` lines are `info` entries). The output goes to the test
// invocations' channel; a runtime error also gets its position, one click away.
import * as vscode from 'vscode';
import type { HogFunction } from '../api';
import { Disposable } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import type { LoadedObject } from '../fileSystem/provider';
import { runFunction, type RunFunctionResult, type SourcePosition } from '../hog/runtime';
import { formatInvocationResult } from '../invocation';
import { fetchObject } from '../objects/objectApi';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import type { TestInvocations } from '../testInvocations/testInvocations';
import type { PrompterSlot } from '../ui/prompter';
import { LOCAL_RUN_SELECTOR, LocalRunCodeLens } from './codeLens';
import { hogDebugAdapters, HOG_DEBUG_TYPE } from './debugAdapter';
import { fileLaunch, functionLaunch, startDebugging } from './debugLaunch';
import { fileGlobals } from './hogFile';
import { filePlan, functionPlan, type PlanOptions, type RunPlan } from './runPlan';

export interface LocalRunDeps {
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly diagnostics: SaveDiagnostics;
  /** Their globals documents and output channel are shared. */
  readonly invocations: TestInvocations;
  readonly onDidLoadObject: vscode.Event<LoadedObject>;
}

/** PostHog's test-invocation answer. */
export type LocalRunResult = Pick<RunFunctionResult, 'status' | 'result' | 'logs' | 'errors'>;

export class LocalRuns extends Disposable {
  private readonly loaded = new Map<string, HogFunction>();

  constructor(private readonly deps: LocalRunDeps) {
    super();
    this.register(vscode.debug.registerDebugAdapterDescriptorFactory(HOG_DEBUG_TYPE, hogDebugAdapters()));
    this.register(vscode.languages.registerCodeLensProvider(LOCAL_RUN_SELECTOR, new LocalRunCodeLens()));
    this.register(
      deps.onDidLoadObject((loaded) => {
        if (loaded.kind === 'function') this.loaded.set(objectKey(loaded.ref), loaded.object);
      }),
    );
  }

  /** What a function's run would run (also what its debug session debugs). */
  async functionPlan(ref: ObjectRef, options: PlanOptions, signal: AbortSignal): Promise<RunPlan> {
    if (ref.kind !== 'function') throw new Error('Flows run on PostHog only: use "PostHog: Run Test Invocation".');
    return functionPlan(
      {
        diagnostics: this.deps.diagnostics,
        globals: this.deps.invocations.globals,
        prompter: this.deps.prompts.current,
        stored: (fnRef) => this.stored(fnRef, signal),
      },
      { ...ref, kind: 'function' },
      options,
    );
  }

  async filePlan(uri: vscode.Uri, options: PlanOptions): Promise<RunPlan> {
    const code = options.source ?? (await vscode.workspace.openTextDocument(uri)).getText();
    return filePlan(uri, code, options.globals ?? (await fileGlobals(uri)));
  }

  async run(plan: RunPlan, signal: AbortSignal): Promise<LocalRunResult> {
    const run = await runFunction({
      type: plan.type,
      code: plan.code,
      id: plan.id,
      name: plan.name,
      inputsSchema: plan.inputsSchema,
      inputs: plan.inputs,
      globals: plan.globals,
      fetch: 'mock',
      signal,
    });
    const answer: LocalRunResult = { status: run.status, result: run.result, logs: run.logs, errors: run.errors };
    this.report(plan, answer, run.errorPosition);
    return answer;
  }

  /** `posthog.debugLocally` on a function: what a run would run, under the debugger. */
  debugFunction(plan: RunPlan): Promise<boolean> {
    return startDebugging(functionLaunch(plan));
  }

  /** `posthog.debugLocally` on a `.hog` file (its text while unsaved, or `source`). */
  debugFile(uri: vscode.Uri, options: PlanOptions): Promise<boolean> {
    return startDebugging(fileLaunch(uri, options.source));
  }

  private async stored(ref: ObjectRef<'function'>, signal: AbortSignal): Promise<{ fn: HogFunction; baseUrl: string }> {
    const { client, connection } = await this.deps.clients.get(ref.authority);
    const loaded = this.loaded.get(objectKey(ref));
    if (loaded) return { fn: loaded, baseUrl: connection.baseUrl };
    const fetched = await fetchObject(client, ref, signal);
    if (fetched.kind !== 'function') throw new Error('Not a function.');
    this.loaded.set(objectKey(ref), fetched.object);
    return { fn: fetched.object, baseUrl: connection.baseUrl };
  }

  private report(plan: RunPlan, answer: LocalRunResult, position: SourcePosition | undefined): void {
    const formatted = formatInvocationResult(answer, { name: plan.name, type: plan.type, title: 'Local run' });
    const range = position && new vscode.Range(position.line - 1, position.column - 1, position.endLine - 1, position.endColumn - 1);
    const where = plan.codeUri.scheme === 'file' ? plan.codeUri.fsPath : plan.codeUri.toString();
    const lines = range ? [...formatted.lines, `Error at ${where}:${position.line}:${position.column}`] : formatted.lines;
    this.deps.invocations.output.write(lines);
    const prompter = this.deps.prompts.current;
    const actions = range ? ['Go to Error', 'Show Output'] : ['Show Output'];
    const shown = formatted.ok ? prompter.info(formatted.summary, actions) : prompter.warning(formatted.summary, actions);
    void Promise.resolve(shown).then(async (choice) => {
      if (choice === 'Show Output') this.deps.invocations.output.show();
      if (choice === 'Go to Error' && range) await showRange(plan.codeUri, range);
    });
  }
}

async function showRange(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { selection: range, preview: false });
}
