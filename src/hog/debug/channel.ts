// The two threads of a debug run: the session (controlling thread) sends commands, the worker
// running the program reports events. The worker reads commands synchronously — at each statement,
// and blocked at a stop — so a counter in shared memory says how many were sent, and replies to a
// request (evaluate) come back the same way while the session waits for them.
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import type { RunFunctionResult } from '../runtime';
import type { Breakpoint } from './breakpoints';
import type { Evaluation } from './evaluate';
import type { DebugLaunch, DebugStop } from './stop';
import type { StepMode } from './stepping';

export type Command =
  | { readonly kind: 'resume' }
  | { readonly kind: 'step'; readonly mode: StepMode }
  | { readonly kind: 'pause' }
  | { readonly kind: 'breakpoints'; readonly breakpoints: readonly Breakpoint[] }
  | { readonly kind: 'evaluate'; readonly expression: string; readonly frame: number };

export type WorkerEvent =
  | { readonly kind: 'stopped'; readonly stop: DebugStop; readonly globals: Record<string, unknown> }
  | { readonly kind: 'output'; readonly text: string; readonly category: 'stdout' | 'console' }
  | { readonly kind: 'exited'; readonly result: RunFunctionResult };

export interface WorkerInit {
  readonly launch: DebugLaunch;
  readonly breakpoints: readonly Breakpoint[];
  readonly signal: SharedArrayBuffer;
  readonly commands: MessagePort;
  readonly replies: MessagePort;
}

const SENT = 0;
const REPLIED = 1;
/** The longest the session waits for a reply: an evaluation's own time limit, and then some. */
const REPLY_TIMEOUT_MS = 5000;

export function newSignal(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

/** The session's side. */
export class CommandSender {
  private readonly counters: Int32Array;

  constructor(
    signal: SharedArrayBuffer,
    private readonly commands: MessagePort,
    private readonly replies: MessagePort,
  ) {
    this.counters = new Int32Array(signal);
  }

  send(command: Command): void {
    this.commands.postMessage(command);
    Atomics.add(this.counters, SENT, 1);
    Atomics.notify(this.counters, SENT);
  }

  /** Sends `command` and waits for the worker's reply; undefined if none came in time. */
  request(command: Command): Evaluation | undefined {
    const replied = Atomics.load(this.counters, REPLIED);
    this.send(command);
    Atomics.wait(this.counters, REPLIED, replied, REPLY_TIMEOUT_MS);
    return receiveMessageOnPort(this.replies)?.message as Evaluation | undefined;
  }

  close(): void {
    this.commands.close();
    this.replies.close();
  }
}

/** The worker's side. */
export class CommandReader {
  private readonly counters: Int32Array;
  private read = 0;

  constructor(private readonly init: WorkerInit) {
    this.counters = new Int32Array(init.signal);
  }

  /** The commands sent since the last read, without waiting. */
  poll(): Command[] {
    return Atomics.load(this.counters, SENT) === this.read ? [] : this.drain();
  }

  /** Blocks until a command comes. */
  wait(): Command[] {
    for (;;) {
      Atomics.wait(this.counters, SENT, this.read);
      const commands = this.drain();
      if (commands.length > 0) return commands;
    }
  }

  reply(evaluation: Evaluation): void {
    this.init.replies.postMessage(evaluation);
    Atomics.add(this.counters, REPLIED, 1);
    Atomics.notify(this.counters, REPLIED);
  }

  private drain(): Command[] {
    const commands: Command[] = [];
    for (let message = receiveMessageOnPort(this.init.commands); message !== undefined; message = receiveMessageOnPort(this.init.commands)) {
      commands.push(message.message as Command);
      this.read++;
    }
    return commands;
  }
}
