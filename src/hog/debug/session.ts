// One debug run of a Hog program on PostHog's VM: breakpoints, stepping, pause and stop, stops on
// uncaught errors, and what a stop shows (frames, evaluation). No VS Code and no protocol here:
// the debug adapter (adapter.ts) and `hog debug` drive it.
import type { VMState } from '@posthog/hogvm';
import { compileSource, type CompileSuccess, type DebugStatement } from '../compiler';
import { FetchMocks, runFunction, type MockedResponse, type RunFunctionResult, type RunLimits, type VmDebugger } from '../runtime';
import { type Breakpoint, type BreakpointSpec, logMessageParts, passesHitCondition } from './breakpoints';
import { evaluateInFrame, type Evaluation } from './evaluate';
import { type DebugFrame, ownDepth, readFrames } from './frames';
import { DebugProgram } from './program';
import { type StepMode, Stepping } from './stepping';
import { displayValue } from './values';

export interface DebugLaunch {
  readonly source: string;
  /** The function type deciding the globals (as `runFunction`); default `hog`, a plain program. */
  readonly type?: string;
  readonly globals?: Record<string, unknown>;
  /** Input values (`inputs.key`), used as they are. */
  readonly inputs?: Record<string, unknown>;
  readonly mocks?: readonly MockedResponse[];
  /** Stop where an uncaught error is thrown (default true). */
  readonly breakOnUncaught?: boolean;
  readonly stopOnEntry?: boolean;
  /** PostHog's limits (time, memory, async steps) unless given; time stopped at a stop does not count. */
  readonly limits?: Partial<RunLimits>;
}

export type StopReason = 'entry' | 'breakpoint' | 'step' | 'pause' | 'exception';

export interface DebugStop {
  readonly reason: StopReason;
  /** Innermost first. */
  readonly frames: readonly DebugFrame[];
  /** The error's message, for an exception stop. */
  readonly description?: string;
  readonly breakpointIds: readonly number[];
}

export interface DebugEvents {
  stopped?(stop: DebugStop): void;
  /** The program's print lines (`stdout`) and log points (`console`), each ending with a line break. */
  output?(text: string, category: 'stdout' | 'console'): void;
  exited?(result: RunFunctionResult): void;
}

export class DebugSession {
  private readonly program: DebugProgram | null;
  private breakpoints: Breakpoint[] = [];
  private nextBreakpointId = 1;
  private readonly stepping = new Stepping((id) => this.hasBreakpoint(id));
  private readonly abort = new AbortController();
  private stop: DebugStop | null = null;
  private resumeStop: (() => void) | null = null;
  private globals: Record<string, unknown> = {};
  private entryPending: boolean;

  constructor(
    private readonly launch: DebugLaunch,
    private readonly events: DebugEvents = {},
  ) {
    const compiled = compileSource(launch.source, { sourceMap: true, debug: true });
    this.program = compiled.errors === undefined ? new DebugProgram(compiled) : null;
    this.entryPending = launch.stopOnEntry === true;
    if (this.entryPending) this.stepping.step = { mode: 'in', depth: 1 };
  }

  /** Replaces all breakpoints; each says the line it binds to (none when no statement follows). */
  setBreakpoints(specs: readonly BreakpointSpec[]): readonly Breakpoint[] {
    this.breakpoints = specs.map((spec) => ({ ...spec, id: this.nextBreakpointId++, boundLine: this.program?.bindLine(spec.line), hits: 0 }));
    return this.breakpoints;
  }

  /** Runs the program to its end (through every stop); compile errors answer as `runFunction` does. */
  async run(): Promise<RunFunctionResult> {
    const result = await runFunction({
      type: this.launch.type ?? 'hog',
      code: this.launch.source,
      globals: this.launch.globals ?? {},
      inputs: Object.fromEntries(Object.entries(this.launch.inputs ?? {}).map(([key, value]) => [key, { value, templating: 'none' as const }])),
      fetchMocks: new FetchMocks(this.launch.mocks),
      limits: this.launch.limits,
      signal: this.abort.signal,
      vmPrint: (line) => this.events.output?.(`${line}\n`, 'stdout'),
      debug: (compiled, globals) => this.attach(compiled, globals),
    });
    this.events.exited?.(result);
    return result;
  }

  /** Where the run is stopped, if it is. */
  get stopped(): DebugStop | null {
    return this.stop;
  }

  resume(): void {
    this.stepping.step = null;
    this.release();
  }

  step(mode: StepMode): void {
    this.stepping.step = { mode, depth: this.stepping.depth };
    this.release();
  }

  /** Stops at the next statement; takes effect when the run next yields (stops, async calls). */
  pause(): void {
    this.stepping.pauseRequested = true;
  }

  terminate(): void {
    this.abort.abort(new Error('The debug session was stopped'));
    this.release();
  }

  /** Evaluates a Hog expression in a frame of the current stop (0: innermost), or with the globals only. */
  evaluate(expression: string, frameIndex = 0): Evaluation {
    return evaluateInFrame(expression, this.stop?.frames[frameIndex], this.globals);
  }

  /** The run's globals (`event`, `inputs`, …). */
  get runGlobals(): Record<string, unknown> {
    return this.globals;
  }

  private attach(compiled: CompileSuccess, globals: Record<string, unknown>): VmDebugger {
    this.globals = globals;
    const program = new DebugProgram(compiled);
    return {
      functions: this.stepping.functions,
      onBreak: (state) => this.onBreak(program, state),
      onError: (error, state) => this.onError(program, error, state),
    };
  }

  private hasBreakpoint(statementId: number): boolean {
    const line = this.program?.statement(statementId)?.start.line;
    return this.breakpoints.some((b) => b.boundLine === line);
  }

  private async onBreak(program: DebugProgram, state: VMState): Promise<void> {
    const statement = program.statement(this.stepping.current);
    if (statement === undefined) return;
    const depth = ownDepth(state);
    this.stepping.depth = depth;
    const frames = readFrames(state, program, statement);
    const hit = this.hitBreakpoints(statement, frames);
    const reason = this.stopReason(hit.length > 0, depth);
    if (reason === null) return;
    await this.stopHere({ reason, frames, breakpointIds: hit.map((b) => b.id) });
  }

  private stopReason(atBreakpoint: boolean, depth: number): StopReason | null {
    if (this.entryPending) return 'entry';
    if (atBreakpoint) return 'breakpoint';
    if (this.stepping.stepDone(depth)) return 'step';
    return this.stepping.pauseRequested ? 'pause' : null;
  }

  /** The breakpoints that stop here (counting hits, writing log points). */
  private hitBreakpoints(statement: DebugStatement, frames: readonly DebugFrame[]): Breakpoint[] {
    const stopping: Breakpoint[] = [];
    for (const breakpoint of this.breakpoints) {
      if (breakpoint.boundLine !== statement.start.line || !this.conditionHolds(breakpoint, frames)) continue;
      breakpoint.hits++;
      if (!passesHitCondition(breakpoint.hitCondition, breakpoint.hits)) continue;
      if (breakpoint.logMessage === undefined) stopping.push(breakpoint);
      else this.events.output?.(`${this.logLine(breakpoint.logMessage, frames)}\n`, 'console');
    }
    return stopping;
  }

  private conditionHolds(breakpoint: Breakpoint, frames: readonly DebugFrame[]): boolean {
    if (breakpoint.condition === undefined || breakpoint.condition.trim() === '') return true;
    const result = evaluateInFrame(breakpoint.condition, frames[0], this.globals);
    return result.ok && isTruthy(result.value);
  }

  private logLine(message: string, frames: readonly DebugFrame[]): string {
    return logMessageParts(message)
      .map((part) => {
        if ('text' in part) return part.text;
        const result = evaluateInFrame(part.expression, frames[0], this.globals);
        if (!result.ok) return `<${result.error}>`;
        return typeof result.value === 'string' ? result.value : displayValue(result.value);
      })
      .join('');
  }

  private async onError(program: DebugProgram, error: unknown, state: VMState | undefined): Promise<void> {
    if (this.launch.breakOnUncaught === false || state === undefined || this.abort.signal.aborted) return;
    const frames = readFrames(state, program);
    if (frames.length === 0) return;
    const description = error instanceof Error ? error.message : String(error);
    await this.stopHere({ reason: 'exception', frames, description, breakpointIds: [] });
  }

  private stopHere(stop: DebugStop): Promise<void> {
    this.entryPending = false;
    this.stepping.pauseRequested = false;
    this.stepping.step = null;
    this.stop = stop;
    const resumed = new Promise<void>((resolve) => (this.resumeStop = resolve));
    this.events.stopped?.(stop);
    return resumed;
  }

  private release(): void {
    const resume = this.resumeStop;
    this.stop = null;
    this.resumeStop = null;
    resume?.();
  }
}

/** Hog's truthiness for a condition: what `if` would take. */
function isTruthy(value: unknown): boolean {
  return Boolean(value);
}
