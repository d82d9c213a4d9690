// The program's side of a debug run, in the worker: runs it on PostHog's VM with the debug hooks,
// decides at each statement whether to stop (breakpoints, conditions, hit counts, log points,
// stepping, pause) and, at a stop, blocks the VM's own call until the session says go on.
import { convertHogToJS } from '@posthog/hogvm';
import type { CompileSuccess } from '../compiler';
import { FetchMocks, runFunction, type RunFunctionResult, type VmDebugger } from '../runtime';
import { type Breakpoint, logMessageParts, passesHitCondition } from './breakpoints';
import { CallStack } from './callStack';
import type { Command, CommandReader, WorkerEvent } from './channel';
import { StoppedClock } from './clock';
import { evaluateInFrame } from './evaluate';
import type { DebugHooks } from './hooks';
import { DebugProgram } from './program';
import type { DebugLaunch, DebugStop, StopReason } from './stop';
import { Stepping } from './stepping';
import { displayValue } from './values';

export class Debuggee implements DebugHooks {
  private readonly stepping = new Stepping();
  private readonly clock = new StoppedClock();
  private stack: CallStack | null = null;
  private globals: Record<string, unknown> = {};
  private entryPending: boolean;

  constructor(
    private readonly launch: DebugLaunch,
    private breakpoints: readonly Breakpoint[],
    private readonly commands: CommandReader,
    private readonly post: (event: WorkerEvent) => void,
  ) {
    this.entryPending = launch.stopOnEntry === true;
    this.clock.install();
  }

  run(): Promise<RunFunctionResult> {
    return runFunction({
      type: this.launch.type ?? 'hog',
      code: this.launch.source,
      globals: this.launch.globals ?? {},
      inputs: Object.fromEntries(Object.entries(this.launch.inputs ?? {}).map(([key, value]) => [key, { value, templating: 'none' as const }])),
      fetchMocks: new FetchMocks(this.launch.mocks),
      limits: this.launch.limits,
      vmPrint: (line) => this.post({ kind: 'output', text: `${line}\n`, category: 'stdout' }),
      debug: (compiled, globals) => this.attach(compiled, globals),
    });
  }

  enter(upvalues: readonly unknown[]): void {
    this.stack?.enter(upvalues);
  }

  leave(): void {
    this.stack?.leave();
  }

  try(): void {
    this.stack?.try();
  }

  popTry(): void {
    this.stack?.popTry();
  }

  catch(): void {
    this.stack?.catch();
  }

  statement(id: number, values: readonly unknown[]): void {
    const stack = this.stack;
    if (stack === null) return;
    stack.statement(id, values);
    this.apply(this.commands.poll());
    const line = stack.current?.start.line;
    const atBreakpoint = this.breakpoints.some((b) => b.boundLine === line);
    if (!atBreakpoint && !this.entryPending && !this.stepping.pauseRequested && !this.stepping.stepDone(stack.depth)) return;
    const hit = atBreakpoint ? this.hitBreakpoints(line) : [];
    const reason = this.stopReason(hit.length > 0, stack.depth);
    if (reason !== null) this.stopHere({ reason, frames: stack.display(), breakpointIds: hit.map((b) => b.id) });
  }

  private attach(compiled: CompileSuccess, globals: Record<string, unknown>): VmDebugger {
    this.globals = globals;
    this.stack = new CallStack(new DebugProgram(compiled));
    return { onError: (error) => this.onError(error) };
  }

  private stopReason(atBreakpoint: boolean, depth: number): StopReason | null {
    if (this.entryPending) return 'entry';
    if (atBreakpoint) return 'breakpoint';
    if (this.stepping.stepDone(depth)) return 'step';
    return this.stepping.pauseRequested ? 'pause' : null;
  }

  /** The breakpoints that stop here (counting hits, writing log points). */
  private hitBreakpoints(line: number | undefined): Breakpoint[] {
    const stopping: Breakpoint[] = [];
    for (const breakpoint of this.breakpoints) {
      if (breakpoint.boundLine !== line || !this.conditionHolds(breakpoint)) continue;
      breakpoint.hits++;
      if (!passesHitCondition(breakpoint.hitCondition, breakpoint.hits)) continue;
      if (breakpoint.logMessage === undefined) stopping.push(breakpoint);
      else this.post({ kind: 'output', text: `${this.logLine(breakpoint.logMessage)}\n`, category: 'console' });
    }
    return stopping;
  }

  private conditionHolds(breakpoint: Breakpoint): boolean {
    if (breakpoint.condition === undefined || breakpoint.condition.trim() === '') return true;
    const result = evaluateInFrame(breakpoint.condition, this.stack?.live(0), this.globals);
    // Hog's truthiness for a condition: what `if` would take.
    return result.ok && Boolean(result.value);
  }

  private logLine(message: string): string {
    return logMessageParts(message)
      .map((part) => {
        if ('text' in part) return part.text;
        const result = evaluateInFrame(part.expression, this.stack?.live(0), this.globals);
        if (!result.ok) return `<${result.error}>`;
        return typeof result.value === 'string' ? result.value : displayValue(convertHogToJS(result.value));
      })
      .join('');
  }

  private onError(error: unknown): void {
    if (this.launch.breakOnUncaught === false || this.stack === null) return;
    const description = error instanceof Error ? error.message : String(error);
    this.stopHere({ reason: 'exception', frames: this.stack.display(), description, breakpointIds: [] });
  }

  /** Reports the stop and blocks until the session resumes or steps. */
  private stopHere(stop: DebugStop): void {
    this.entryPending = false;
    this.stepping.pauseRequested = false;
    this.stepping.step = null;
    this.post({ kind: 'stopped', stop, globals: convertHogToJS(this.globals) as Record<string, unknown> });
    this.clock.stopped(() => {
      while (!this.apply(this.commands.wait()));
    });
  }

  /** Applies commands; true when one of them resumes the run. */
  private apply(commands: readonly Command[]): boolean {
    let resumed = false;
    for (const command of commands) {
      if (command.kind === 'resume') resumed = true;
      else if (command.kind === 'step') {
        this.stepping.step = { mode: command.mode, depth: this.stack?.depth ?? 1 };
        resumed = true;
      } else if (command.kind === 'pause') this.stepping.pauseRequested = true;
      else if (command.kind === 'breakpoints') this.breakpoints = command.breakpoints;
      else this.commands.reply(this.evaluate(command.expression, command.frame));
    }
    return resumed;
  }

  private evaluate(expression: string, frame: number) {
    const result = evaluateInFrame(expression, this.stack?.live(frame), this.globals);
    return result.ok ? { ok: true as const, value: convertHogToJS(result.value) } : result;
  }
}
