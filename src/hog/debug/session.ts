// One debug run of a Hog program on PostHog's VM: breakpoints, stepping, pause and stop, stops on
// uncaught errors, and what a stop shows (frames, evaluation). The program runs in a worker thread
// (debuggee.ts) whose stops block inside the VM, so the VM's values are never converted and the
// output is the program's own; this side sends commands and receives stops as display copies.
// No VS Code and no protocol here: the debug adapter (adapter.ts) and `hog debug` drive it.
import { MessageChannel, Worker } from 'node:worker_threads';
import { compileSource } from '../compiler';
import type { RunFunctionResult } from '../runtime';
import type { Breakpoint, BreakpointSpec } from './breakpoints';
import { type Command, CommandSender, newSignal, type WorkerEvent, type WorkerInit } from './channel';
import type { Evaluation } from './evaluate';
import { DebugProgram } from './program';
import type { StepMode } from './stepping';
import type { DebugLaunch, DebugStop } from './stop';
import { workerScript } from './workerFile';

export type { DebugLaunch, DebugStop, StopReason } from './stop';

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
  private stop: DebugStop | null = null;
  private globals: Record<string, unknown> = {};
  private sender: CommandSender | null = null;
  private worker: Worker | null = null;
  private terminated = false;

  constructor(
    private readonly launch: DebugLaunch,
    private readonly events: DebugEvents = {},
  ) {
    const compiled = compileSource(launch.source, { sourceMap: true, debug: true });
    this.program = compiled.errors === undefined ? new DebugProgram(compiled) : null;
  }

  /** Replaces all breakpoints; each says the line it binds to (none when no statement follows). */
  setBreakpoints(specs: readonly BreakpointSpec[]): readonly Breakpoint[] {
    this.breakpoints = specs.map((spec) => ({ ...spec, id: this.nextBreakpointId++, boundLine: this.program?.bindLine(spec.line), hits: 0 }));
    this.send({ kind: 'breakpoints', breakpoints: this.breakpoints });
    return this.breakpoints;
  }

  /** Runs the program to its end (through every stop); compile errors answer as `runFunction` does. */
  run(): Promise<RunFunctionResult> {
    const signal = newSignal();
    const commands = new MessageChannel();
    const replies = new MessageChannel();
    const init: WorkerInit = { launch: this.launch, breakpoints: this.breakpoints, signal, commands: commands.port2, replies: replies.port2 };
    const { script, eval: isCode } = workerScript();
    const worker = new Worker(script, { eval: isCode, workerData: init, transferList: [commands.port2, replies.port2] });
    this.worker = worker;
    this.sender = new CommandSender(signal, commands.port1, replies.port1);
    if (this.terminated) void worker.terminate();
    return new Promise<RunFunctionResult>((resolve) => {
      let finished = false;
      const finish = (result: RunFunctionResult) => {
        if (finished) return;
        finished = true;
        this.stop = null;
        this.sender?.close();
        this.sender = null;
        void worker.terminate();
        this.events.exited?.(result);
        resolve(result);
      };
      worker.on('message', (event: WorkerEvent) => (event.kind === 'exited' ? finish(event.result) : this.onEvent(event)));
      worker.on('error', (error) => finish(failed(error.message)));
      worker.on('exit', () => finish(failed('The debug session was stopped')));
    });
  }

  /** Where the run is stopped, if it is. */
  get stopped(): DebugStop | null {
    return this.stop;
  }

  resume(): void {
    this.go({ kind: 'resume' });
  }

  step(mode: StepMode): void {
    this.go({ kind: 'step', mode });
  }

  /** Stops at the next statement the program reaches. */
  pause(): void {
    this.send({ kind: 'pause' });
  }

  terminate(): void {
    this.terminated = true;
    this.stop = null;
    void this.worker?.terminate();
  }

  /** Evaluates a Hog expression in a frame of the current stop (0: innermost), against the program's own values. */
  evaluate(expression: string, frameIndex = 0): Evaluation {
    if (this.stop === null || this.sender === null) return { ok: false, error: 'the program is not stopped' };
    return this.sender.request({ kind: 'evaluate', expression, frame: frameIndex }) ?? { ok: false, error: 'the program did not answer' };
  }

  /** The run's globals (`event`, `inputs`, …), as of the last stop. */
  get runGlobals(): Record<string, unknown> {
    return this.globals;
  }

  private onEvent(event: Exclude<WorkerEvent, { kind: 'exited' }>): void {
    if (event.kind === 'output') return this.events.output?.(event.text, event.category);
    if (this.terminated) return;
    this.stop = event.stop;
    this.globals = event.globals;
    this.events.stopped?.(event.stop);
  }

  private go(command: Command): void {
    this.stop = null;
    this.send(command);
  }

  private send(command: Command): void {
    this.sender?.send(command);
  }
}

function failed(error: string): RunFunctionResult {
  return { status: 'error', result: null, errors: [error], logs: [], execResult: null, capturedEvents: [] };
}
