// The `hog` debug adapter: Debug Adapter Protocol requests in, responses and events out, over a
// DebugSession. Inline (no process, no socket): VS Code registers it with
// `new vscode.DebugAdapterInlineImplementation(new HogDebugAdapter())`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { BreakpointSpec } from './breakpoints';
import type { DebugFrame, Variable } from './frames';
import { type Container, Handles } from './handles';
import type { Disposable, Event, InlineDebugAdapter, LaunchArguments, ProtocolMessage, Request, Response } from './protocol';
import { DebugSession, type DebugLaunch, type DebugStop } from './session';
import type { StepMode } from './stepping';
import { childrenOf, displayValue, isExpandable } from './values';

const THREAD_ID = 1;

const CAPABILITIES = {
  supportsConfigurationDoneRequest: true,
  supportsConditionalBreakpoints: true,
  supportsHitConditionalBreakpoints: true,
  supportsLogPoints: true,
  supportsEvaluateForHovers: true,
  supportsRestartRequest: true,
  supportsTerminateRequest: true,
  exceptionBreakpointFilters: [{ filter: 'uncaught', label: 'Uncaught Errors', default: true }],
};

const STEPS: Readonly<Record<string, StepMode>> = { next: 'over', stepIn: 'in', stepOut: 'out' };

export class HogDebugAdapter implements InlineDebugAdapter {
  private readonly listeners = new Set<(message: ProtocolMessage) => void>();
  private seq = 1;
  private launch: (DebugLaunch & { readonly path: string }) | null = null;
  private session: DebugSession | null = null;
  private breakpoints: readonly BreakpointSpec[] = [];
  private breakOnUncaught = true;
  private configured = false;
  private readonly handles = new Handles();
  private finished: Promise<void> = Promise.resolve();

  readonly onDidSendMessage = (listener: (message: ProtocolMessage) => void): Disposable => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  handleMessage(message: ProtocolMessage): void {
    if (message.type !== 'request') return;
    const request = message as Request;
    try {
      this.dispatch(request);
    } catch (error) {
      this.respond(request, undefined, error instanceof Error ? error.message : String(error));
    }
  }

  dispose(): void {
    this.session?.terminate();
    this.listeners.clear();
  }

  private dispatch(request: Request): void {
    const args = request.arguments ?? {};
    const step = STEPS[request.command];
    if (step !== undefined) return this.resumeWith(request, (s) => s.step(step));
    switch (request.command) {
      case 'initialize':
        return this.respond(request, CAPABILITIES);
      case 'launch':
        return this.onLaunch(request, args as LaunchArguments);
      case 'setBreakpoints':
        return this.onSetBreakpoints(request, args);
      case 'setExceptionBreakpoints':
        this.breakOnUncaught = ((args.filters as string[] | undefined) ?? []).includes('uncaught');
        return this.respond(request, { breakpoints: [] });
      case 'configurationDone':
        this.configured = true;
        this.respond(request);
        return this.start();
      case 'threads':
        return this.respond(request, { threads: [{ id: THREAD_ID, name: 'Hog' }] });
      case 'stackTrace':
        return this.respond(request, this.stackTrace());
      case 'scopes':
        return this.respond(request, { scopes: this.scopes(Number(args.frameId)) });
      case 'variables':
        return this.respond(request, { variables: this.variables(Number(args.variablesReference)) });
      case 'evaluate':
        return this.onEvaluate(request, String(args.expression ?? ''), args.frameId);
      case 'continue':
        return this.resumeWith(request, (s) => s.resume(), { allThreadsContinued: true });
      case 'pause':
        this.session?.pause();
        return this.respond(request);
      case 'restart':
        return void this.onRestart(request);
      case 'disconnect':
      case 'terminate':
        this.session?.terminate();
        return this.respond(request);
      default:
        return this.respond(request, undefined, `unsupported request: ${request.command}`);
    }
  }

  private onLaunch(request: Request, args: LaunchArguments): void {
    const path = args.program ?? '';
    const source = args.source ?? readFileSync(path, 'utf8');
    this.launch = {
      path,
      source,
      type: args.type,
      globals: jsonObject(args.globals),
      inputs: jsonObject(args.inputs),
      mocks: args.mocks,
      stopOnEntry: args.stopOnEntry,
    };
    this.respond(request);
    // Breakpoints bind to the program's lines: ask for them once it is known.
    this.emit('initialized');
    this.start();
  }

  private onSetBreakpoints(request: Request, args: Record<string, unknown>): void {
    this.breakpoints = ((args.breakpoints as BreakpointSpec[] | undefined) ?? []).map((b) => ({
      line: b.line,
      condition: b.condition,
      hitCondition: b.hitCondition,
      logMessage: b.logMessage,
    }));
    const bound = this.session?.setBreakpoints(this.breakpoints) ?? new DebugSession({ source: this.launch?.source ?? '' }).setBreakpoints(this.breakpoints);
    this.respond(request, { breakpoints: bound.map((b) => ({ id: b.id, verified: b.boundLine !== undefined, line: b.boundLine ?? b.line })) });
  }

  /** Runs once launched and configured. */
  private start(): void {
    if (this.launch === null || !this.configured || this.session !== null) return;
    const launch = { ...this.launch, breakOnUncaught: this.breakOnUncaught };
    const session = new DebugSession(launch, {
      stopped: (stop) => this.onStopped(stop),
      output: (output, category) => this.emit('output', { category, output }),
      exited: (result) => {
        this.emit('exited', { exitCode: result.status === 'error' ? 1 : 0 });
        if (result.status === 'error' && result.errors.length > 0) this.emit('output', { category: 'stderr', output: `${result.errors.join('\n')}\n` });
      },
    });
    session.setBreakpoints(this.breakpoints);
    this.session = session;
    this.finished = session.run().then(
      () => this.onFinished(session),
      () => this.onFinished(session),
    );
  }

  private onFinished(session: DebugSession): void {
    if (this.session !== session) return;
    this.session = null;
    this.emit('terminated');
  }

  private async onRestart(request: Request): Promise<void> {
    const session = this.session;
    this.session = null;
    session?.terminate();
    await this.finished;
    this.respond(request);
    this.start();
  }

  private onStopped(stop: DebugStop): void {
    this.handles.clear();
    this.emit('stopped', {
      reason: stop.reason,
      threadId: THREAD_ID,
      allThreadsStopped: true,
      ...(stop.description ? { description: 'Uncaught error', text: stop.description } : {}),
      ...(stop.breakpointIds.length > 0 ? { hitBreakpointIds: stop.breakpointIds } : {}),
    });
  }

  private resumeWith(request: Request, action: (session: DebugSession) => void, body?: unknown): void {
    this.handles.clear();
    this.respond(request, body);
    if (this.session !== null) action(this.session);
  }

  private frames(): readonly DebugFrame[] {
    return this.session?.stopped?.frames ?? [];
  }

  private stackTrace(): unknown {
    const path = this.launch?.path ?? '';
    const source = path === '' ? { name: 'Hog' } : { name: basename(path), path };
    const stackFrames = this.frames().map((frame, id) => ({ id, name: frame.name ?? '(program)', line: frame.line, column: frame.column, source }));
    return { stackFrames, totalFrames: stackFrames.length };
  }

  private scopes(frame: number): unknown[] {
    const scope = (name: string, kind: 'locals' | 'upvalues' | 'globals', expensive = false) => ({
      name,
      variablesReference: this.handles.add({ kind: 'scope', frame, scope: kind }),
      expensive,
    });
    const scopes = [scope('Locals', 'locals')];
    if ((this.frames()[frame]?.upvalues.length ?? 0) > 0) scopes.push(scope('Closure', 'upvalues'));
    scopes.push(scope('Globals', 'globals', true));
    return scopes;
  }

  private variables(reference: number): unknown[] {
    const container = this.handles.get(reference);
    return container === undefined ? [] : membersOf(container, this.frames(), this.session?.runGlobals ?? {}).map((v) => this.variable(v.name, v.value));
  }

  private variable(name: string, value: unknown): unknown {
    return { name, value: displayValue(value), variablesReference: this.reference(value) };
  }

  private reference(value: unknown): number {
    return isExpandable(value) ? this.handles.add({ kind: 'value', value }) : 0;
  }

  private onEvaluate(request: Request, expression: string, frameId: unknown): void {
    if (this.session === null) return this.respond(request, undefined, 'not running');
    const result = this.session.evaluate(expression, typeof frameId === 'number' ? frameId : 0);
    if (!result.ok) return this.respond(request, undefined, result.error);
    this.respond(request, { result: displayValue(result.value), variablesReference: this.reference(result.value) });
  }

  private respond(request: Request, body?: unknown, error?: string): void {
    const response: Response = {
      seq: this.seq++,
      type: 'response',
      request_seq: request.seq,
      command: request.command,
      success: error === undefined,
      ...(error === undefined ? {} : { message: error }),
      ...(body === undefined ? {} : { body }),
    };
    this.send(response);
  }

  private emit(event: string, body?: unknown): void {
    const message: Event = { seq: this.seq++, type: 'event', event, ...(body === undefined ? {} : { body }) };
    this.send(message);
  }

  private send(message: ProtocolMessage): void {
    for (const listener of this.listeners) listener(message);
  }
}

function membersOf(container: Container, frames: readonly DebugFrame[], globals: Record<string, unknown>): readonly Variable[] {
  if (container.kind === 'value') return childrenOf(container.value).map(([name, value]) => ({ name, value }));
  if (container.scope === 'globals') return Object.entries(globals).map(([name, value]) => ({ name, value }));
  const frame = frames[container.frame];
  return (container.scope === 'locals' ? frame?.locals : frame?.upvalues) ?? [];
}

/** A launch attribute holding an object, or the path of a JSON file with one. */
function jsonObject(value: Record<string, unknown> | string | undefined): Record<string, unknown> | undefined {
  if (typeof value !== 'string') return value;
  const parsed: unknown = JSON.parse(readFileSync(value, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${value} must hold a JSON object`);
  return parsed as Record<string, unknown>;
}
